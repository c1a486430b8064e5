package io.github.weisheng.infectious;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.validation.RuleViolationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The notifiable diseases a centre reports and the report time limit of each class (传染病报告时限),
 * as data a host replaces or extends (a disease added by a notice, a provincial list). {@link
 * #defaults()}:
 *
 * <table>
 *   <caption>Report time limits (from diagnosis to the network report)</caption>
 *   <tr><th>class</th><th>limit</th><th>source</th></tr>
 *   <tr><td>甲类, and 乙类 managed as 甲类</td><td>2 hours</td>
 *       <td>《传染病信息报告管理规范》 [C] (2006, restated at m.beiweimall.com/baogao/1620582.html; the 2026
 *       edition keeps it, 新华社 2026-01-30)</td></tr>
 *   <tr><td>other 乙类, 丙类</td><td>24 hours</td><td>the same [C]; hand, foot and mouth disease by the
 *       2008 notice [C] (gov.cn 2008-05-03)</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Default diseases (a subset; the host adds the rest of the national list)</caption>
 *   <tr><th>code</th><th>disease</th><th>class</th><th>source</th></tr>
 *   <tr><td>PLAGUE, CHOLERA</td><td>鼠疫, 霍乱</td><td>甲类</td><td>[S] 360docs.net/doc/8e15556514.html</td></tr>
 *   <tr><td>SARS, PULMONARY_ANTHRAX</td><td>传染性非典型肺炎, 肺炭疽</td><td>乙类, managed as 甲类</td>
 *       <td>[C] the 规范 and its 2026 edition</td></tr>
 *   <tr><td>VIRAL_HEPATITIS, PULMONARY_TUBERCULOSIS, MEASLES</td><td>病毒性肝炎, 肺结核, 麻疹</td>
 *       <td>乙类</td><td>[S] 360docs</td></tr>
 *   <tr><td>INFLUENZA, MUMPS, OTHER_INFECTIOUS_DIARRHOEA</td><td>流行性感冒, 流行性腮腺炎, 其他感染性腹泻病</td>
 *       <td>丙类</td><td>[S] 360docs; weilinceramic.com (丙类 list of the 2004 law)</td></tr>
 *   <tr><td>HAND_FOOT_MOUTH</td><td>手足口病</td><td>丙类 (since 2008-05-02)</td><td>[C] gov.cn 2008 notice</td></tr>
 * </table>
 *
 * <p>An older scheme (towns 2 h / countryside 6 h for 甲类, 6 h / 12 h for 乙类, 24 h for 丙类, [S]
 * 360docs) conflicts with the 规范 and is not the default; a host that must apply it sets its limits.
 *
 * <p>Rules, every broken one at once: {@code notifiableDiseases.duplicate} (field {@code
 * notifiableDiseases.diseases}: one row per code), {@code notifiableDiseases.limit} (field {@code
 * notifiableDiseases.reportLimits}: a positive limit for every class); {@link #timeliness}: {@code
 * infectious.disease.unknown} (a case of a disease not in the table).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNotifiableDiseases.class)
@JsonDeserialize(as = ImmutableNotifiableDiseases.class)
public abstract class NotifiableDiseases {
  static final String ON_TIME = "infectious.report.onTime";
  static final String LATE = "infectious.report.late";
  static final String MISSING = "infectious.report.missing";
  static final String UNKNOWN = "infectious.disease.unknown";

  NotifiableDiseases() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the default table (see the class comment) */
  public static NotifiableDiseases defaults() {
    NotifiableClass a = NotifiableClass.CLASS_A;
    NotifiableClass b = NotifiableClass.CLASS_B;
    NotifiableClass c = NotifiableClass.CLASS_C;
    return builder()
        .putReportLimit(a, Duration.ofHours(2))
        .putReportLimit(b, Duration.ofHours(24))
        .putReportLimit(c, Duration.ofHours(24))
        .addDiseases(
            NotifiableDisease.of("PLAGUE", "鼠疫", "plague", a),
            NotifiableDisease.of("CHOLERA", "霍乱", "cholera", a),
            NotifiableDisease.builder().code("SARS").chineseName("传染性非典型肺炎")
                .englishName("severe acute respiratory syndrome").notifiableClass(b).managedAsClassA(true).build(),
            NotifiableDisease.builder().code("PULMONARY_ANTHRAX").chineseName("肺炭疽")
                .englishName("pulmonary anthrax").notifiableClass(b).managedAsClassA(true).build(),
            NotifiableDisease.of("VIRAL_HEPATITIS", "病毒性肝炎", "viral hepatitis", b),
            NotifiableDisease.of("PULMONARY_TUBERCULOSIS", "肺结核", "pulmonary tuberculosis", b),
            NotifiableDisease.of("MEASLES", "麻疹", "measles", b),
            NotifiableDisease.of("INFLUENZA", "流行性感冒", "influenza", c),
            NotifiableDisease.of("MUMPS", "流行性腮腺炎", "mumps", c),
            NotifiableDisease.of("OTHER_INFECTIOUS_DIARRHOEA", "其他感染性腹泻病", "other infectious diarrhoea", c),
            NotifiableDisease.of("HAND_FOOT_MOUTH", "手足口病", "hand, foot and mouth disease", c))
        .build();
  }

