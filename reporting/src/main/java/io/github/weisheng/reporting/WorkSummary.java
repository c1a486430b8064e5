package io.github.weisheng.reporting;

import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.chronic.ChronicCondition;
import io.github.weisheng.chronic.Enrolment;
import io.github.weisheng.chronic.YearlyStatus;
import io.github.weisheng.education.EducationCompliance;
import io.github.weisheng.immunization.CoverageRules;
import io.github.weisheng.immunization.SpecialSituations;
import io.github.weisheng.infectious.NotifiableDisease;
import io.github.weisheng.infectious.NotifiableDiseases;
import io.github.weisheng.education.EducationMinimums;
import io.github.weisheng.education.InstitutionLevel;
import io.github.weisheng.education.Shortfall;
import io.github.weisheng.internal.AggregateAccess;
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
import io.github.weisheng.reporting.render.RenderWords;
import io.github.weisheng.reporting.render.ReportRenderers;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import io.github.weisheng.spi.report.Block;
import io.github.weisheng.spi.report.Cell;
import io.github.weisheng.spi.report.Chart;
import io.github.weisheng.spi.report.ChartKind;
import io.github.weisheng.spi.report.Figure;
import io.github.weisheng.spi.report.Inline;
import io.github.weisheng.spi.report.Paragraph;
import io.github.weisheng.spi.report.ReportContributor;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.ReportRenderer;
import io.github.weisheng.spi.report.ReportRequest;
import io.github.weisheng.spi.report.Section;
import io.github.weisheng.spi.report.Series;
import io.github.weisheng.spi.report.Table;
import io.github.weisheng.spi.report.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The work summary (工作总结) of a centre or station for a period, drafted from the records in the
 * shape of the seed's summaries: archives; chronic-disease management (hypertension, type 2
 * diabetes, the other registered conditions, with why patients fall short); the other key
 * populations (elderly, severe mental disorders, tuberculosis: {@link PopulationFigures}; infectious-disease
 * cases and their follow-ups, {@link InfectiousDiseaseFigures}, only when the period has any); health
 * education against the service specification's minimums ({@link EducationFigures}); immunization
 * (certificates, coverage per vaccine against the target, timeliness: {@link ImmunizationFigures});
 * maternal and child care (newborn visits, child checks, early registration, postpartum visits);
 * sanitation campaigns with their measured outputs, four-pest control levels ({@link
 * SanitationFigures}) and 门前三包; the host's own sections (basic medical care, through {@link
 * ReportContributor}s); then the shortcomings and next period's plans, which only people can write
 * and which the summary carries as given. Headings are numbered 一、（一）1.（1）; figures are exact in
 * tables and, in prose, rounded the way summaries write them ({@link ProseNumbers}); rates are
 * compared with the previous period. A section with no record in the period says so in one line. A
 * rate whose denominator is 0 is "—" (no data), never 0%, in prose, tables and the key figures (there a
 * {@link Figure#noValue} figure). Every figure comes with the {@link IndicatorResult} behind it
 * ({@link #indicators()}), members and reasons included.
 *
 * <p>The summary is computed as one {@link Action#REPORT} on de-identified data of the area (kind
 * {@value #KIND}): the session's principal needs only the right to report on aggregates, which a
 * statistician (统计员) and a supervising authority (上级主管部门) have under the default policy, and
 * no right to read personal rows. The summary still reads the records through the services, and
 * every read is checked and audited, as a report on de-identified data of its record kind; nothing
 * personal leaves the computation (the drill-down names members by record references). {@link
 * #export} writes the summary out as an audited export. The resident population per committee is host-supplied, this period's and,
 * for comparing the population-based rates (建档率), the previous period's ({@link
 * Builder#previousPopulation}); without it those two are not compared, the others still are.
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

  /**
   * The record kind a work summary is checked and audited under: computing it is a {@link
   * Action#REPORT}, writing it out an {@link Action#EXPORT}, both on de-identified data of the area.
   */
  public static final String KIND = "report.work-summary";

  private final ReportDocument document;
  private final List<IndicatorResult> indicators;
  private final HealthSession session;
  private final Resource resource;

  private WorkSummary(ReportDocument document, List<IndicatorResult> indicators, HealthSession session,
      Resource resource) {
    this.document = document;
    this.indicators = indicators;
    this.session = session;
    this.resource = resource;
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

  /**
   * Returns every indicator computed for the period, with its members and reasons: the drill-down.
   * Members are named by record references (archive numbers, enrolment ids), never by a name or an
   * ID number, so the drill-down is de-identified and a role that may see aggregates only gets it.
   *
   * @return the indicators
   */
  public List<IndicatorResult> indicators() {
    return indicators;
  }

  /**
   * Returns this summary with an appendix (附) after everything else listing, for each indicator,
   * the members outside its numerator with their reasons, one table per indicator: the drill-down
   * a spreadsheet user filters (the XLSX renderer gives the appendix a sheet of its own), headed by
   * the indicator's name and the number of its members listed, in what the indicator counts
   * ({@link IndicatorDefinition#counting()}: 高血压患者规范管理率（709人）, 传染病疫情报告率（4例）,
   * 健康教育服务达标率（5项）; in English "hypertension … (709 persons)"). Members
   * are named by record references, never by a name or an ID number. Nothing is read again: the
   * appendix comes from {@link #indicators()}. A centre's list runs to thousands of rows, so the
   * summary itself leaves it out.
   *
   * @return the summary with the appendix
   */
  public WorkSummary withDrillDown() {
    Phrases say = Phrases.of(document.locale());
    boolean english = isEnglish(document.locale());
    List<String> headers = List.of(say.text("table.record"), say.text("table.committee"), say.text("table.reason"));
    List<Section> parts = new ArrayList<>();
    for (IndicatorResult result : indicators) {
      List<List<Cell>> rows = result.members().stream().filter(m -> !m.counted())
          .map(m -> List.<Cell>of(Cell.text(m.ref()), Cell.text(m.committee().value()), Cell.text(m.reasons().stream()
              .map(r -> r.message(document.locale())).collect(Collectors.joining(english ? "; " : "；")))))
          .toList();
      if (!rows.isEmpty()) {
        String name = indicatorName(result.definition(), document.locale());
        // plain digits like every figure of the summary (8136人), not MessageFormat's 8,136
        parts.add(new Section(say.text("drillDown.indicator", name, Integer.toString(rows.size()),
            unitAfter(result.definition().counting(), rows.size(), english)),
            List.of(Table.of("", headers, rows)), List.of()));
      }
    }
    List<Block> lead = List.of(Paragraph.text(say.text(parts.isEmpty() ? "drillDown.none" : "drillDown.text")));
    List<Section> sections = new ArrayList<>(document.sections());
    sections.add(new Section(say.text("section.drillDown"), lead, parts));
    ReportDocument with = ReportDocument.of(document.title(), document.subtitles(), document.locale(),
        document.keyFigures(), sections);
    return new WorkSummary(with, indicators, session, resource);
  }

  /**
   * Writes the summary out (导出) in a renderer's format, as an audited export by the session's
   * principal: checked as {@link Action#EXPORT} of a de-identified {@value #KIND} of the area, and
   * audited as succeeded or failed. Use this rather than calling the renderer directly, so that
   * every export is in the audit trail.
   *
   * @param renderer the format
   * @param out where to write; not closed
   * @throws IOException when writing fails
   * @throws io.github.weisheng.AccessDeniedException when the principal may not export the summary
   */
  public void export(ReportRenderer renderer, OutputStream out) throws IOException {
    Objects.requireNonNull(renderer, "renderer");
    Objects.requireNonNull(out, "out");
    session.export(resource, () -> renderer.render(document, out));
  }

  /**
   * Writes the summary out as a file, {@code <baseName>.<extension>} in a directory, as one audited
   * export like {@link #export(ReportRenderer, OutputStream)}; the file appears whole or not at all
   * ({@link ReportRenderers#write}).
   *
   * @param renderers the renderers to choose from
   * @param format the format id, for example {@code html}
   * @param directory the directory, created when missing
   * @param baseName the file name without extension
   * @return the file written
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when no renderer has the format (nothing is audited)
   */
  public Path export(ReportRenderers renderers, String format, Path directory, String baseName) throws IOException {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(baseName, "baseName");
    renderers.get(format);
    Path[] written = new Path[1];
    session.export(resource, () -> written[0] = renderers.write(document, format, directory, baseName));
    return written[0];
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
    private Map<CommitteeCode, Long> previousPopulation;
    private BigDecimal coverageTarget = BigDecimal.valueOf(90);
    private RegularDosingDenominator regularDosing = RegularDosingDenominator.COMPLETED_TREATMENT;
    private NotifiableDiseases notifiableDiseases = NotifiableDiseases.defaults();
    private TimelinessDenominator timeliness = TimelinessDenominator.REPORTED;
    private CertificateBase certificateBase = CertificateBase.DUE_IN_PERIOD;
    private CoverageCounting coverageCounting = CoverageCounting.CHILDREN;
    private CoverageRules coverageRules = CoverageRules.defaults();
    private Function<ArchiveNumber, SpecialSituations> situations = a -> SpecialSituations.none();
    private CommitteeCode seat;
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
     * @param population the resident population of each committee in the previous period, for
     *     comparing 健康档案建档率 and 电子健康档案建档率; without it they are not compared
     * @return this
     */
    public Builder previousPopulation(Map<CommitteeCode, Long> population) {
      this.previousPopulation = Map.copyOf(population);
      return this;
    }

    /**
     * @param percent the coverage target each vaccine's bar is drawn against (default 90: ≥ 90% per
     *     street or township, immunization-sanitation-education-standards-privacy.md §2 [NWS])
     * @return this
     */
    public Builder coverageTarget(BigDecimal percent) {
      Objects.requireNonNull(percent, "percent");
      if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("coverage target must be 0–100 / 接种率目标须在0至100之间");
      }
      this.coverageTarget = percent;
      return this;
    }

    /**
     * @param denominator the denominator of 规则服药率 (default: patients who completed treatment)
     * @return this
     */
    public Builder regularDosing(RegularDosingDenominator denominator) {
      this.regularDosing = Objects.requireNonNull(denominator, "denominator");
      return this;
    }

    /**
     * @param diseases the notifiable diseases and their report time limits (default: {@link
     *     NotifiableDiseases#defaults()})
     * @return this
     */
    public Builder notifiableDiseases(NotifiableDiseases diseases) {
      this.notifiableDiseases = Objects.requireNonNull(diseases, "diseases");
      return this;
    }

    /**
     * @param denominator the denominator of 传染病疫情报告及时率 (default: the cases reported)
     * @return this
     */
    public Builder timeliness(TimelinessDenominator denominator) {
      this.timeliness = Objects.requireNonNull(denominator, "denominator");
      return this;
    }

    /**
     * @param base who should hold a vaccination certificate (default: those due in the period)
     * @param counting whether 接种率 counts children (default) or doses
     * @param rules the coverage rules (default {@link CoverageRules#defaults()})
     * @param situations each child's special situations (default none)
     * @return this
     */
    public Builder immunization(CertificateBase base, CoverageCounting counting, CoverageRules rules,
        Function<ArchiveNumber, SpecialSituations> situations) {
      this.certificateBase = Objects.requireNonNull(base, "base");
      this.coverageCounting = Objects.requireNonNull(counting, "counting");
      this.coverageRules = Objects.requireNonNull(rules, "rules");
      this.situations = Objects.requireNonNull(situations, "situations");
      return this;
    }

    /**
     * @param committee the committee the unit sits in, to which its health-education figure is
     *     attributed (default: the area, when it is a committee, else the first committee of the population)
     * @return this
     */
    public Builder seat(CommitteeCode committee) {
      this.seat = Objects.requireNonNull(committee, "committee");
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
      if (seat == null && area.value().length() != 12 && population.isEmpty()) {
        throw new IllegalStateException("seat is required when the area is not a committee and the population empty");
      }
      Resource report = Resource.of(KIND, "", area.value(), Sensitivity.DE_IDENTIFIED);
      // The host's contributors run first, outside the aggregate computation: they get the request,
      // not the session, and their sections are placed where the seed places them.
      ReportRequest request = new ReportRequest(period.start(), period.end(), session.principal().scopes(), locale);
      List<Section> hosted = new ArrayList<>();
      for (ReportContributor contributor : contributors) {
        hosted.addAll(contributor.sections(request));
      }
      Drafted drafted = session.aggregate(AggregateAccess.token(), report, () -> new Drafter(this, hosted).draft());
      return new WorkSummary(drafted.document(), drafted.indicators(), session, report);
    }
  }

  /**
   * The unit written after a count of what a count counts, in the summary's language: {@link
   * Counting#unit()} in Chinese (709人), {@link Counting#englishUnit(long)} in English (709 persons,
   * 1 person). The summary's prose and the drill-down headings both take it from here.
   */
  private static String unitAfter(Counting counting, long count, boolean english) {
    return english ? counting.englishUnit(count) : counting.unit();
  }

  private static boolean isEnglish(Locale locale) {
    return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
  }

  /** An indicator's name in the summary's language. */
  private static String indicatorName(IndicatorDefinition definition, Locale locale) {
    return isEnglish(locale) ? definition.englishName() : definition.name();
  }

  /** What a drafter produces. */
  private record Drafted(ReportDocument document, List<IndicatorResult> indicators) {}

  /** Drafts one summary. */
  private static final class Drafter {
    private final Builder in;
    private final Phrases say;
    private final List<IndicatorResult> indicators = new ArrayList<>();
    private final Map<String, Optional<Rate>> previous = new LinkedHashMap<>();
    private final List<Section> hosted;

    Drafter(Builder in, List<Section> hosted) {
      this.in = in;
      this.say = Phrases.of(in.locale);
      this.hosted = hosted;
    }

    Drafted draft() {
      List<Section> sections = new ArrayList<>();
      ArchiveFigures archives = ArchiveFigures.compute(in.session, in.period, in.population, UsageDenominator.ALL_ARCHIVES);
      indicators.addAll(List.of(archives.archiveRate(), archives.electronicArchiveRate(), archives.useRate()));
      ChronicPart hypertension = chronic(ChronicCondition.HYPERTENSION, HYPERTENSION_MANAGED, HYPERTENSION_CONTROLLED);
      ChronicPart diabetes = chronic(ChronicCondition.TYPE_2_DIABETES, DIABETES_MANAGED, DIABETES_CONTROLLED);
      PopulationFigures populations = PopulationFigures.compute(in.session, in.period, in.regularDosing);
      indicators.addAll(List.of(populations.elderlyManagement(), populations.smiStandardManagement(),
          populations.tbManagement(), populations.tbRegularDosing()));
      InfectiousDiseaseFigures infectious = InfectiousDiseaseFigures.compute(in.session, in.period,
          in.notifiableDiseases, in.timeliness);
      if (!infectious.isEmpty()) {
        indicators.addAll(infectious.all());
      }
      EducationFigures education = EducationFigures.compute(in.session, in.period, in.institution, in.level,
          in.educationMinimums, seat());
      indicators.add(education.result());
      ImmunizationFigures immunization = ImmunizationFigures.compute(in.session, in.period, in.certificateBase,
          in.coverageCounting, in.situations, in.coverageRules);
      indicators.addAll(immunization.all());
      indicators.addAll(List.of(populations.newbornVisit(), populations.childManagement(),
          populations.earlyRegistration(), populations.postpartumVisit()));
      if (in.comparePrevious) {
        comparePrevious();
      }
      sections.add(archives(archives));
      sections.add(new Section(say.text("section.chronic"), List.of(), List.of(
          hypertension.section("section.hypertension", "hypertension.text"),
          diabetes.section("section.diabetes", "diabetes.text"),
          otherChronic())));
      sections.add(keyPopulations(populations, infectious));
      sections.add(education(education));
      sections.add(immunization(immunization));
      sections.add(maternalChild(populations));
      sections.add(sanitation());
      sections.addAll(hosted);
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
      List<Figure> keyFigures = new ArrayList<>();
      for (IndicatorResult rate : List.of(archives.archiveRate(), hypertension.managed, diabetes.managed,
          populations.elderlyManagement(), immunization.certificateRate())) {
        keyFigures.add(keyFigure(rate));
      }
      keyFigures.add(Figure.of(say.text("key.hypertensionPatients"), hypertension.managed.members().size(),
          unit(Counting.PERSONS, hypertension.managed.members().size())));
      keyFigures.add(Figure.of(say.text("key.diabetesPatients"), diabetes.managed.members().size(),
          unit(Counting.PERSONS, diabetes.managed.members().size())));
      ReportDocument document = ReportDocument.of(say.text("title", in.unitName, periodLabel),
          List.of(in.unitName, say.text("subtitle.period", in.period.start(), in.period.end())), in.locale,
          keyFigures, sections);
      return new Drafted(document, List.copyOf(indicators));
    }

    /** The committee health education is attributed to. */
    private CommitteeCode seat() {
      if (in.seat != null) {
        return in.seat;
      }
      if (in.area.value().length() == 12) {
        return CommitteeCode.parse(in.area.value());
      }
      return in.population.keySet().stream().min(Comparator.comparing(CommitteeCode::value)).orElseThrow();
    }

    /** The archives in one paragraph; with the households (户) they cover when the registry records any. */
    private Section archives(ArchiveFigures figures) {
      Paragraph text = say.paragraph(figures.households() > 0 ? "archives.textWithHouseholds" : "archives.text",
          Text.of(in.period.end().toString()),
          count("population", figures.archiveRate().rate().denominator(), Counting.PERSONS),
          count("archived", figures.archiveRate().rate().numerator(), Counting.PERSONS),
          rateFigure(figures.archiveRate()),
          count("electronic", figures.electronicArchiveRate().rate().numerator(), Counting.PERSONS),
          rateFigure(figures.electronicArchiveRate()),
          rateFigure(figures.useRate()),
          count("households", figures.households(), Counting.HOUSEHOLDS));
      return new Section(say.text("section.archives"), List.of(text), List.of());
    }

    /** The two rates of one condition and its figures. */
    private final class ChronicPart {
      final IndicatorResult managed;
      final IndicatorResult controlled;
      final long faceToFace;
      final long visits;

      ChronicPart(IndicatorResult managed, IndicatorResult controlled, long faceToFace, long visits) {
        this.managed = managed;
        this.controlled = controlled;
        this.faceToFace = faceToFace;
        this.visits = visits;
      }

      Section section(String headingKey, String textKey) {
        String heading = say.text(headingKey);
        if (managed.members().isEmpty()) {
          return new Section(heading, List.of(none(headingKey)), List.of());
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(say.paragraph(textKey,
            count("patients", managed.members().size(), Counting.PERSONS),
            count("faceToFace", faceToFace, Counting.PERSON_TIMES),
            count("managed", managed.rate().numerator(), Counting.PERSONS),
            rateFigure(managed),
            count("controlled", controlled.rate().numerator(), Counting.PERSONS),
            rateFigure(controlled),
            count("followUps", visits, Counting.PERSON_TIMES)));
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
      long[] visits = {0};
      try (Stream<YearlyStatus> statuses = in.session.followUps().yearlyStatuses(condition, in.period.year())) {
        statuses.forEach(s -> {
          String ref = s.enrolment().value();
          CommitteeCode committee = s.archive().committee();
          managed.add(s.managedToStandard() ? IndicatorMember.counted(ref, committee)
              : IndicatorMember.notCounted(ref, committee, s.standardRules()));
          controlled.add(s.controlled() ? IndicatorMember.counted(ref, committee)
              : IndicatorMember.notCounted(ref, committee, List.of(s.controlRule())));
          faceToFace[0] += s.faceToFaceVisits();
          visits[0] += s.visits();
        });
      }
      IndicatorResult managedResult = IndicatorResult.ofMembers(managedDef, in.period, managed);
      IndicatorResult controlledResult = IndicatorResult.ofMembers(controlledDef, in.period, controlled);
      indicators.add(managedResult);
      indicators.add(controlledResult);
      return new ChronicPart(managedResult, controlledResult, faceToFace[0], visits[0]);
    }

    /**
     * The most frequent reasons members fall short, as a table of reason and count: one row per
     * indicator and rule, however the members' figures differ (a gap of 103 days and one of 170 are
     * one row, "相隔 103–170 天").
     */
    private Table reasons(IndicatorResult... results) {
      Map<String, Long> counts = new TreeMap<>();
      for (IndicatorResult result : results) {
        Map<String, List<AppliedRule>> byRule = new LinkedHashMap<>();
        for (IndicatorMember member : result.notCounted()) {
          for (AppliedRule reason : member.reasons()) {
            byRule.computeIfAbsent(reason.rule(), k -> new ArrayList<>()).add(reason);
          }
        }
        byRule.values().forEach(reasons -> counts.merge(
            name(result.definition()) + (english() ? ": " : "：") + merged(reasons).message(in.locale),
            (long) reasons.size(), Long::sum));
      }
      List<List<Cell>> rows = counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(12)
          .map(e -> List.<Cell>of(Cell.text(e.getKey()), Cell.number(e.getValue())))
          .toList();
      return Table.of("", List.of(say.text("table.reason"), say.text("table.count")), rows);
    }

    /**
     * One rule's instances as one: each argument all share is kept, a numeric one that differs
     * becomes its range ("103–170"), any other that differs "…".
     */
    private static AppliedRule merged(List<AppliedRule> reasons) {
      AppliedRule first = reasons.get(0);
      Object[] arguments = new Object[first.arguments().size()];
      for (int i = 0; i < arguments.length; i++) {
        int at = i;
        List<String> values = reasons.stream().filter(r -> r.arguments().size() > at)
            .map(r -> r.arguments().get(at)).distinct().toList();
        if (values.size() == 1) {
          arguments[i] = values.get(0);
        } else if (values.stream().allMatch(v -> v.matches("-?\\d+(\\.\\d+)?"))) {
          List<BigDecimal> numbers = values.stream().map(BigDecimal::new).sorted().toList();
          arguments[i] = numbers.get(0).toPlainString() + "–" + numbers.get(numbers.size() - 1).toPlainString();
        } else {
          arguments[i] = "…";
        }
      }
      return AppliedRule.of(first.rule(), arguments);
    }

    /** The reasons table with its lead-in, when any member falls short. */
    private void addReasons(List<Block> blocks, IndicatorResult... results) {
      Table reasons = reasons(results);
      if (!reasons.rows().isEmpty()) {
        blocks.add(Paragraph.text(say.text("reasons")));
        blocks.add(reasons);
      }
    }

    /** The rates of a section with the previous period's. */
    private Table rateTable(List<IndicatorResult> results) {
      List<List<Cell>> rows = new ArrayList<>();
      for (IndicatorResult result : results) {
        rows.add(rateRow(result));
      }
      return Table.of("", List.of(say.text("table.indicator"), say.text("table.numerator"),
          say.text("table.denominator"), say.text("table.rate"), say.text("table.previous")), rows);
    }

    private List<Cell> rateRow(IndicatorResult result) {
      Rate rate = result.rate();
      Optional<Rate> earlier = previous.getOrDefault(result.definition().id(), Optional.empty());
      return List.of(Cell.text(name(result.definition())), Cell.number(rate.numerator()),
          Cell.number(rate.denominator()), rate.percent().map(Cell::number).orElse(Cell.text("—")),
          earlier.flatMap(Rate::percent).map(Cell::number).orElse(Cell.text("—")));
    }

    /** One line saying the period has no record of what a section is about. */
    private Paragraph none(String sectionKey) {
      return Paragraph.text(say.text("none", say.text(sectionKey)));
    }

    private Section otherChronic() {
      Map<ChronicCondition, Long> counts = new EnumMap<>(ChronicCondition.class);
      OTHER_CONDITIONS.forEach(c -> counts.put(c, 0L));
      // one look-up per condition: the other conditions' patients are few beside hypertension's and
      // diabetes's, which a scan of every enrolment would read again
      for (ChronicCondition condition : OTHER_CONDITIONS) {
        try (Stream<Recorded<Enrolment>> enrolments = in.session.enrolments().inScope(condition)) {
          counts.put(condition, enrolments.map(Recorded::value)
              .filter(e -> !e.enrolledOn().isAfter(in.period.end()))
              .filter(e -> e.closure().map(c -> !c.on().isBefore(in.period.start())).orElse(true))
              .count());
        }
      }
      long total = counts.values().stream().mapToLong(Long::longValue).sum();
      if (total == 0) {
        return new Section(say.text("section.otherChronic"), List.of(none("section.otherChronic")), List.of());
      }
      List<List<Cell>> rows = counts.entrySet().stream()
          .map(e -> List.<Cell>of(Cell.text(conditionName(e.getKey())), Cell.number(e.getValue())))
          .toList();
      return new Section(say.text("section.otherChronic"), List.of(
          say.paragraph("otherChronic.text", count("otherPatients", total, Counting.PERSONS)),
          Table.of("", List.of(say.text("table.condition"), say.text("table.persons")), rows)), List.of());
    }

    private String conditionName(ChronicCondition condition) {
      return english() ? condition.name().toLowerCase(Locale.ROOT).replace('_', ' ') : condition.chineseName();
    }

    private Section keyPopulations(PopulationFigures f, InfectiousDiseaseFigures infectious) {
      List<Section> parts = new ArrayList<>();
      IndicatorResult elderly = f.elderlyManagement();
      parts.add(part("section.elderly", elderly.members().isEmpty(), () -> List.of(
          say.paragraph("elderly.text", count("elderly", elderly.rate().denominator(), Counting.PERSONS),
              count("elderlyManaged", elderly.rate().numerator(), Counting.PERSONS), rateFigure(elderly)),
          say.paragraph("elderly.services", times(f, KeyService.ELDERLY_SERVICES))),
          elderly));
      IndicatorResult smi = f.smiStandardManagement();
      parts.add(part("section.smi", smi.members().isEmpty(), () -> List.of(
          say.paragraph("smi.text", count("smiPatients", smi.rate().denominator(), Counting.PERSONS),
              count("smiManaged", smi.rate().numerator(), Counting.PERSONS), rateFigure(smi)),
          say.paragraph("smi.services", times(f, KeyService.SMI_FOLLOW_UPS))),
          smi));
      IndicatorResult tb = f.tbManagement();
      IndicatorResult dosing = f.tbRegularDosing();
      parts.add(part("section.tb", tb.members().isEmpty() && dosing.members().isEmpty(), () -> List.of(
          say.paragraph("tb.text", count("tbNotified", tb.rate().denominator(), Counting.PERSONS),
              count("tbManaged", tb.rate().numerator(), Counting.PERSONS), rateFigure(tb),
              count("tbCompleted", dosing.rate().denominator(), Counting.PERSONS),
              count("tbRegular", dosing.rate().numerator(), Counting.PERSONS), rateFigure(dosing)),
          say.paragraph("tb.services", times(f, KeyService.TB_VISITS))),
          tb, dosing));
      if (!infectious.isEmpty()) {
        parts.add(infectious(infectious));
      }
      return new Section(say.text("section.keyPopulations"), List.of(), parts);
    }

    /**
     * Infectious-disease cases and their follow-ups (传染病报告和处理), where the seed puts them: after the
     * key populations' management. Only drafted when the period has a case or a follow-up.
     */
    private Section infectious(InfectiousDiseaseFigures f) {
      IndicatorResult reported = f.reportRate();
      IndicatorResult timely = f.timelyReportRate();
      return part("section.infectious", false, () -> {
        List<Block> blocks = new ArrayList<>();
        // the rates count report cards as cases (例, Counting.CASES): a person with two cases has two
        // cards; the registered cases are the report rate's denominator. The table below counts persons.
        Counting cases = reported.definition().counting();
        blocks.add(say.paragraph("infectious.text", count("infectiousCases", f.caseReports(), cases),
            count("infectiousReported", reported.rate().numerator(), cases), rateFigure(reported),
            count("infectiousTimely", timely.rate().numerator(), timely.definition().counting()),
            rateFigure(timely)));
        if (!f.casesByDisease().isEmpty()) {
          List<List<Cell>> rows = f.casesByDisease().entrySet().stream()
              .map(e -> List.<Cell>of(Cell.text(diseaseName(e.getKey())), Cell.number(e.getValue())))
              .toList();
          blocks.add(Table.of("", List.of(say.text("table.disease"), say.text("table.persons")), rows));
        }
        blocks.add(say.paragraph("infectious.followUps",
            count("infectiousFollowUps", f.followUps(), Counting.PERSON_TIMES),
            count("infectiousHomeFollowUps", f.homeFollowUps(), Counting.PERSON_TIMES)));
        return blocks;
      }, reported, timely);
    }

    private String diseaseName(NotifiableDisease disease) {
      return english() ? disease.englishName() : disease.chineseName();
    }

    /** A subsection: its text, the rates with the previous period's and the reasons; or one line when empty. */
    private Section part(String headingKey, boolean empty, Supplier<List<Block>> text,
        IndicatorResult... results) {
      if (empty) {
        return new Section(say.text(headingKey), List.of(none(headingKey)), List.of());
      }
      List<Block> blocks = new ArrayList<>(text.get());
      blocks.add(rateTable(List.of(results)));
      addReasons(blocks, results);
      return new Section(say.text(headingKey), blocks, List.of());
    }

    private Section education(EducationFigures figures) {
      EducationCompliance c = figures.compliance();
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
          count("attendance", c.attendance(), Counting.PERSON_TIMES)));
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

    private Section immunization(ImmunizationFigures f) {
      if (f.children() == 0 && f.vaccinations() == 0) {
        return new Section(say.text("section.immunization"), List.of(none("section.immunization")), List.of());
      }
      IndicatorResult certificates = f.certificateRate();
      IndicatorResult timely = f.timelyRate();
      List<Block> blocks = new ArrayList<>();
      blocks.add(say.paragraph("immunization.text", count("children", f.children(), Counting.PERSONS),
          prose("dosesGiven", f.dosesGiven(), Counting.PERSON_TIMES),
          count("certificateDue", certificates.rate().denominator(), Counting.PERSONS),
          count("certificated", certificates.rate().numerator(), Counting.PERSONS), rateFigure(certificates),
          count("dosesDue", timely.rate().denominator(), Counting.PERSON_TIMES),
          count("dosesTimely", timely.rate().numerator(), Counting.PERSON_TIMES), rateFigure(timely),
          prose("vaccinations", f.vaccinations(), Counting.PERSON_TIMES)));
      // the doses given, exact (the prose rounds them): every vaccination, and the programme's valid doses
      blocks.add(Table.of("", List.of(say.text("table.item"), say.text("table.amount"), say.text("table.unit")),
          List.of(List.of(Cell.text(say.text("label.vaccinations")), Cell.number(f.vaccinations()),
                  Cell.text(unit(Counting.PERSON_TIMES, f.vaccinations()).strip())),
              List.of(Cell.text(say.text("label.dosesGiven")), Cell.number(f.dosesGiven()),
                  Cell.text(unit(Counting.PERSON_TIMES, f.dosesGiven()).strip())))));
      List<List<Cell>> rows = new ArrayList<>();
      List<String> categories = new ArrayList<>();
      List<BigDecimal> coverage = new ArrayList<>();
      List<BigDecimal> target = new ArrayList<>();
      for (Map.Entry<String, IndicatorResult> vaccine : f.coverage().entrySet()) {
        Rate rate = vaccine.getValue().rate();
        String label = english() ? vaccine.getKey() : ImmunizationFigures.vaccineName(vaccine.getKey());
        Optional<Rate> earlier = previous.getOrDefault(vaccine.getValue().definition().id(), Optional.empty());
        rows.add(List.of(Cell.text(label), Cell.number(rate.denominator()), Cell.number(rate.numerator()),
            rate.percent().map(Cell::number).orElse(Cell.text("—")),
            earlier.flatMap(Rate::percent).map(Cell::number).orElse(Cell.text("—"))));
        if (rate.percent().isPresent()) {
          categories.add(label);
          coverage.add(rate.percent().get());
          target.add(in.coverageTarget);
        }
      }
      if (!rows.isEmpty()) {
        blocks.add(Table.of("", List.of(say.text("table.vaccine"), say.text("table.due"), say.text("table.received"),
            say.text("table.rate"), say.text("table.previous")), rows));
      }
      if (!categories.isEmpty()) {
        blocks.add(Chart.of(ChartKind.BAR, say.text("chart.coverage"), "%", categories, List.of(
            Series.measured(say.text("chart.series.current"), coverage),
            Series.target(say.text("chart.series.target"), target))));
      }
      blocks.add(rateTable(List.of(certificates, timely)));
      List<IndicatorResult> all = new ArrayList<>(f.coverage().values());
      all.add(0, certificates);
      addReasons(blocks, all.toArray(new IndicatorResult[0]));
      return new Section(say.text("section.immunization"), blocks, List.of());
    }

    private Section maternalChild(PopulationFigures f) {
      IndicatorResult newborn = f.newbornVisit();
      IndicatorResult child = f.childManagement();
      IndicatorResult early = f.earlyRegistration();
      IndicatorResult postpartum = f.postpartumVisit();
      Section children = part("section.child",
          newborn.members().isEmpty() && child.members().isEmpty() && f.childrenRegistered() == 0,
          () -> List.of(say.paragraph("child.text", count("births", newborn.rate().denominator(), Counting.PERSONS),
              count("newbornVisited", newborn.rate().numerator(), Counting.PERSONS), rateFigure(newborn),
              count("children06", child.rate().denominator(), Counting.PERSONS),
              count("childrenChecked", child.rate().numerator(), Counting.PERSONS), rateFigure(child)),
              say.paragraph("child.registered", count("childrenRegistered", f.childrenRegistered(), Counting.PERSONS)),
              say.paragraph("child.services", times(f, KeyService.NEWBORN_VISITS), times(f, KeyService.CHILD_CHECKS))),
          newborn, child);
      Section mothers = part("section.maternal",
          early.members().isEmpty() && postpartum.members().isEmpty() && f.pregnantWomen() == 0,
          () -> List.of(say.paragraph("maternal.pregnant", count("pregnant", f.pregnantWomen(), Counting.PERSONS)),
              say.paragraph("maternal.text", count("mothers", early.rate().denominator(), Counting.PERSONS),
              count("earlyRegistered", early.rate().numerator(), Counting.PERSONS), rateFigure(early),
              count("postpartumVisited", postpartum.rate().numerator(), Counting.PERSONS), rateFigure(postpartum)),
              say.paragraph("maternal.services", times(f, KeyService.ANTENATAL_CHECKS),
                  times(f, KeyService.POSTPARTUM_VISITS))),
          early, postpartum);
      return new Section(say.text("section.maternalChild"), List.of(), List.of(children, mothers));
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
            prose("residents", people.getOrDefault(ParticipantKind.RESIDENTS, 0L), Counting.PERSONS),
            prose("units", people.getOrDefault(ParticipantKind.UNITS, 0L), "units"),
            prose("cadres", people.getOrDefault(ParticipantKind.CADRES, 0L)
                + people.getOrDefault(ParticipantKind.STAFF, 0L), Counting.PERSONS)));
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
      SanitationFigures vectors = SanitationFigures.compute(in.session, in.area, in.period, in.densityThresholds);
      if (vectors.surveys() > 0) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PestGrade grade : vectors.grades()) {
          rows.add(List.of(Cell.text(english() ? grade.pest().name().toLowerCase(Locale.ROOT)
                  : grade.pest().chineseName()),
              Cell.text(grade.level().map(this::levelName).orElse(say.text("level.none"))),
              Cell.number(grade.surveys().size())));
        }
        parts.add(new Section(say.text("section.vectors"), List.of(
            say.paragraph("vectors.text", count("surveys", vectors.surveys(), "events"),
                Text.of(levelName(vectors.overall().orElseThrow()))),
            Paragraph.text(say.text("vectors.table")),
            Table.of("", List.of(say.text("table.pest"), say.text("table.level"), say.text("table.surveys")), rows)),
            List.of()));
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

    private String levelName(DensityLevel level) {
      return english() ? level.name().replace("BELOW_C", "below C") : level.chineseName();
    }

    /**
     * The previous period's rates: the person- and record-based ones always; 建档率 and 电子建档率 only
     * with the previous period's population (this period's cannot serve last period's numerator).
     */
    private void comparePrevious() {
      ReportingPeriod before = in.period.previous();
      if (in.previousPopulation != null) {
        ArchiveFigures archives = ArchiveFigures.compute(in.session, before, in.previousPopulation,
            UsageDenominator.ALL_ARCHIVES);
        remember(archives.archiveRate());
        remember(archives.electronicArchiveRate());
        remember(archives.useRate());
      } else {
        remember(ArchiveFigures.useRate(in.session, before, UsageDenominator.ALL_ARCHIVES));
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
      if (before.year() != in.period.year()) {
        PopulationFigures.compute(in.session, before, in.regularDosing).all().forEach(this::remember);
        remember(EducationFigures.compute(in.session, before, in.institution, in.level, in.educationMinimums, seat())
            .result());
      }
      ImmunizationFigures immunization = ImmunizationFigures.compute(in.session, before, in.certificateBase,
          in.coverageCounting, in.situations, in.coverageRules);
      immunization.all().forEach(this::remember);
      InfectiousDiseaseFigures.compute(in.session, before, in.notifiableDiseases, in.timeliness).all()
          .forEach(this::remember);
    }

    /** Keeps a previous rate when it has data. */
    private void remember(IndicatorResult result) {
      if (result.rate().denominator() > 0) {
        previous.put(result.definition().id(), Optional.of(result.rate()));
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
        rows.add(rateRow(result));
        if (rate.percent().isPresent()) {
          categories.add(name(result.definition()));
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

    private String name(IndicatorDefinition definition) {
      return indicatorName(definition, in.locale);
    }

    /**
     * A rate in prose: its percent, or "—" with the no-data wording when the denominator is 0, the
     * words a renderer shows for a key figure without a value ({@link RenderWords#noValue()}).
     */
    private Inline rateFigure(IndicatorResult result) {
      Figure figure = keyFigure(result);
      return figure.hasValue() ? figure : Text.of(RenderWords.of(in.locale).noValue());
    }

    /** A rate as a key figure; without a value (it reads "—", never 0) when the denominator is 0. */
    private Figure keyFigure(IndicatorResult result) {
      String label = name(result.definition());
      return result.rate().percent().map(p -> Figure.of(label, p, "%")).orElseGet(() -> Figure.noValue(label, "%"));
    }

    /** A service's person-times in the period, labelled with the service's name. */
    private Figure times(PopulationFigures f, KeyService service) {
      return Figure.of(english() ? service.englishName() : service.chineseName(), f.personTimes(service),
          unit(Counting.PERSON_TIMES, f.personTimes(service)));
    }

    /** An exact count in prose, labelled in the summary's language, in a unit of the summary's bundle. */
    private Figure count(String label, long value, String unit) {
      return Figure.of(say.text("label." + label), value, unit(unit));
    }

    /** An exact count in prose, labelled in the summary's language, in what the count counts. */
    private Figure count(String label, long value, Counting counting) {
      return Figure.of(say.text("label." + label), value, unit(counting, value));
    }

    /** A count that prose rounds the way summaries do (10余次, 近万人次). */
    private Figure prose(String label, long value, String unit) {
      return approximately(count(label, value, unit), value);
    }

    /** A count that prose rounds the way summaries do (近万人次), in what the count counts. */
    private Figure prose(String label, long value, Counting counting) {
      return approximately(count(label, value, counting), value);
    }

    private Figure approximately(Figure exact, long value) {
      String wording = ProseNumbers.approximate(value);
      return english() || wording.equals(Long.toString(value)) ? exact : exact.withProse(wording);
    }

    /** A unit of the summary's own bundle ({@code unit.<key>}: 份, 种, 次, 期, 个, %). */
    private String unit(String key) {
      return say.text("unit." + key);
    }

    /**
     * The unit of what a count counts, as written after the number: {@link Counting#unit()} in
     * Chinese ({@code 3例}), a space and {@link Counting#englishUnit(long)} in English ({@code 3
     * cases}, {@code 1 case}). The one source of these words: the summary's bundle does not repeat them.
     */
    private String unit(Counting counting, long count) {
      return (english() ? " " : "") + unitAfter(counting, count, english());
    }

    private boolean english() {
      return isEnglish(in.locale);
    }
  }
}
