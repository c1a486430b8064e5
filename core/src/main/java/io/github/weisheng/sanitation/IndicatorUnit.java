package io.github.weisheng.sanitation;

/**
 * The unit of a vector-density indicator.
 *
 * @since 0.1.0
 */
public enum IndicatorUnit {
  /** A percentage, 0–100 (阳性率, 侵害率). */
  PERCENT("%", 100),
  /** Sites per kilometre walked (路径指数, 处/km). */
  PER_KM("处/km", Integer.MAX_VALUE),
  /** Insects per person and time (停落指数, 只/人·次). */
  PER_PERSON_TIME("只/人·次", Integer.MAX_VALUE),
  /** Insects per positive room (阳性房间平均蝇数, 只/间). */
  PER_ROOM("只/间", Integer.MAX_VALUE);

  private final String symbol;
  private final int max;

  IndicatorUnit(String symbol, int max) {
    this.symbol = symbol;
    this.max = max;
  }

  /** @return the symbol */
  public String symbol() {
    return symbol;
  }

  /** @return the largest possible value (100 for a percentage) */
  public int max() {
    return max;
  }
}
