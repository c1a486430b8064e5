package io.github.weisheng.reporting;

import io.github.weisheng.HealthSession;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.population.ChildService;
import io.github.weisheng.population.ChildVisit;
import io.github.weisheng.population.IndicatorStatus;
import io.github.weisheng.population.MaternalVisit;
import io.github.weisheng.population.PopulationCase;
import io.github.weisheng.population.PopulationGroup;
import io.github.weisheng.population.PopulationIndicator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The key-population indicators of a catchment for a calendar year (重点人群健康管理指标), computed from
 * each case's yearly status ({@link IndicatorStatus}, through {@code HealthSession.populations()}):
 * a member per person in the denominator, counted when the status is met, else with the rules that
 * decided it (for example "no postpartum visit within 28 days of discharge").
 *
 * <ul>
 *   <li>{@link #ELDERLY_MANAGEMENT 老年人健康管理率} = 65+ managed in the year ÷ 65+ residents
 *       (archives-chronic-populations.md §6.3 [C]/[S]; "managed" [U]);
 *   <li>{@link #NEWBORN_VISIT 新生儿访视率} = newborns with ≥ 1 visit ÷ live births (§6.1 [S], formula [U]);
 *   <li>{@link #CHILD_MANAGEMENT 儿童健康管理率} = children 0–6 with ≥ 1 check in the year ÷ children 0–6
 *       (§6.1 [S], formula [U]);
 *   <li>{@link #EARLY_PREGNANCY_REGISTRATION 早孕建册率} = registered with the first check before week
 *       13 ÷ live births (§6.2 [S]);
 *   <li>{@link #POSTPARTUM_VISIT 产后访视率} = visited within 28 days of discharge ÷ live births (§6.2 [S]);
 *   <li>{@link #SMI_STANDARD_MANAGEMENT 严重精神障碍患者规范管理率} = managed per the specification ÷
 *       registered patients (§6.4 [S]);
 *   <li>{@link #TB_MANAGEMENT 肺结核患者管理率} = managed (first home visit within 72 h) ÷ diagnosed and
 *       notified in the year (§6.5 [S]);
 *   <li>{@link #TB_REGULAR_DOSING 规则服药率} = dosing regularly (≥ 90% of doses [U]) ÷ the denominator
 *       of {@link RegularDosingDenominator} (the sources disagree, §6.5 [S]).
 * </ul>
 *
 * <p>The statuses are yearly: a figure for a quarter or half-year is the figure of its calendar year
 * so far ({@link ReportingPeriod#year()}). The windows (week 13, 28 days, 72 hours, 90% …) are the
 * core's {@link io.github.weisheng.population.PopulationRules} data, which the session holds. Beside
 * the rates, which count persons (人), {@link #personTimes} counts the services of the period itself
 * (人次, {@link KeyService}), {@link #pregnantWomen()} the pregnant women under management in the
 * period (管理孕妇, persons: the seed's "管理孕妇5人") and {@link #childrenRegistered()} the children
 * whose health card was made in it (建卡, persons: "建儿童健康155人", "建卡180张").
 *
 * @since 0.1.0
 */
public final class PopulationFigures {
  private static final String SOURCE = "archives-chronic-populations.md ";

  /** 老年人健康管理率. */
  public static final IndicatorDefinition ELDERLY_MANAGEMENT = new IndicatorDefinition("elderly.management-rate",
      "老年人健康管理率", "elderly health management rate", "年内接受健康管理的65岁及以上常住居民数",
      "辖区内65岁及以上常住居民数", Counting.PERSONS, SOURCE + "§6.3 [C]/[S]; \"managed\" [U]");
  /** 新生儿访视率. */
  public static final IndicatorDefinition NEWBORN_VISIT = new IndicatorDefinition("child.newborn-visit-rate",
      "新生儿访视率", "newborn home visit rate", "年内接受1次及以上访视的新生儿人数", "年内活产数",
      Counting.PERSONS, SOURCE + "§6.1 [S]; formula [U]");
  /** 儿童健康管理率. */
  public static final IndicatorDefinition CHILD_MANAGEMENT = new IndicatorDefinition("child.management-rate",
      "儿童健康管理率", "child health management rate", "年内接受1次及以上健康检查的0～6岁儿童数",
      "辖区内0～6岁儿童数", Counting.PERSONS, SOURCE + "§6.1 [S]; formula [U]");
  /** 早孕建册率. */
  public static final IndicatorDefinition EARLY_PREGNANCY_REGISTRATION = new IndicatorDefinition(
      "maternal.early-registration-rate", "早孕建册率", "early pregnancy registration rate",
      "孕13周前建册并进行第1次产前检查的产妇人数", "年内活产数", Counting.PERSONS, SOURCE + "§6.2 [S]");
  /** 产后访视率. */
  public static final IndicatorDefinition POSTPARTUM_VISIT = new IndicatorDefinition("maternal.postpartum-visit-rate",
      "产后访视率", "postpartum visit rate", "出院后28天内接受产后访视的产妇人数", "年内活产数", Counting.PERSONS,
      SOURCE + "§6.2 [S]");
  /** 严重精神障碍患者规范管理率. */
  public static final IndicatorDefinition SMI_STANDARD_MANAGEMENT = new IndicatorDefinition(
      "smi.standard-management-rate", "严重精神障碍患者规范管理率",
      "severe mental disorder patients managed to standard", "按照规范要求进行管理的严重精神障碍患者人数",
      "所有登记在册的确诊严重精神障碍患者人数", Counting.PERSONS, SOURCE + "§6.4 [S]");
  /** 肺结核患者管理率. */
  public static final IndicatorDefinition TB_MANAGEMENT = new IndicatorDefinition("tb.management-rate",
      "肺结核患者管理率", "tuberculosis patient management rate", "已管理的肺结核患者人数",
      "辖区同期内经上级定点医疗机构确诊并通知的肺结核患者人数", Counting.PERSONS, SOURCE + "§6.5 [S]");
  /** 规则服药率, over patients who completed treatment (the default). */
  public static final IndicatorDefinition TB_REGULAR_DOSING = new IndicatorDefinition("tb.regular-dosing-rate",
      "肺结核患者规则服药率", "tuberculosis regular dosing rate", "按照要求规则服药的肺结核患者人数",
      "同期辖区内已完成治疗的肺结核患者人数", Counting.PERSONS, SOURCE + "§6.5 [S]; \"regular\" ≥ 90% [U]");
  /** 规则服药率, over patients notified in the year (one vendor's variant). */
  public static final IndicatorDefinition TB_REGULAR_DOSING_NOTIFIED = new IndicatorDefinition(
      "tb.regular-dosing-rate.notified", "肺结核患者规则服药率（以报告患者为分母）",
      "tuberculosis regular dosing rate (over notified patients)", "按照要求规则服药的肺结核患者人数",
      "辖区同期内确诊并通知的肺结核患者人数", Counting.PERSONS,
      SOURCE + "§6.5 [S], the vendor model that divides by the notified count (conflict)");

  private static final Map<PopulationIndicator, IndicatorDefinition> DEFINITIONS = definitions();

  private final Map<PopulationIndicator, IndicatorResult> results;
  private final Map<KeyService, Long> services;
  private final long pregnantWomen;
  private final long childrenRegistered;

  private PopulationFigures(Map<PopulationIndicator, IndicatorResult> results, Map<KeyService, Long> services,
      long pregnantWomen, long childrenRegistered) {
    this.results = results;
    this.services = services;
    this.pregnantWomen = pregnantWomen;
    this.childrenRegistered = childrenRegistered;
  }

  /**
   * Returns the definition of a key-population indicator.
   *
   * @param indicator the indicator
   * @return its definition ({@link #TB_REGULAR_DOSING} for 规则服药率)
   */
  public static IndicatorDefinition definition(PopulationIndicator indicator) {
    return DEFINITIONS.get(Objects.requireNonNull(indicator, "indicator"));
  }

  /**
   * Computes every key-population indicator for the calendar year of a period, in the session's
   * scopes.
   *
   * @param session the principal's session (needs search on the special-sensitivity cases)
   * @param period the period; its calendar year is counted
   * @param dosing the denominator of 规则服药率
   * @return the figures
   */
  public static PopulationFigures compute(HealthSession session, ReportingPeriod period,
      RegularDosingDenominator dosing) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(dosing, "dosing");
    Map<PopulationIndicator, List<IndicatorStatus>> statuses = new EnumMap<>(PopulationIndicator.class);
    for (PopulationIndicator indicator : PopulationIndicator.values()) {
      try (Stream<IndicatorStatus> s = session.populations().yearlyStatuses(indicator, period.year())) {
        statuses.put(indicator, s.collect(Collectors.toList()));
      }
    }
    Map<PopulationIndicator, IndicatorResult> results = new EnumMap<>(PopulationIndicator.class);
    for (PopulationIndicator indicator : PopulationIndicator.values()) {
      List<IndicatorStatus> denominator = statuses.get(indicator);
      IndicatorDefinition definition = definition(indicator);
      if (indicator == PopulationIndicator.TUBERCULOSIS_REGULAR_DOSING
          && dosing == RegularDosingDenominator.NOTIFIED) {
        definition = TB_REGULAR_DOSING_NOTIFIED;
        denominator = notifiedWithDosing(statuses.get(PopulationIndicator.TUBERCULOSIS_MANAGEMENT),
            statuses.get(PopulationIndicator.TUBERCULOSIS_REGULAR_DOSING));
      }
      results.put(indicator, IndicatorResult.ofMembers(definition, period, members(denominator)));
    }
    Set<ArchiveNumber> pregnant = new HashSet<>();
    Set<ArchiveNumber> registered = new HashSet<>();
    Map<KeyService, Long> services = services(session, period, pregnant, registered);
    return new PopulationFigures(results, services, pregnant.size(), registered.size());
  }

  /**
   * Counts the services dated in the period (人次), one pass over each group's cases; the women
   * pregnant on some day of the period go into {@code pregnant}, the children first served in it
   * into {@code registered}.
   */
  private static Map<KeyService, Long> services(HealthSession session, ReportingPeriod period,
      Set<ArchiveNumber> pregnant, Set<ArchiveNumber> registered) {
    Map<KeyService, Long> counts = new EnumMap<>(KeyService.class);
    for (KeyService service : KeyService.values()) {
      counts.put(service, 0L);
    }
    for (PopulationGroup group : PopulationGroup.values()) {
      try (Stream<PopulationCase> cases = session.populations().inScope(group)) {
        cases.forEach(c -> {
          c.child().ifPresent(child -> {
            child.visits().stream().filter(v -> period.contains(v.date()))
                .forEach(v -> counts.merge(v.service() == ChildService.NEWBORN_VISIT ? KeyService.NEWBORN_VISITS
                    : KeyService.CHILD_CHECKS, 1L, Long::sum));
            child.visits().stream().map(ChildVisit::date).min(Comparator.naturalOrder())
                .filter(period::contains).ifPresent(first -> registered.add(child.archive()));
          });
          c.pregnancy().ifPresent(p -> {
            if (!p.lastMenstrualPeriod().isAfter(period.end())
                && p.deliveredOn().map(d -> !d.isBefore(period.start())).orElse(true)) {
              pregnant.add(p.archive());
            }
            for (MaternalVisit v : p.visits()) {
              if (period.contains(v.date()) && v.service().antenatal()) {
                counts.merge(KeyService.ANTENATAL_CHECKS, 1L, Long::sum);
              } else if (period.contains(v.date())
                  && v.service() == io.github.weisheng.population.MaternalService.POSTPARTUM_VISIT) {
                counts.merge(KeyService.POSTPARTUM_VISITS, 1L, Long::sum);
              }
            }
          });
          counts.merge(KeyService.ELDERLY_SERVICES,
              c.elderlyServices().stream().filter(e -> period.contains(e.date())).count(), Long::sum);
          counts.merge(KeyService.SMI_FOLLOW_UPS,
              c.smiFollowUps().stream().filter(f -> period.contains(f.date())).count(), Long::sum);
          c.tuberculosis().ifPresent(tb -> {
            long visits = tb.visits().stream().filter(period::contains).count()
                + tb.firstVisitAt().filter(at -> period.contains(at.toLocalDate())).map(at -> 1L).orElse(0L);
            counts.merge(KeyService.TB_VISITS, visits, Long::sum);
          });
        });
      }
    }
    return counts;
  }

  /** The notified patients, each with their dosing status (not completed yet: the "not completed" rule). */
  private static List<IndicatorStatus> notifiedWithDosing(List<IndicatorStatus> notified, List<IndicatorStatus> dosing) {
    Map<ArchiveNumber, IndicatorStatus> byArchive = new LinkedHashMap<>();
    dosing.forEach(s -> byArchive.put(s.archive(), s));
    List<IndicatorStatus> out = new ArrayList<>();
    for (IndicatorStatus n : notified) {
      if (!n.counted()) {
        continue;
      }
      IndicatorStatus d = byArchive.get(n.archive());
      List<AppliedRule> rules = d == null ? n.rules() : d.rules();
      out.add(IndicatorStatus.of(n.archive(), PopulationIndicator.TUBERCULOSIS_REGULAR_DOSING, n.year(), true,
          d != null && d.met(), rules));
    }
    return out;
  }

  /** One member per status counted in the denominator; the archive number is the reference. */
  static List<IndicatorMember> members(List<IndicatorStatus> statuses) {
    List<IndicatorMember> members = new ArrayList<>();
    for (IndicatorStatus s : statuses) {
      if (!s.counted()) {
        continue;
      }
      members.add(s.met() ? IndicatorMember.counted(s.archive().value(), s.archive().committee())
          : IndicatorMember.notCounted(s.archive().value(), s.archive().committee(), s.rules()));
    }
    return members;
  }

  /**
   * Returns one indicator's result.
   *
   * @param indicator the indicator
   * @return the result, with its members and reasons
   */
  public IndicatorResult result(PopulationIndicator indicator) {
    return results.get(Objects.requireNonNull(indicator, "indicator"));
  }

  /** @return 老年人健康管理率 */
  public IndicatorResult elderlyManagement() {
    return result(PopulationIndicator.ELDERLY_MANAGEMENT);
  }

  /** @return 新生儿访视率 */
  public IndicatorResult newbornVisit() {
    return result(PopulationIndicator.NEWBORN_VISIT);
  }

  /** @return 儿童健康管理率 */
  public IndicatorResult childManagement() {
    return result(PopulationIndicator.CHILD_MANAGEMENT);
  }

  /** @return 早孕建册率 */
  public IndicatorResult earlyRegistration() {
    return result(PopulationIndicator.EARLY_PREGNANCY_REGISTRATION);
  }

  /** @return 产后访视率 */
  public IndicatorResult postpartumVisit() {
    return result(PopulationIndicator.POSTPARTUM_VISIT);
  }

  /** @return 严重精神障碍患者规范管理率 */
  public IndicatorResult smiStandardManagement() {
    return result(PopulationIndicator.SEVERE_MENTAL_DISORDER_STANDARD_MANAGEMENT);
  }

  /** @return 肺结核患者管理率 */
  public IndicatorResult tbManagement() {
    return result(PopulationIndicator.TUBERCULOSIS_MANAGEMENT);
  }

  /** @return 规则服药率, over the chosen denominator */
  public IndicatorResult tbRegularDosing() {
    return result(PopulationIndicator.TUBERCULOSIS_REGULAR_DOSING);
  }

  /**
   * Returns how many times a service was given in the period (人次): services dated in the period
   * itself, not its calendar year.
   *
   * @param service the service
   * @return the person-times, 0 or more
   */
  public long personTimes(KeyService service) {
    return services.get(Objects.requireNonNull(service, "service"));
  }

  /**
   * Returns the pregnant women under management in the period (管理孕妇, persons, not person-times):
   * the women with a maternal-care case whose pregnancy had begun (its last menstrual period) by the
   * period's last day and had not ended (delivery or end of pregnancy) before its first. A woman
   * pregnant twice in the period counts once.
   *
   * @return the women, 0 or more
   */
  public long pregnantWomen() {
    return pregnantWomen;
  }

  /**
   * Returns the children whose health card (儿童保健卡/册, 建卡) was made in the period, persons: those
   * whose first recorded child health service (a newborn visit or a check) is dated in it, the card
   * being made at the first service ([U]: the seed's summaries count 建卡 without defining it). A
   * child first served before the period is not counted again, however many checks it has in it.
   *
   * @return the children, 0 or more
   */
  public long childrenRegistered() {
    return childrenRegistered;
  }

  /** @return every result, in the order of {@link PopulationIndicator} */
  public List<IndicatorResult> all() {
    return List.copyOf(results.values());
  }

  private static Map<PopulationIndicator, IndicatorDefinition> definitions() {
    Map<PopulationIndicator, IndicatorDefinition> d = new EnumMap<>(PopulationIndicator.class);
    d.put(PopulationIndicator.ELDERLY_MANAGEMENT, ELDERLY_MANAGEMENT);
    d.put(PopulationIndicator.NEWBORN_VISIT, NEWBORN_VISIT);
    d.put(PopulationIndicator.CHILD_MANAGEMENT, CHILD_MANAGEMENT);
    d.put(PopulationIndicator.EARLY_PREGNANCY_REGISTRATION, EARLY_PREGNANCY_REGISTRATION);
    d.put(PopulationIndicator.POSTPARTUM_VISIT, POSTPARTUM_VISIT);
    d.put(PopulationIndicator.SEVERE_MENTAL_DISORDER_STANDARD_MANAGEMENT, SMI_STANDARD_MANAGEMENT);
    d.put(PopulationIndicator.TUBERCULOSIS_MANAGEMENT, TB_MANAGEMENT);
    d.put(PopulationIndicator.TUBERCULOSIS_REGULAR_DOSING, TB_REGULAR_DOSING);
    return Map.copyOf(d);
  }
}