  /** @return the diseases, in the table's order */
  public abstract List<NotifiableDisease> diseases();

  /** @return the report time limit of each class, from diagnosis to the network report */
  public abstract Map<NotifiableClass, Duration> reportLimits();

  /**
   * Returns a disease by its code.
   *
   * @param code the code
   * @return the disease, or empty when the table has no such code
   */
  public Optional<NotifiableDisease> find(String code) {
    Objects.requireNonNull(code, "code");
    return diseases().stream().filter(d -> d.code().equals(code)).findFirst();
  }

  /**
   * Returns the report time limit of a disease: its class's, class A's when it is managed as class A.
   *
   * @param disease the disease
   * @return the limit
   */
  public Duration limitFor(NotifiableDisease disease) {
    return Objects.requireNonNull(reportLimits().get(Objects.requireNonNull(disease, "disease").reportingClass()));
  }

  /**
   * Tells whether a case was reported, and within its disease's limit of the diagnosis (报告及时: a
   * delay equal to the limit is on time).
   *
   * @param c the case
   * @return the assessment with its rule
   * @throws RuleViolationException {@code infectious.disease.unknown} when the case's disease is not in the table
   */
  public ReportTimeliness timeliness(CaseReport c) {
    Objects.requireNonNull(c, "c");
    NotifiableDisease disease = find(c.disease())
        .orElseThrow(() -> RuleViolationException.of("caseReport.disease", UNKNOWN));
    Duration limit = limitFor(disease);
    ReportTimeliness.Builder b = ReportTimeliness.builder().limit(limit);
    Optional<LocalDateTime> reportedAt = c.reportedAt();
    if (reportedAt.isEmpty()) {
      return b.reported(false).onTime(false).rule(AppliedRule.of(MISSING, hours(limit))).build();
    }
    Duration delay = Duration.between(c.diagnosedAt(), reportedAt.get());
    boolean onTime = delay.compareTo(limit) <= 0;
    return b.reported(true).onTime(onTime).delay(delay)
        .rule(AppliedRule.of(onTime ? ON_TIME : LATE, hours(delay), hours(limit))).build();
  }

  /**
   * Returns this table with a disease added, or replacing the row of the same code.
   *
   * @param disease the disease
   * @return the new table
   */
  public NotifiableDiseases withDisease(NotifiableDisease disease) {
    Objects.requireNonNull(disease, "disease");
    List<NotifiableDisease> rows = new java.util.ArrayList<>(diseases());
    rows.removeIf(d -> d.code().equals(disease.code()));
    rows.add(disease);
    return builder().addAllDiseases(rows).putAllReportLimits(reportLimits()).build();
  }

  /**
   * Returns this table with one class's report time limit replaced.
   *
   * @param notifiableClass the class
   * @param limit the limit, positive
   * @return the new table
   */
  public NotifiableDiseases withReportLimit(NotifiableClass notifiableClass, Duration limit) {
    Objects.requireNonNull(notifiableClass, "notifiableClass");
    Objects.requireNonNull(limit, "limit");
    Map<NotifiableClass, Duration> limits = new java.util.EnumMap<>(reportLimits());
    limits.put(notifiableClass, limit);
    return builder().addAllDiseases(diseases()).putAllReportLimits(limits).build();
  }

  /** Hours to one decimal, rounded up so that a late report never reads as the limit itself. */
  static String hours(Duration d) {
    return BigDecimal.valueOf(d.getSeconds()).divide(BigDecimal.valueOf(3600), 1, RoundingMode.UP)
        .stripTrailingZeros().toPlainString();
  }

  @Value.Check
  void check() {
    Set<String> codes = new HashSet<>();
    boolean unique = diseases().stream().allMatch(d -> codes.add(d.code()));
    boolean limits = reportLimits().size() == NotifiableClass.values().length
        && reportLimits().values().stream().allMatch(d -> !d.isNegative() && !d.isZero());
    new Violations()
        .require(unique, "notifiableDiseases.diseases", "notifiableDiseases.duplicate")
        .require(limits, "notifiableDiseases.reportLimits", "notifiableDiseases.limit")
        .throwIfAny();
  }

  /** Builds {@link NotifiableDiseases}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableNotifiableDiseases.Builder {
    Builder() {}
  }
}
