package io.github.weisheng.reporting;

/**
 * What one vaccine's 接种率 counts (immunization-sanitation-education-standards-privacy.md §2): the KPI
 * reads "children actually vaccinated ÷ children due" [C: KPI]; reports by dose (剂次) are also
 * common, so the variant is a named option.
 *
 * @since 0.1.0
 */
public enum CoverageCounting {
  /** Children: counted when every dose of the vaccine due in the period was received. The default. */
  CHILDREN,
  /** Doses (剂次): each dose due in the period, counted when received. */
  DOSES
}
