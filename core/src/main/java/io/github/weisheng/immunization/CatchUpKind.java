package io.github.weisheng.immunization;

/**
 * The vaccine-specific catch-up (补种) rules of §1 "Catch-up by vaccine" [KB21] that the generic
 * evaluation (minimum ages and intervals, never restarting a series) does not express. Each kind
 * reads its limits from the {@link CatchUpRule}'s data.
 *
 * @since 0.1.0
 */
public enum CatchUpKind {
  /**
   * BCG: under {@code fromAge} (3 months) give directly; from it until {@code untilAge} (4 years)
   * only after a negative PPD test; none from {@code untilAge}; no re-dose for a missing scar.
   */
  BCG_PPD,
  /**
   * DTaP/DT from {@code fromAge} (6 years in the 2021 edition; 7 years from 2025 [U]) with the
   * {@code products} (DT): fewer than {@code doses.primary} (3) doses of DTaP+DT → DT up to 3 (UNC);
   * ≥ 3 with a DT → complete; 3 DTaP only → 1 DT ≥ {@code intervals.afterThird} (6 months) after the
   * 3rd; 4 DTaP and no DT → 1 DT ≥ {@code intervals.afterFourth} (12 months) after the 4th; doses
   * {@code intervals.between} (28 days) apart.
   */
  DTP_DT,
  /**
   * MMR by birth cohort: born on/after {@code dates.twoMmrFrom} (2019-10-01) → 2 doses of MMR; born
   * from {@code dates.expansionFrom} (the 2007 NIP expansion) → ≥ 2 measles-containing, ≥ 1 rubella
   * and ≥ 1 mumps dose, topped up with MMR; born earlier → 2 measles-containing doses; catch-up doses
   * {@code intervals.between} (28 days) apart.
   */
  MMR_COHORT,
  /**
   * MPSV-AC early start: from {@code fromAge} (24 months) no more MPSV-A; when the {@code otherGroup}
   * (MenA) series is incomplete, MPSV-AC dose 1 is due at once instead of at 3 years.
   */
  MENINGOCOCCAL_AC_EARLY_START
}
