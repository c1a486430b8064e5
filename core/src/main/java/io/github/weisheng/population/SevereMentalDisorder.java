package io.github.weisheng.population;

/**
 * The six disorders covered by severe-mental-disorder management (严重精神障碍), §6.4 [C].
 *
 * @since 0.1.0
 */
public enum SevereMentalDisorder {
  /** 精神分裂症. */
  SCHIZOPHRENIA("精神分裂症"),
  /** 分裂情感性障碍. */
  SCHIZOAFFECTIVE_DISORDER("分裂情感性障碍"),
  /** 偏执性精神病. */
  PARANOID_PSYCHOSIS("偏执性精神病"),
  /** 双相（情感）障碍. */
  BIPOLAR_DISORDER("双相（情感）障碍"),
  /** 癫痫所致精神障碍. */
  PSYCHOSIS_DUE_TO_EPILEPSY("癫痫所致精神障碍"),
  /** 精神发育迟滞伴发精神障碍. */
  INTELLECTUAL_DISABILITY_WITH_PSYCHOSIS("精神发育迟滞伴发精神障碍");

  private final String chineseName;

  SevereMentalDisorder(String chineseName) {
    this.chineseName = chineseName;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }
}
