package io.github.weisheng.chronic;

/**
 * A three-grade rating the follow-up forms use for psychological adjustment (心理调整) and for
 * compliance with the doctor's advice (遵医行为): good, fair, poor (良好/一般/差) [U: the forms'
 * grades; domain reference §3 lists lifestyle and adherence as visit items [C]].
 *
 * @since 0.1.0
 */
public enum BehaviourRating {
  /** 良好. */
  GOOD,
  /** 一般. */
  FAIR,
  /** 差. */
  POOR
}
