package io.github.weisheng.immunization;

/**
 * Why a recorded dose does not count (剂次无效原因), §1 "General rules" [KB21]. Each reason has a rule
 * id with an English and a Chinese text.
 *
 * @since 0.1.0
 */
public enum DoseReason {
  /** Given before the dose's minimum age (a table age is the minimum age [C] CCW). */
  TOO_YOUNG("immunization.dose.tooYoung"),
  /** Given at or after the series' maximum age (aged out: no MPSV-A from 24 months …). */
  TOO_OLD("immunization.dose.tooOld"),
  /** Given before the minimum interval from the previous valid dose of the series. */
  TOO_SOON("immunization.dose.tooSoon"),
  /** Given before the minimum interval from a dose of another series (MPSV-AC after MPSV-A). */
  TOO_SOON_AFTER_OTHER_SERIES("immunization.dose.tooSoonAfterOtherSeries"),
  /** An injected live vaccine less than 28 days after another injected live vaccine, not the same day. */
  LIVE_VACCINE_SPACING("immunization.dose.liveVaccineSpacing"),
  /** Given before the wait after an immunoglobulin (3 months for MMR, JE-L, HepA-L; 1 month for JE-I). */
  IMMUNOGLOBULIN_INTERVAL("immunization.dose.immunoglobulinInterval"),
  /** The product does not count for this dose (for example bOPV as polio dose 1: IPV comes first). */
  PRODUCT_NOT_COUNTED("immunization.dose.productNotCounted"),
  /** The series was already complete (extra dose). */
  SERIES_COMPLETE("immunization.dose.seriesComplete");

  private final String rule;

  DoseReason(String rule) {
    this.rule = rule;
  }

  /** @return the rule id, a key of the immunization message bundles */
  public String rule() {
    return rule;
  }
}
