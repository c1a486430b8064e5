package io.github.weisheng.reporting;

import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.chronic.ChronicCondition;
import io.github.weisheng.chronic.Enrolment;
import io.github.weisheng.chronic.YearlyStatus;
import io.github.weisheng.education.EducationCompliance;
import io.github.weisheng.education.EducationMinimums;
import io.github.weisheng.education.InstitutionLevel;
import io.github.weisheng.education.Shortfall;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.sanitation.Campaign;
import io.github.weisheng.sanitation.DensityLevel;
import io.github.weisheng.sanitation.DensityThresholds;
import io.github.weisheng.sanitation.FrontageSummary;
import io.github.weisheng.sanitation.OutputTotal;
import io.github.weisheng.sanitation.OutputTotals;
import io.github.weisheng.sanitation.ParticipantKind;
import io.github.weisheng.sanitation.VectorSurvey;
import io.github.weisheng.spi.report.Block;
import io.github.weisheng.spi.report.Cell;
import io.github.weisheng.spi.report.Chart;
import io.github.weisheng.spi.report.ChartKind;
import io.github.weisheng.spi.report.Figure;
import io.github.weisheng.spi.report.Paragraph;
import io.github.weisheng.spi.report.ReportContributor;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.ReportRequest;
import io.github.weisheng.spi.report.Section;
import io.github.weisheng.spi.report.Series;
import io.github.weisheng.spi.report.Table;
import io.github.weisheng.spi.report.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The work summary (工作总结) of a centre or station for a period, drafted from the records in the
 * shape of the seed's summaries: archives; chronic-disease management (hypertension, type 2
 * diabetes, the other registered conditions, with why patients fall short); health education against
 * the service specification's minimums; sanitation campaigns with their measured outputs,
 * vector-density grades and 门前三包; the host's own sections (basic medical care, through {@link
 * ReportContributor}s); then the shortcomings and next period's plans, which only people can write
 * and which the summary carries as given. Headings are numbered 一、（一）1.（1）; figures are exact in
 * tables and, in prose, rounded the way summaries write them ({@link ProseNumbers}); rates are
 * compared with the previous period. Every figure comes with the {@link IndicatorResult} behind it
 * ({@link #indicators()}), members and reasons included.
 *
 * <p>The session's principal must be allowed to search the records summarised (a public-health
 * officer or the centre's administrator): the summary reads them through the services, which check
 * and audit every read. The resident population per committee is host-supplied.
 *
 * @since 0.1.0
 */
public final class WorkSummary {
  /** 高血压患者规范管理率. */
  public static final IndicatorDefinition HYPERTENSION_MANAGED = new IndicatorDefinition(
      "hypertension.standard-management-rate", "高血压患者规范管理率", "hypertension patients managed to standard",
      "按照规范要求进行高血压患者健康管理的人数", "年内已管理的高血压患者人数", Counting.PERSONS,
      "archives-chronic-populations.md §3 KPIs [C]");
  /** 管理人群血压控制率. */
  public static final IndicatorDefinition HYPERTENSION_CONTROLLED = new IndicatorDefinition(
      "hypertension.control-rate", "管理人群血压控制率", "blood pressure control among managed patients",
      "最近一次随访血压达标人数", "年内已管理的高血压患者人数", Counting.PERSONS,
      "archives-chronic-populations.md §3 KPIs [C]; the age-65 target [U]");
  /** 2型糖尿病患者规范管理率. */
  public static final IndicatorDefinition DIABETES_MANAGED = new IndicatorDefinition(
      "diabetes.standard-management-rate", "2型糖尿病患者规范管理率", "type 2 diabetes patients managed to standard",
      "按照规范要求进行2型糖尿病患者健康管理的人数", "年内已管理的2型糖尿病患者人数", Counting.PERSONS,
      "archives-chronic-populations.md §4 KPIs [C]");
  /** 管理人群血糖控制率. */
  public static final IndicatorDefinition DIABETES_CONTROLLED = new IndicatorDefinition(
      "diabetes.control-rate", "管理人群血糖控制率", "fasting glucose control among managed patients",
      "最近一次随访空腹血糖达标人数", "年内已管理的2型糖尿病患者人数", Counting.PERSONS,
      "archives-chronic-populations.md §4 KPIs [C]");

  private static final List<ChronicCondition> OTHER_CONDITIONS = List.of(ChronicCondition.CORONARY_HEART_DISEASE,
      ChronicCondition.STROKE, ChronicCondition.CANCER, ChronicCondition.COPD, ChronicCondition.CHRONIC_BRONCHITIS);

  private final ReportDocument document;
  private final List<IndicatorResult> indicators;

  private WorkSummary(ReportDocument document, List<IndicatorResult> indicators) {
    this.document = document;
    this.indicators = indicators;
  }

  /**
   * Starts a summary.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the summary as a renderer-neutral document */
  public ReportDocument document() {
    return document;
  }

  /** @return every indicator computed for the period, with its members and reasons */
  public List<IndicatorResult> indicators() {
    return indicators;
  }

  /**
   * Builds a {@link WorkSummary}: the session, the unit and its area, the period and the population
   * are required; the rest has defaults (Chinese, the 2017 education minimums, comparison with the
   * previous period, no contributors, no narrative).
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private HealthSession session;
    private String unitName;
    private OrgUnitId institution;
    private InstitutionLevel level = InstitutionLevel.CENTRE;
    private AreaScope area;
    private ReportingPeriod period;
    private Map<CommitteeCode, Long> population;
    private Locale locale = Locale.SIMPLIFIED_CHINESE;
    private EducationMinimums educationMinimums = EducationMinimums.spec2017();
    private DensityThresholds densityThresholds = DensityThresholds.defaults();
    private boolean comparePrevious = true;
    private final List<ReportContributor> contributors = new ArrayList<>();
    private final List<String> shortcomings = new ArrayList<>();
    private final List<String> plans = new ArrayList<>();

    private Builder() {}

    /**
     * @param session the session whose principal reads the records
     * @return this
     */
    public Builder session(HealthSession session) {
      this.session = Objects.requireNonNull(session, "session");
      return this;
    }

    /**
     * @param name the unit's name as the title gives it, for example {@code 南大街社区卫生服务站}
     * @param institution the unit's org id (health-education activities are recorded by it)
     * @param level centre or station (the education minimums differ)
     * @return this
     */
    public Builder unit(String name, OrgUnitId institution, InstitutionLevel level) {
      this.unitName = Objects.requireNonNull(name, "name");
      this.institution = Objects.requireNonNull(institution, "institution");
      this.level = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * @param area the area the unit serves (a street or a committee), for campaigns and surveys
     * @return this
     */
    public Builder area(AreaScope area) {
      this.area = Objects.requireNonNull(area, "area");
      return this;
    }

    /**
     * @param period the period summarised
     * @return this
     */
    public Builder period(ReportingPeriod period) {
      this.period = Objects.requireNonNull(period, "period");
      return this;
    }

    /**
     * @param population the resident population of each committee served (辖区常住居民数)
     * @return this
     */
    public Builder population(Map<CommitteeCode, Long> population) {
      this.population = Map.copyOf(population);
      return this;
    }

    /**
     * @param locale Chinese (default) or English
     * @return this
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * @param minimums the health-education minimums (default: the 2017 specification's)
     * @return this
     */
    public Builder educationMinimums(EducationMinimums minimums) {
      this.educationMinimums = Objects.requireNonNull(minimums, "minimums");
      return this;
    }

    /**
     * @param thresholds the vector-density grading table (default: {@link DensityThresholds#defaults()})
     * @return this
     */
    public Builder densityThresholds(DensityThresholds thresholds) {
      this.densityThresholds = Objects.requireNonNull(thresholds, "thresholds");
      return this;
    }

    /**
     * @param compare whether rates are also computed for the previous period (default true)
     * @return this
     */
    public Builder comparePrevious(boolean compare) {
      this.comparePrevious = compare;
      return this;
    }

    /**
     * @param contributor a host's source of sections (basic medical care …)
     * @return this
     */
    public Builder contributor(ReportContributor contributor) {
      contributors.add(Objects.requireNonNull(contributor, "contributor"));
      return this;
    }

    /**
     * @param paragraph a paragraph of the shortcomings (存在的不足), as the user writes it
     * @return this
     */
    public Builder shortcoming(String paragraph) {
      shortcomings.add(Objects.requireNonNull(paragraph, "paragraph"));
      return this;
    }

    /**
     * @param paragraph a paragraph of the next period's plan (下一步工作计划), as the user writes it
     * @return this
     */
    public Builder plan(String paragraph) {
      plans.add(Objects.requireNonNull(paragraph, "paragraph"));
      return this;
    }

    /**
     * Reads the records and drafts the summary.
     *
     * @return the summary
     * @throws IllegalStateException when a required part is missing
     */
    public WorkSummary build() {
      if (session == null || unitName == null || area == null || period == null || population == null) {
        throw new IllegalStateException("session, unit, area, period and population are required");
      }
      return new Drafter(this).draft();
    }
  }

  /** Drafts one summary. */
  private static final class Drafter {
    private final Builder in;
    private final Phrases say;
    private final List<IndicatorResult> indicators = new ArrayList<>();
    private final Map<String, Optional<Rate>> previous = new LinkedHashMap<>();

    Drafter(Builder in) {
      this.in = in;
      this.say = Phrases.of(in.locale);
    }

    WorkSummary draft() {
      List<Section> sections = new ArrayList<>();
      ArchiveFigures archives = ArchiveFigures.compute(in.session, in.period, in.population, UsageDenominator.ALL_ARCHIVES);
      indicators.addAll(List.of(archives.archiveRate(), archives.electronicArchiveRate(), archives.useRate()));
      sections.add(archives(archives));
      ChronicPart hypertension = chronic(ChronicCondition.HYPERTENSION, HYPERTENSION_MANAGED, HYPERTENSION_CONTROLLED);
      ChronicPart diabetes = chronic(ChronicCondition.TYPE_2_DIABETES, DIABETES_MANAGED, DIABETES_CONTROLLED);
      if (in.comparePrevious) {
        comparePrevious();
      }
      sections.add(new Section(say.text("section.chronic"), List.of(), List.of(
          hypertension.section(say.text("section.hypertension"), "hypertension.text"),
          diabetes.section(say.text("section.diabetes"), "diabetes.text"),
          otherChronic())));
      sections.add(education());
      sections.add(sanitation());
      ReportRequest request = new ReportRequest(in.period.start(), in.period.end(), in.session.principal().scopes(),
          in.locale);
      for (ReportContributor contributor : in.contributors) {
        sections.addAll(contributor.sections(request));
      }
      sections.add(indicatorTable());
      if (!in.shortcomings.isEmpty()) {
        sections.add(new Section(say.text("section.shortcomings"),
            in.shortcomings.stream().<Block>map(Paragraph::text).toList(), List.of()));
      }
      if (!in.plans.isEmpty()) {
        sections.add(new Section(say.text("section.plans"),
            in.plans.stream().<Block>map(Paragraph::text).toList(), List.of()));
      }
      String periodLabel = in.period.label(in.locale);
      ReportDocument document = ReportDocument.of(say.text("title", in.unitName, periodLabel),
          List.of(in.unitName, say.text("subtitle.period", in.period.start(), in.period.end())), in.locale,
          List.of(rateFigure(archives.archiveRate()), rateFigure(hypertension.managed), rateFigure(diabetes.managed),
              Figure.of(say.text("key.hypertensionPatients"), hypertension.managed.members().size(), unit("persons")),
              Figure.of(say.text("key.diabetesPatients"), diabetes.managed.members().size(), unit("persons"))),
          sections);
      return new WorkSummary(document, List.copyOf(indicators));
    }

    private Section archives(ArchiveFigures figures) {
      Paragraph text = say.paragraph("archives.text", Text.of(in.period.end().toString()),
          count("population", figures.archiveRate().rate().denominator(), "persons"),
          count("archived", figures.archiveRate().rate().numerator(), "persons"),
          rateFigure(figures.archiveRate()),
          count("electronic", figures.electronicArchiveRate().rate().numerator(), "persons"),
          rateFigure(figures.electronicArchiveRate()),
          rateFigure(figures.useRate()));
      return new Section(say.text("section.archives"), List.of(text), List.of());
    }

    /** The two rates of one condition and its figures. */
    private final class ChronicPart {
      final IndicatorResult managed;
      final IndicatorResult controlled;
      final long faceToFace;

      ChronicPart(IndicatorResult managed, IndicatorResult controlled, long faceToFace) {
        this.managed = managed;
        this.controlled = controlled;
        this.faceToFace = faceToFace;
      }

      Section section(String heading, String textKey) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(say.paragraph(textKey,
            count("patients", managed.members().size(), "persons"),
            count("faceToFace", faceToFace, "times"),
            count("managed", managed.rate().numerator(), "persons"),
            rateFigure(managed),
            count("controlled", controlled.rate().numerator(), "persons"),
            rateFigure(controlled)));
        Table reasons = reasons(managed, controlled);
        if (!reasons.rows().isEmpty()) {
          blocks.add(Paragraph.text(say.text("chronic.reasons")));
          blocks.add(reasons);
        }
        return new Section(heading, blocks, List.of());
      }
    }

    private ChronicPart chronic(ChronicCondition condition, IndicatorDefinition managedDef,
        IndicatorDefinition controlledDef) {
      List<IndicatorMember> managed = new ArrayList<>();
      List<IndicatorMember> controlled = new ArrayList<>();
      long[] faceToFace = {0};
      try (Stream<YearlyStatus> statuses = in.session.followUps().yearlyStatuses(condition, in.period.year())) {
        statuses.forEach(s -> {
          String ref = s.enrolment().value();
          CommitteeCode committee = s.archive().committee();
          managed.add(s.managedToStandard() ? IndicatorMember.counted(ref, committee)
              : IndicatorMember.notCounted(ref, committee, s.standardRules()));
          controlled.add(s.controlled() ? IndicatorMember.counted(ref, committee)
              : IndicatorMember.notCounted(ref, committee, List.of(s.controlRule())));
          faceToFace[0] += s.faceToFaceVisits();
        });
      }
      IndicatorResult managedResult = IndicatorResult.ofMembers(managedDef, in.period, managed);
      IndicatorResult controlledResult = IndicatorResult.ofMembers(controlledDef, in.period, controlled);
      indicators.add(managedResult);
      indicators.add(controlledResult);
      return new ChronicPart(managedResult, controlledResult, faceToFace[0]);
    }

    /** The most frequent reasons patients fall short, as a table of reason and persons. */
    private Table reasons(IndicatorResult... results) {
      Map<String, Long> counts = new TreeMap<>();
      for (IndicatorResult result : results) {
        for (IndicatorMember member : result.notCounted()) {
          for (AppliedRule reason : member.reasons()) {
            counts.merge(result.definition().name() + "：" + reason.message(in.locale), 1L, Long::sum);
          }
        }
      }
      List<List<Cell>> rows = counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(12)
          .map(e -> List.<Cell>of(Cell.text(e.getKey()), Cell.number(e.getValue())))
          .toList();
      return Table.of("", List.of(say.text("table.reason"), say.text("table.count")), rows);
    }

    private Section otherChronic() {
      Map<ChronicCondition, Long> counts = new EnumMap<>(ChronicCondition.class);
      for (ChronicCondition condition : OTHER_CONDITIONS) {
        try (Stream<Recorded<Enrolment>> enrolments = in.session.enrolments().inScope(condition)) {
          counts.put(condition, enrolments.map(Recorded::value)
              .filter(e -> !e.enrolledOn().isAfter(in.period.end()))
              .filter(e -> e.closure().map(c -> !c.on().isBefore(in.period.start())).orElse(true))
              .count());
        }
      }
      long total = counts.values().stream().mapToLong(Long::longValue).sum();
      List<List<Cell>> rows = counts.entrySet().stream()
          .map(e -> List.<Cell>of(Cell.text(conditionName(e.getKey())), Cell.number(e.getValue())))
          .toList();
      return new Section(say.text("section.otherChronic"), List.of(
          say.paragraph("otherChronic.text", count("otherPatients", total, "persons")),
          Table.of("", List.of(say.text("table.condition"), say.text("table.persons")), rows)), List.of());
    }

    private String conditionName(ChronicCondition condition) {
      return english() ? condition.name().toLowerCase(Locale.ROOT).replace('_', ' ') : condition.chineseName();
    }

    private Section education() {
      EducationCompliance c = in.session.education().compliance(in.period.year(), in.institution, in.level,
          in.educationMinimums);
      List<Block> blocks = new ArrayList<>();
      blocks.add(say.paragraph("education.text",
          count("activities", c.activities(), "events"),
          count("lectures", c.lectures(), "events"),
          count("consultations", c.consultations(), "events"),
          count("printKinds", c.printKinds(), "kinds"),
          count("printCopies", c.printCopies(), "copies"),
          count("audioVideoKinds", c.audioVideoKinds(), "kinds"),
          count("audioVideoShowings", c.audioVideoShowings(), "events"),
          count("boards", c.boards(), "units"),
          count("boardIssues", c.boardIssues(), "issues"),
          count("attendance", c.attendance(), "times")));
      if (c.shortfalls().isEmpty()) {
        blocks.add(Paragraph.text(say.text("education.compliant")));
      } else {
        blocks.add(Paragraph.text(say.text("education.shortfalls")));
        int n = 0;
        for (Shortfall shortfall : c.shortfalls()) {
          blocks.add(Paragraph.text(++n + ". " + shortfall.message(in.locale)));
        }
      }
      return new Section(say.text("section.education"), blocks, List.of());
    }

    private Section sanitation() {
      List<Section> parts = new ArrayList<>();
      List<Campaign> campaigns = in.session.campaigns().campaigns(in.period.start(), in.period.end()).stream()
          .map(Recorded::value).sorted(Comparator.comparing(Campaign::startsOn)).toList();
      OutputTotals totals = in.session.campaigns().totals(in.area, in.period.start(), in.period.end());
      List<Block> campaignBlocks = new ArrayList<>();
      if (totals.activityCount() == 0) {
        campaignBlocks.add(Paragraph.text(say.text("campaigns.none")));
      } else {
        Map<ParticipantKind, Long> people = totals.participants();
        String titles = campaigns.isEmpty() ? "" : campaigns.stream().map(Campaign::title).distinct().limit(3)
            .collect(Collectors.joining(english() ? ", " : "、"));
        campaignBlocks.add(say.paragraph("campaigns.text", Text.of(titles),
            prose("activities", totals.activityCount(), "events"),
            prose("residents", people.getOrDefault(ParticipantKind.RESIDENTS, 0L), "persons"),
            prose("units", people.getOrDefault(ParticipantKind.UNITS, 0L), "units"),
            prose("cadres", people.getOrDefault(ParticipantKind.CADRES, 0L)
                + people.getOrDefault(ParticipantKind.STAFF, 0L), "persons")));
        List<List<Cell>> rows = new ArrayList<>();
        for (OutputTotal total : totals.totals()) {
          rows.add(List.of(Cell.text(english() ? total.kind().englishName() : total.kind().chineseName()),
              Cell.number(total.amount()),
              Cell.text(english() ? total.unit().englishSymbol() : total.unit().chineseSymbol())));
        }
        campaignBlocks.add(Table.of("", List.of(say.text("table.output"), say.text("table.amount"),
            say.text("table.unit")), rows));
      }
      parts.add(new Section(say.text("section.campaigns"), campaignBlocks, List.of()));
      List<VectorSurvey> surveys = in.session.campaigns().surveys(in.area, in.period.start(), in.period.end())
          .stream().map(Recorded::value).toList();
      if (!surveys.isEmpty()) {
        DensityLevel worst = surveys.stream().map(s -> in.densityThresholds.grade(s).overall())
            .max(Comparator.naturalOrder()).orElseThrow();
        parts.add(new Section(say.text("section.vectors"), List.of(say.paragraph("vectors.text",
            count("surveys", surveys.size(), "events"),
            Text.of(english() ? worst.name().replace("BELOW_C", "below C") : worst.chineseName()))), List.of()));
      }
      FrontageSummary frontage = in.session.frontage().summary(in.area, in.period.start(), in.period.end());
      if (frontage.agreementsSigned() + frontage.inspections() > 0) {
        parts.add(new Section(say.text("section.frontage"), List.of(say.paragraph("frontage.text",
            count("agreements", frontage.agreementsSigned(), "copies"),
            count("inspections", frontage.inspections(), "events"),
            count("faults", frontage.inspectionsWithFault(), "units"),
            count("notices", frontage.noticesIssued(), "copies"),
            count("closed", frontage.noticesClosed(), "copies"))), List.of()));
      }
      return new Section(say.text("section.sanitation"), List.of(), parts);
    }

    private void comparePrevious() {
      ReportingPeriod before = in.period.previous();
      try {
        ArchiveFigures archives = ArchiveFigures.compute(in.session, before, in.population,
            UsageDenominator.ALL_ARCHIVES);
        previous.put(ArchiveFigures.ARCHIVE_RATE.id(), Optional.of(archives.archiveRate().rate()));
        previous.put(ArchiveFigures.ELECTRONIC_ARCHIVE_RATE.id(), Optional.of(archives.electronicArchiveRate().rate()));
        previous.put(ArchiveFigures.USE_RATE.id(), Optional.of(archives.useRate().rate()));
      } catch (IllegalArgumentException e) {
        // the population given is this period's: a committee grown since then cannot be compared
        previous.put(ArchiveFigures.ARCHIVE_RATE.id(), Optional.empty());
      }
      for (ChronicCondition condition : List.of(ChronicCondition.HYPERTENSION, ChronicCondition.TYPE_2_DIABETES)) {
        long[] counts = new long[3];
        try (Stream<YearlyStatus> statuses = in.session.followUps().yearlyStatuses(condition, before.year())) {
          statuses.forEach(s -> {
            counts[0]++;
            counts[1] += s.managedToStandard() ? 1 : 0;
            counts[2] += s.controlled() ? 1 : 0;
          });
        }
        boolean hypertension = condition == ChronicCondition.HYPERTENSION;
        if (counts[0] > 0) {
          previous.put((hypertension ? HYPERTENSION_MANAGED : DIABETES_MANAGED).id(),
              Optional.of(Rate.of(counts[1], counts[0])));
          previous.put((hypertension ? HYPERTENSION_CONTROLLED : DIABETES_CONTROLLED).id(),
              Optional.of(Rate.of(counts[2], counts[0])));
        }
      }
    }

    private Section indicatorTable() {
      List<List<Cell>> rows = new ArrayList<>();
      List<String> categories = new ArrayList<>();
      List<BigDecimal> current = new ArrayList<>();
      List<BigDecimal> before = new ArrayList<>();
      boolean anyBefore = false;
      for (IndicatorResult result : indicators) {
        Rate rate = result.rate();
        Optional<Rate> earlier = previous.getOrDefault(result.definition().id(), Optional.empty());
        rows.add(List.of(Cell.text(english() ? result.definition().englishName() : result.definition().name()),
            Cell.number(rate.numerator()), Cell.number(rate.denominator()),
            rate.percent().map(Cell::number).orElse(Cell.text("—")),
            earlier.flatMap(Rate::percent).map(Cell::number).orElse(Cell.text("—"))));
        if (rate.percent().isPresent()) {
          categories.add(english() ? result.definition().englishName() : result.definition().name());
          current.add(rate.percent().get());
          BigDecimal b = earlier.flatMap(Rate::percent).orElse(BigDecimal.ZERO);
          anyBefore |= earlier.flatMap(Rate::percent).isPresent();
          before.add(b);
        }
      }
      List<Block> blocks = new ArrayList<>();
      blocks.add(Table.of("", List.of(say.text("table.indicator"), say.text("table.numerator"),
          say.text("table.denominator"), say.text("table.rate"), say.text("table.previous")), rows));
      if (!categories.isEmpty()) {
        List<Series> series = new ArrayList<>();
        series.add(Series.measured(say.text("chart.series.current"), current));
        if (anyBefore) {
          series.add(Series.measured(say.text("chart.series.previous"), before));
        }
        blocks.add(Chart.of(ChartKind.BAR, say.text("chart.indicators"), "%", categories, series));
      }
      return new Section(say.text("section.indicators"), blocks, List.of());
    }

    private Figure rateFigure(IndicatorResult result) {
      BigDecimal percent = result.rate().percent().orElse(BigDecimal.ZERO);
      return Figure.of(english() ? result.definition().englishName() : result.definition().name(), percent, "%");
    }

    /** An exact count in prose. */
    private Figure count(String label, long value, String unit) {
      return Figure.of(label, value, unit(unit));
    }

    /** A count that prose rounds the way summaries do (10余次, 近万人次). */
    private Figure prose(String label, long value, String unit) {
      Figure exact = Figure.of(label, value, unit(unit));
      String wording = ProseNumbers.approximate(value);
      return english() || wording.equals(Long.toString(value)) ? exact : exact.withProse(wording);
    }

    private String unit(String key) {
      return say.text("unit." + key);
    }

    private boolean english() {
      return in.locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }
  }
}
