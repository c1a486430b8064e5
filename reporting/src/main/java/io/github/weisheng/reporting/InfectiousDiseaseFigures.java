package io.github.weisheng.reporting;

import io.github.weisheng.HealthSession;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.chronic.VisitMode;
import io.github.weisheng.infectious.CaseReport;
import io.github.weisheng.infectious.HomeFollowUp;
import io.github.weisheng.infectious.InfectiousDiseaseService;
import io.github.weisheng.infectious.NotifiableDisease;
import io.github.weisheng.infectious.NotifiableDiseases;
import io.github.weisheng.infectious.ReportTimeliness;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The infectious-disease figures of a catchment for a period (传染病及突发公共卫生事件报告和处理服务), from
 * the case reports diagnosed in it and the follow-ups made in it (through {@code
 * HealthSession.infectiousDiseases()}): a member per case report, counted when it meets the
 * indicator, else with the rule that decided it ("reported 30 h after diagnosis, limit 24 h"). The
 * rates count cases ({@link Counting#CASES 例}, a card each), not persons: a person with two cards is
 * two cases in both numerator and denominator.
 *
 * <ul>
 *   <li>{@link #REPORT_RATE 传染病疫情报告率} = cases reported through the network ÷ cases registered
 *       (网络报告的传染病病例数 ÷ 登记传染病病例数): the indicator is named in the spec's 工作指标 as vendor
 *       dashboards mirror them (archives-chronic-populations.md §7 [S]); the formula [S] vendor code
 *       (the category's statistics report, 传染病及突发公共卫生事件报告和处理统计报表);
 *   <li>{@link #TIMELY_REPORT_RATE 传染病疫情报告及时率} = cases reported within their class's limit ÷
 *       cases reported (报告及时的病例数 ÷ 报告传染病病例数) [S] the same report; or over the cases
 *       registered ({@link #TIMELY_REPORT_RATE_REGISTERED}, another vendor's dashboard [S], conflict),
 *       chosen by {@link TimelinessDenominator}. The limits (2 h for class A and class B managed as
 *       class A, 24 h otherwise, 《传染病信息报告管理规范》 [C]) are the core's {@link NotifiableDiseases}
 *       data.
 * </ul>
 *
 * <p>Beside the rates: the cases by disease (人: the persons with a case of the disease diagnosed in
 * the period, a person counted once per disease) and the follow-ups (人次: every follow-up dated in
 * the period, and those at home, 上门随访 — the seed's 片医 "主动上门为患儿监测体温，指导家庭消杀"). The
 * third indicator of the category, 突发公共卫生事件相关信息报告率, needs records of public-health events,
 * which Weisheng does not hold yet.
 *
 * @since 0.1.0
 */
public final class InfectiousDiseaseFigures {
  private static final String SOURCE = "archives-chronic-populations.md §7 [S] (indicator); ";

  /** 传染病疫情报告率. */
  public static final IndicatorDefinition REPORT_RATE = new IndicatorDefinition("infectious.report-rate",
      "传染病疫情报告率", "infectious disease report rate", "网络报告的传染病病例数", "登记传染病病例数",
      Counting.CASES, SOURCE + "formula [S] vendor code (传染病及突发公共卫生事件报告和处理统计报表)");
  /** 传染病疫情报告及时率, over the cases reported (the default). */
  public static final IndicatorDefinition TIMELY_REPORT_RATE = new IndicatorDefinition(
      "infectious.timely-report-rate", "传染病疫情报告及时率", "infectious disease timely report rate",
      "报告及时的病例数", "报告传染病病例数", Counting.CASES,
      SOURCE + "formula [S] vendor code (统计报表); limits 《传染病信息报告管理规范》 [C]");
  /** 传染病疫情报告及时率, over the cases registered (one vendor's variant). */
  public static final IndicatorDefinition TIMELY_REPORT_RATE_REGISTERED = new IndicatorDefinition(
      "infectious.timely-report-rate.registered", "传染病疫情报告及时率（以登记病例为分母）",
      "infectious disease timely report rate (over registered cases)", "网络直报及时的传染病病例数", "登记传染病病例数",
      Counting.CASES, SOURCE + "formula [S] vendor dashboard that divides by the registered cases (conflict); "
          + "limits 《传染病信息报告管理规范》 [C]");

  private final IndicatorResult reportRate;
  private final IndicatorResult timelyReportRate;
  private final Map<NotifiableDisease, Long> casesByDisease;
  private final long caseReports;
  private final long followUps;
  private final long homeFollowUps;

  private InfectiousDiseaseFigures(IndicatorResult reportRate, IndicatorResult timelyReportRate,
      Map<NotifiableDisease, Long> casesByDisease, long caseReports, long followUps, long homeFollowUps) {
    this.reportRate = reportRate;
    this.timelyReportRate = timelyReportRate;
    this.casesByDisease = casesByDisease;
    this.caseReports = caseReports;
    this.followUps = followUps;
    this.homeFollowUps = homeFollowUps;
  }

  /**
   * Computes the figures of a period in the session's scopes, with the national table and the
   * default denominator.
   *
   * @param session the principal's session (needs search on infectious-disease records, or a report on them)
   * @param period the period: cases diagnosed and follow-ups made in it
   * @return the figures
   */
  public static InfectiousDiseaseFigures compute(HealthSession session, ReportingPeriod period) {
    return compute(session, period, NotifiableDiseases.defaults(), TimelinessDenominator.REPORTED);
  }

  /**
   * Computes the figures of a period in the session's scopes.
   *
   * @param session the principal's session
   * @param period the period: cases diagnosed and follow-ups made in it
   * @param diseases the disease table and report time limits
   * @param denominator the denominator of 报告及时率
   * @return the figures
   */
  public static InfectiousDiseaseFigures compute(HealthSession session, ReportingPeriod period,
      NotifiableDiseases diseases, TimelinessDenominator denominator) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(diseases, "diseases");
    Objects.requireNonNull(denominator, "denominator");
    InfectiousDiseaseService service = session.infectiousDiseases(diseases);
    List<CaseReport> cases;
    try (Stream<CaseReport> s = service.diagnosedBetween(period.start(), period.end())) {
      cases = s.sorted(Comparator.comparing((CaseReport c) -> c.diagnosedAt()).thenComparing(CaseReport::id))
          .collect(Collectors.toList());
    }
    long[] visits = new long[2];
    try (Stream<HomeFollowUp> s = service.followUpsBetween(period.start(), period.end())) {
      s.forEach(f -> {
        visits[0]++;
        visits[1] += f.mode() == VisitMode.HOME ? 1 : 0;
      });
    }
    return of(period, cases, diseases, denominator, visits[0], visits[1]);
  }

  /** The figures of given cases: the members, the persons by disease, the follow-up counts. */
  static InfectiousDiseaseFigures of(ReportingPeriod period, List<CaseReport> cases, NotifiableDiseases diseases,
      TimelinessDenominator denominator, long followUps, long homeFollowUps) {
    List<IndicatorMember> reported = new ArrayList<>();
    List<IndicatorMember> timely = new ArrayList<>();
    Map<String, Set<ArchiveNumber>> persons = new LinkedHashMap<>();
    for (CaseReport c : cases) {
      String ref = c.id().value();
      Optional<NotifiableDisease> disease = diseases.find(c.disease());
      if (disease.isEmpty()) {
        // a disease the host's table no longer lists: registered, its timeliness undecidable
        AppliedRule unknown = AppliedRule.of("infectious.disease.unknown");
        reported.add(c.reportedAt().isPresent() ? IndicatorMember.counted(ref, c.archive().committee())
            : IndicatorMember.notCounted(ref, c.archive().committee(), List.of(unknown)));
        if (c.reportedAt().isPresent() || denominator == TimelinessDenominator.REGISTERED) {
          timely.add(IndicatorMember.notCounted(ref, c.archive().committee(), List.of(unknown)));
        }
        continue;
      }
      persons.computeIfAbsent(c.disease(), k -> new HashSet<>()).add(c.archive());
      ReportTimeliness t = diseases.timeliness(c);
      reported.add(t.reported() ? IndicatorMember.counted(ref, c.archive().committee())
          : IndicatorMember.notCounted(ref, c.archive().committee(), List.of(t.rule())));
      if (t.reported() || denominator == TimelinessDenominator.REGISTERED) {
        timely.add(t.onTime() ? IndicatorMember.counted(ref, c.archive().committee())
            : IndicatorMember.notCounted(ref, c.archive().committee(), List.of(t.rule())));
      }
    }
    Map<NotifiableDisease, Long> byDisease = new LinkedHashMap<>();
    for (NotifiableDisease d : diseases.diseases()) {
      Set<ArchiveNumber> p = persons.get(d.code());
      if (p != null) {
        byDisease.put(d, (long) p.size());
      }
    }
    IndicatorDefinition timelyDefinition = denominator == TimelinessDenominator.REPORTED ? TIMELY_REPORT_RATE
        : TIMELY_REPORT_RATE_REGISTERED;
    return new InfectiousDiseaseFigures(IndicatorResult.ofMembers(REPORT_RATE, period, reported),
        IndicatorResult.ofMembers(timelyDefinition, period, timely), java.util.Collections.unmodifiableMap(byDisease),
        cases.size(), followUps, homeFollowUps);
  }

  /** @return 传染病疫情报告率, a member per case report */
  public IndicatorResult reportRate() {
    return reportRate;
  }

  /** @return 传染病疫情报告及时率, over the chosen denominator */
  public IndicatorResult timelyReportRate() {
    return timelyReportRate;
  }

  /** @return both rates, report rate first */
  public List<IndicatorResult> all() {
    return List.of(reportRate, timelyReportRate);
  }

  /**
   * Returns the persons with a case diagnosed in the period, by disease (人), in the table's order;
   * diseases without a case are left out.
   *
   * @return the persons by disease
   */
  public Map<NotifiableDisease, Long> casesByDisease() {
    return casesByDisease;
  }

  /** @return the case reports diagnosed in the period (登记传染病病例数, 例: a card each) */
  public long caseReports() {
    return caseReports;
  }

  /** @return the follow-ups of cases made in the period, whatever the mode (人次) */
  public long followUps() {
    return followUps;
  }

  /** @return the follow-ups made at the patient's home in the period (上门随访, 人次) */
  public long homeFollowUps() {
    return homeFollowUps;
  }

  /** @return true when the period has no case diagnosed and no follow-up made: nothing to report */
  public boolean isEmpty() {
    return caseReports == 0 && followUps == 0;
  }
}
