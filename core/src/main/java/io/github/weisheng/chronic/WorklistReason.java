package io.github.weisheng.chronic;

/**
 * Why a patient is on a follow-up worklist (随访工作清单), from the most to the least urgent. Each
 * row of a {@link WorklistEntry} names its rule ({@link WorklistEntry#rule()}).
 *
 * @since 0.1.0
 */
public enum WorklistReason {
  /** 失访: no face-to-face follow-up for longer than {@link ChronicCarePolicy#lostToFollowUpDays()}. */
  LOST_TO_FOLLOW_UP("worklist.lostToFollowUp"),
  /** 逾期: past the due date and its late tolerance window. */
  OVERDUE("worklist.overdue"),
  /** 应随访: inside the due date's tolerance window. */
  DUE("worklist.due"),
  /** 应体检: no health check (健康体检) within {@link ChronicCarePolicy#healthCheckEvery()}. */
  HEALTH_CHECK_DUE("worklist.healthCheckDue");

  private final String rule;

  WorklistReason(String rule) {
    this.rule = rule;
  }

  /** @return the rule id of this reason, for example {@code worklist.overdue} */
  public String rule() {
    return rule;
  }
}
