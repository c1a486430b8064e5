package io.github.weisheng.chronic;

/**
 * What a screening item asks for; domain reference §3 "Screening" and §4 [C].
 *
 * @since 0.1.0
 */
public enum ScreeningKind {
  /** 35 岁及以上居民每年测量血压: the yearly blood-pressure check of adults aged 35 and over. */
  ANNUAL_BLOOD_PRESSURE_CHECK,
  /** 高危人群每半年至少测量 1 次血压: the half-yearly check of residents with a high-risk marker. */
  HIGH_RISK_BLOOD_PRESSURE_CHECK,
  /** 非同日复查: a re-check on another day after a raised reading. */
  RAISED_BLOOD_PRESSURE_RECHECK,
  /** 初步诊断后转诊确诊, 2 周内随访结果: the confirmation result after a preliminary diagnosis. */
  CONFIRMATION_RESULT,
  /** 糖尿病高危人群每年至少测量 1 次空腹血糖: the yearly fasting-glucose test of high-risk adults. */
  FASTING_GLUCOSE_SCREENING
}
