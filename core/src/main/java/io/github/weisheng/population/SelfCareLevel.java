package io.github.weisheng.population;

import io.github.weisheng.validation.RuleViolationException;

/**
 * The band of the elderly self-care score (老年人生活自理能力评估, 健康体检表 一般状况, 65+ only): 0–3
 * self-caring (可自理), 4–8 mild dependence (轻度依赖), 9–18 moderate dependence (中度依赖), 19 and
 * above unable to care for oneself (不能自理). §1.2 [C].
 *
 * @since 0.1.0
 */
public enum SelfCareLevel {
  /** 可自理: 0–3. */
  SELF_CARING(0, 3),
  /** 轻度依赖: 4–8. */
  MILD_DEPENDENCE(4, 8),
  /** 中度依赖: 9–18. */
  MODERATE_DEPENDENCE(9, 18),
  /** 不能自理: 19 and above. */
  UNABLE(19, Integer.MAX_VALUE);

  private final int from;
  private final int to;

  SelfCareLevel(int from, int to) {
    this.from = from;
    this.to = to;
  }

  /**
   * Returns the band of a score.
   *
   * @param score the self-care score, at least 0
   * @return the band
   * @throws RuleViolationException {@code elderly.selfCareScore.range} (field {@code
   *     elderlyCheck.selfCareScore}) for a negative score
   */
  public static SelfCareLevel of(int score) {
    if (score < 0) {
      throw RuleViolationException.of("elderlyCheck.selfCareScore", "elderly.selfCareScore.range", 0);
    }
    for (SelfCareLevel level : values()) {
      if (score <= level.to) {
        return level;
      }
    }
    return UNABLE;
  }

  /** @return the lowest score of the band */
  public int from() {
    return from;
  }

  /** @return the highest score of the band ({@link Integer#MAX_VALUE} for {@link #UNABLE}) */
  public int to() {
    return to;
  }
}
