package io.github.weisheng.spi.access;

/**
 * Data sensitivity levels after GB/T 39725-2020 (健康医疗数据安全指南), from 1 (public) to 5 (a very
 * small group under strict conditions). The glosses of levels 2–5 are the usual reading, not the
 * standard's text.
 *
 * @since 0.1.0
 */
public enum Sensitivity {
  /** Level 1: may be public (aggregates, campaign records). */
  PUBLIC(1),
  /** Level 2: de-identified data. */
  DE_IDENTIFIED(2),
  /** Level 3: partly de-identified data, for project use. */
  PARTLY_IDENTIFIED(3),
  /** Level 4: directly identifying personal health data, for treating staff. */
  IDENTIFIED(4),
  /** Level 5: special diseases (for example HIV, severe mental disorders); attending clinicians only. */
  SPECIAL(5);

  private final int level;

  Sensitivity(int level) {
    this.level = level;
  }

  /** @return the GB/T 39725 level, 1 to 5 */
  public int level() {
    return level;
  }
}
