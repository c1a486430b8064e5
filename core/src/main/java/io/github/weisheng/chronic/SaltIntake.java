package io.github.weisheng.chronic;

/**
 * Salt intake (摄盐情况) as the doctor judges it on the hypertension follow-up form: light, moderate
 * or heavy (轻/中/重). Salt is a lifestyle item of every visit (domain reference §3 "Other visit
 * items" [C]); the three grades are the form's [U].
 *
 * @since 0.1.0
 */
public enum SaltIntake {
  /** 轻. */
  LIGHT,
  /** 中. */
  MODERATE,
  /** 重. */
  HEAVY
}
