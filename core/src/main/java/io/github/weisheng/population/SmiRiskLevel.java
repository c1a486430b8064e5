package io.github.weisheng.population;

import io.github.weisheng.validation.RuleViolationException;

/**
 * The risk level (危险性评估) assessed at every severe-mental-disorder follow-up, §6.4 [C]; levels 3–5
 * call for urgent referral.
 *
 * @since 0.1.0
 */
public enum SmiRiskLevel {
  /** 0级: none of levels 1–5. */
  LEVEL_0,
  /** 1级: verbal threats or shouting, no smashing. */
  LEVEL_1,
  /** 2级: smashes property at home only; stops when persuaded. */
  LEVEL_2,
  /** 3级: marked smashing of property in any setting; does not stop. */
  LEVEL_3,
  /** 4级: persistent smashing or attacks on people, does not stop; includes self-harm and suicide. */
  LEVEL_4,
  /** 5级: violence with a dangerous weapon, or arson or explosion, anywhere. */
  LEVEL_5;

  /**
   * Returns a level from its number.
   *
   * @param level 0–5
   * @return the level
   * @throws RuleViolationException {@code smi.riskLevel.range} (field {@code smiFollowUp.riskLevel}) otherwise
   */
  public static SmiRiskLevel of(int level) {
    if (level < 0 || level > 5) {
      throw RuleViolationException.of("smiFollowUp.riskLevel", "smi.riskLevel.range", 0, 5);
    }
    return values()[level];
  }

  /** @return the number, 0–5 */
  public int level() {
    return ordinal();
  }

  /** @return whether the level calls for urgent referral (3–5, §6.4 [C]) */
  public boolean urgentReferral() {
    return ordinal() >= 3;
  }
}
