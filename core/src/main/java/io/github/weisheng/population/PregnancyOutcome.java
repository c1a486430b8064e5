package io.github.weisheng.population;

/**
 * How a pregnancy ended (妊娠结局): the denominators of 早孕建册率 and 产后访视率 count live births (§6.2 [S]).
 *
 * @since 0.1.0
 */
public enum PregnancyOutcome {
  /** 活产. */
  LIVE_BIRTH,
  /** 死胎、死产. */
  STILLBIRTH,
  /** 自然流产. */
  MISCARRIAGE,
  /** 人工流产、引产. */
  INDUCED_ABORTION,
  /** 异位妊娠. */
  ECTOPIC_PREGNANCY,
  /** 其他. */
  OTHER
}
