package io.github.weisheng.population;

/**
 * The guidance of the elderly yearly service (健康指导), §6.3 [C].
 *
 * @since 0.1.0
 */
public enum ElderlyGuidance {
  /** 新发现高血压、2型糖尿病纳入慢病管理. */
  CHRONIC_ENROLMENT,
  /** 其他疾病治疗或转诊. */
  TREAT_OR_REFER,
  /** 疫苗接种建议. */
  VACCINATION,
  /** 骨质疏松预防. */
  OSTEOPOROSIS,
  /** 防跌倒. */
  FALL_PREVENTION,
  /** 认知和情感. */
  COGNITION_AND_MOOD,
  /** 预约下次随访. */
  NEXT_VISIT_BOOKED
}
