package io.github.weisheng.reporting;

/**
 * Who should hold a vaccination certificate in 建证率's denominator ("children who should have one",
 * immunization-sanitation-education-standards-privacy.md §2 [C: KPI]): the reference does not say
 * whether that is a year's cohort or every child, so the variant is a named option.
 *
 * @since 0.1.0
 */
public enum CertificateBase {
  /**
   * The children whose certificate fell due in the period (born so that they reach {@link
   * io.github.weisheng.immunization.CoverageRules#certificateWithin()} in it: "per year" [C: KPI],
   * due within 1 month of birth [S: CERT]). The default.
   */
  DUE_IN_PERIOD,
  /** Every child of the programme in scope ({@link io.github.weisheng.immunization.CoverageRules#childrenUnder()}). */
  ALL_CHILDREN
}
