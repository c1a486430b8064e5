package io.github.weisheng.reporting;

import io.github.weisheng.HealthSession;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.education.EducationCompliance;
import io.github.weisheng.education.EducationMinimums;
import io.github.weisheng.education.InstitutionLevel;
import io.github.weisheng.education.Shortfall;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An institution's health education for a calendar year against the service specification's
 * minimums (健康教育服务规范, 3rd ed. 2017; immunization-sanitation-education-standards-privacy.md §4
 * [HE, KPI]; the minimums are {@link EducationMinimums} data): {@link #COMPLIANCE 健康教育服务达标率} =
 * items of the specification met ÷ the five items — printed materials (kinds), audio-video (kinds),
 * bulletin boards (number and update interval), public consultations, health talks (number and
 * spacing) — each item a member, counted when met, else with its {@link Shortfall}s as reasons.
 *
 * <p>Health education is the institution's, not a committee's: the members are attributed to the
 * committee the institution sits in ({@code seat}), so a centre's figure adds up through {@link
 * IndicatorResult#byCentre} and the townships like any other.
 *
 * @since 0.1.0
 */
public final class EducationFigures {
  /**
   * 健康教育服务达标率: items met ÷ the five items of the specification, counted in {@link Counting#ITEMS
   * items (项)} (§4 [HE, KPI]).
   */
  public static final IndicatorDefinition COMPLIANCE = new IndicatorDefinition("education.compliance",
      "健康教育服务达标率", "health education compliance", "达到服务规范要求的健康教育项目数",
      "服务规范规定的健康教育项目数（印刷资料、音像资料、宣传栏、公众健康咨询、健康知识讲座）", Counting.ITEMS,
      "immunization-sanitation-education-standards-privacy.md §4 [HE, KPI]; minimums per EducationMinimums");

  /** The items, in the specification's order, and the shortfall rules each item answers for. */
  private static final Map<String, List<String>> ITEMS = items();

  private final EducationCompliance compliance;
  private final IndicatorResult result;

  private EducationFigures(EducationCompliance compliance, IndicatorResult result) {
    this.compliance = compliance;
    this.result = result;
  }

  /**
   * Assesses an institution's year.
   *
   * @param session the principal's session (needs search on education records)
   * @param period the period; its calendar year is assessed (the minimums are yearly)
   * @param institution the centre or station
   * @param level its level (the minimums differ)
   * @param minimums the minimums
   * @param seat the committee the institution sits in, to which its figure is attributed
   * @return the figures
   */
  public static EducationFigures compute(HealthSession session, ReportingPeriod period, OrgUnitId institution,
      InstitutionLevel level, EducationMinimums minimums, CommitteeCode seat) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(seat, "seat");
    EducationCompliance c = session.education().compliance(period.year(), institution, level, minimums);
    return new EducationFigures(c, IndicatorResult.ofMembers(COMPLIANCE, period, members(c, seat)));
  }

  /**
   * Returns the items of an assessment as members: counted when met, else with their shortfalls.
   *
   * @param compliance the assessment
   * @param seat the committee the members are attributed to
   * @return the five members, references {@code <institution>/<item>}
   */
  static List<IndicatorMember> members(EducationCompliance compliance, CommitteeCode seat) {
    List<IndicatorMember> members = new ArrayList<>();
    for (Map.Entry<String, List<String>> item : ITEMS.entrySet()) {
      List<AppliedRule> reasons = compliance.shortfalls().stream().filter(s -> item.getValue().contains(s.rule()))
          .map(s -> AppliedRule.of(s.rule(), s.arguments().toArray())).toList();
      String ref = compliance.institution().value() + "/" + item.getKey();
      members.add(reasons.isEmpty() ? IndicatorMember.counted(ref, seat) : IndicatorMember.notCounted(ref, seat, reasons));
    }
    return members;
  }

  /** @return the assessment: the year's figures and shortfalls */
  public EducationCompliance compliance() {
    return compliance;
  }

  /** @return 健康教育服务达标率, the five items as members */
  public IndicatorResult result() {
    return result;
  }

  private static Map<String, List<String>> items() {
    Map<String, List<String>> items = new LinkedHashMap<>();
    items.put("print", List.of(Shortfall.PRINT_KINDS));
    items.put("audio-video", List.of(Shortfall.AUDIO_VIDEO_KINDS));
    items.put("boards", List.of(Shortfall.BOARDS, Shortfall.BOARD_UPDATE_GAP));
    items.put("consultations", List.of(Shortfall.CONSULTATIONS));
    items.put("lectures", List.of(Shortfall.LECTURES, Shortfall.LECTURE_GAP));
    return java.util.Collections.unmodifiableMap(items);
  }
}
