package io.github.weisheng.chronic;

/**
 * Medication adherence (服药依从性), a visit item of the reference (domain reference §3 "Other visit
 * items" [C]), in the three grades of the follow-up forms [U]: regular, intermittent, not taking the
 * drugs (规律/间断/不服药).
 *
 * @since 0.1.0
 */
public enum MedicationAdherence {
  /** 规律: takes the drugs as prescribed. */
  REGULAR,
  /** 间断: takes them now and then. */
  INTERMITTENT,
  /** 不服药: does not take them. */
  NONE
}
