package io.github.weisheng.reporting;

import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.org.CommitteeCode;
import java.util.List;
import java.util.Objects;

/**
 * One member of an indicator's denominator (a patient, a child, an archive, a dose due) and how it
 * fared: counted in the numerator, or not with the reasons why (for example "only 3 face-to-face
 * follow-ups", "latest BP 152/94 above target") — the drill-down behind every figure.
 *
 * @param ref the member's record reference (an archive number, an enrolment id …), never a name or an
 *     ID number
 * @param committee the residents' committee the member belongs to, by which figures add up
 * @param counted whether the member is in the numerator
 * @param reasons why not, when not counted (at least one); empty when counted
 * @since 0.1.0
 */
public record IndicatorMember(String ref, CommitteeCode committee, boolean counted, List<AppliedRule> reasons) {

  /** Checks a member not counted says why, and a counted one has no reasons. */
  public IndicatorMember {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(committee, "committee");
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    if (counted != reasons.isEmpty()) {
      throw new IllegalArgumentException(
          "indicatorMember.reasons: a member not counted needs a reason, a counted one none / 未计入分子须说明原因");
    }
  }

  /**
   * Returns a member in the numerator.
   *
   * @param ref the record reference
   * @param committee the committee
   * @return the member
   */
  public static IndicatorMember counted(String ref, CommitteeCode committee) {
    return new IndicatorMember(ref, committee, true, List.of());
  }

  /**
   * Returns a member outside the numerator.
   *
   * @param ref the record reference
   * @param committee the committee
   * @param reasons why, at least one
   * @return the member
   */
  public static IndicatorMember notCounted(String ref, CommitteeCode committee, List<AppliedRule> reasons) {
    return new IndicatorMember(ref, committee, false, reasons);
  }

  /** Shows the reference and the outcome; the reference is a record number, not personal data. */
  @Override
  public String toString() {
    return "IndicatorMember[" + ref + ", " + committee.value() + (counted ? ", counted]" : ", not counted " + reasons + "]");
  }
}
