package io.github.weisheng.archive;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The kinds of service record an archive holds besides its forms: health checks, key-population
 * follow-ups and other encounters (接诊/转诊/会诊), which make an archive "dynamic" (domain reference
 * §1.2 and §1.4 [C]).
 *
 * @since 0.1.0
 */
public enum ServiceType {
  /** 健康体检. */
  HEALTH_CHECK("健康体检"),
  /** 随访 (hypertension, diabetes, severe mental disorder, tuberculosis …). */
  FOLLOW_UP("随访"),
  /** 接诊. */
  CONSULTATION("接诊"),
  /** 转诊. */
  REFERRAL("转诊"),
  /** 会诊. */
  JOINT_CONSULTATION("会诊"),
  /** 预防接种. */
  IMMUNIZATION("预防接种"),
  /** 儿童健康检查 and newborn visits. */
  CHILD_HEALTH("儿童健康管理"),
  /** 孕产妇健康管理: prenatal and postpartum visits. */
  MATERNAL_HEALTH("孕产妇健康管理"),
  /** 健康教育 given to this resident (health prescription, counselling). */
  HEALTH_EDUCATION("个体化健康教育"),
  /** 病毒性肝炎患者随访 (hepatitis follow-up, infectious-disease management §1.2 "other service records" [C]). */
  HEPATITIS_FOLLOW_UP("病毒性肝炎随访"),
  /** 肺结核密切接触者筛查 (tuberculosis contact screening). */
  TB_CONTACT_SCREENING("肺结核密切接触者筛查"),
  /** 手足口病入户宣教随访 (hand-foot-mouth disease outreach). */
  HAND_FOOT_MOUTH_OUTREACH("手足口病入户随访"),
  /** Any other service the host records. */
  OTHER("其他");

  private final String chineseName;

  ServiceType(String chineseName) {
    this.chineseName = chineseName;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Counts service records by type in a period (人次, person-times): for example the
   * infectious-disease follow-ups (hepatitis, TB contacts, hand-foot-mouth outreach) of a year.
   *
   * @param records the records, in any order
   * @param from the first day, included
   * @param to the last day, included
   * @return the count of each type that occurs (types without records are absent)
   */
  public static Map<ServiceType, Long> countByType(Iterable<ServiceRecord> records, LocalDate from, LocalDate to) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Map<ServiceType, Long> counts = new EnumMap<>(ServiceType.class);
    for (ServiceRecord r : records) {
      if (!r.date().isBefore(from) && !r.date().isAfter(to)) {
        counts.merge(r.type(), 1L, Long::sum);
      }
    }
    return counts;
  }
}
