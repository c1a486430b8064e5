package io.github.weisheng.population;

/**
 * The classification of a severe-mental-disorder follow-up (病情分类), §6.4 [C].
 *
 * @since 0.1.0
 */
public enum SmiClassification {
  /** 不稳定: risk 3–5, or florid symptoms, no insight, acute adverse reaction or serious physical illness. */
  UNSTABLE,
  /** 基本稳定: risk 1–2, or one domain poor (or not yet recovered). */
  BASICALLY_STABLE,
  /** 稳定: risk 0 and recovered. */
  STABLE
}
