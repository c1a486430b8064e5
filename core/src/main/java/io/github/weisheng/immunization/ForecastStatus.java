package io.github.weisheng.immunization;

/**
 * The status of a series' next dose on the assessment date (FHIR ImmDS
 * {@code immunization-recommendation-status}). Dates from the {@link ImmunizationRecommendation}.
 *
 * @since 0.1.0
 */
public enum ForecastStatus {
  /** 未到接种时间: before the recommended date. */
  NOT_DUE("immunization.status.notDue"),
  /** 应种: from the recommended date until the end of the dose's 月龄/周岁 window (the past-due date). */
  DUE("immunization.status.due"),
  /** 逾期: past the due window but before the "complete before" age — late, still timely. */
  OVERDUE("immunization.status.overdue"),
  /** 补种: past the "complete before" age, or on a catch-up rule of §1 "Catch-up by vaccine". */
  CATCH_UP("immunization.status.catchUp"),
  /** 已完成: the series is complete. */
  COMPLETE("immunization.status.complete"),
  /** 超龄: past the latest date; no more doses. */
  AGED_OUT("immunization.status.agedOut"),
  /** 禁忌: contraindicated for this child (recorded, or live vaccines with immunodeficiency). */
  CONTRAINDICATED("immunization.status.contraindicated");

  private final String rule;

  ForecastStatus(String rule) {
    this.rule = rule;
  }

  /** @return the rule id, a key of the immunization message bundles */
  public String rule() {
    return rule;
  }

  /** @return true for the statuses at which the dose is to be given (due, overdue, catch-up) */
  public boolean isActionable() {
    return this == DUE || this == OVERDUE || this == CATCH_UP;
  }
}
