package io.github.weisheng.immunization;

/**
 * A special situation (特殊健康状态) that selects a schedule series or changes a recommendation, §1
 * "Special situations" [KB21]. Derived from a child's {@link SpecialSituations}.
 *
 * @since 0.1.0
 */
public enum Situation {
  /** The mother is HBsAg-positive (乙肝表面抗原阳性母亲): HBIG plus the birth dose within 12 h. */
  MOTHER_HBSAG_POSITIVE,
  /** The mother's HBsAg status is unknown. */
  MOTHER_HBSAG_UNKNOWN,
  /**
   * The mother is HBsAg-positive or unknown and the baby weighs less than the four-dose threshold
   * (default 2000 g): birth dose, then doses at 1, 2 and 7 months.
   */
  HEPB_FOUR_DOSE,
  /** Born before 37 weeks (早产儿). */
  PRETERM,
  /** Birth weight below 2500 g (低出生体重儿). */
  LOW_BIRTH_WEIGHT,
  /** HIV-exposed with infection not excluded, or immunodeficient: no live vaccines. */
  NO_LIVE_VACCINES
}
