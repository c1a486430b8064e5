package io.github.weisheng.chronic;

/**
 * Adverse drug reaction at a follow-up (药物不良反应), as the doctor judges it (domain reference §3
 * classification table [C]; §4 "as HTN" [U]).
 *
 * @since 0.1.0
 */
public enum AdverseReaction {
  /** 无: no adverse drug reaction. */
  NONE,
  /** 有, 可控制: a reaction the doctor handles by adjusting the drugs; next visit within 2 weeks. */
  CONTROLLABLE,
  /** 有, 难以控制: a reaction that cannot be controlled; the patient is referred. */
  UNCONTROLLABLE;

  /** @return true for a reaction of either kind */
  public boolean present() {
    return this != NONE;
  }
}
