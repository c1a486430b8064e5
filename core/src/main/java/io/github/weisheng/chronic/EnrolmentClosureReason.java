package io.github.weisheng.chronic;

import io.github.weisheng.validation.RuleViolationException;

/**
 * Why management in a chronic-disease programme ended (终止管理原因). Each hypertension or diabetes
 * programme record has its own closure (结案标识, 终止管理) with the reasons of the archive's
 * cancellation, and the vendor codes 1 死亡, 2 迁出, 3 失访, 9 其他 (archives-chronic-populations.md
 * §1.3, vendor CHIS schemas [S]); death, moving out and loss to follow-up are the official
 * termination reasons of the archive (§1.3 [C]). The codes are for exchange with vendor systems
 * only; Weisheng stores the constant's name.
 *
 * @since 0.1.0
 */
public enum EnrolmentClosureReason {
  /** 死亡: the patient died. */
  DEATH(1, "死亡"),
  /** 迁出: the patient moved out of the catchment. */
  MOVED_OUT(2, "迁出"),
  /** 失访: the patient can no longer be reached; the note says why. */
  LOST_TO_FOLLOW_UP(3, "失访"),
  /** 其他: another reason (for example the diagnosis was withdrawn, or the patient refuses); the note says which. */
  OTHER(9, "其他");

  private final int code;
  private final String chineseName;

  EnrolmentClosureReason(int code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  /** @return the vendor code (1, 2, 3 or 9) [S] */
  public int code() {
    return code;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Returns the reason of a vendor code.
   *
   * @param code 1, 2, 3 or 9
   * @return the reason
   * @throws RuleViolationException {@code enrolment.closure.reasonCode} for any other code (the
   *     archive's 4 拒绝 and 6 作废 have no programme equivalent: use {@link #OTHER} with a note)
   */
  public static EnrolmentClosureReason fromCode(int code) {
    for (EnrolmentClosureReason r : values()) {
      if (r.code == code) {
        return r;
      }
    }
    throw RuleViolationException.of("closure.reason", "enrolment.closure.reasonCode");
  }
}
