package io.github.weisheng.reporting;

import io.github.weisheng.org.CommitteeCode;

/**
 * The administrative levels figures add up through: residents' committee (居委会) → township or street
 * (乡镇/街道) → county or district (区县), by the prefixes of the 12-digit committee code (GB/T 2260 +
 * GB/T 10114). Health centres, which serve sets of committees, are grouped by {@link
 * IndicatorResult#byCentre}.
 *
 * @since 0.1.0
 */
public enum OrgLevel {
  /** The residents' committee: the whole 12-digit code. */
  COMMITTEE(12),
  /** The township or street: the first 9 digits. */
  TOWNSHIP(9),
  /** The county or district: the first 6 digits. */
  COUNTY(6);

  private final int digits;

  OrgLevel(int digits) {
    this.digits = digits;
  }

  /** @return how many leading digits of a committee code name a unit at this level (12, 9 or 6) */
  public int digits() {
    return digits;
  }

  /**
   * Returns the code of the unit at this level that holds a committee.
   *
   * @param committee the committee
   * @return the prefix, for example {@code 110105001} for a township
   */
  public String unitOf(CommitteeCode committee) {
    return committee.value().substring(0, digits);
  }
}
