package io.github.weisheng.spi.report;

/**
 * The heading numbers of Chinese official documents (党政机关公文格式 GB/T 9704-2012, 7.3.3: 结构层次序数
 * 第一层为"一、"，第二层为"（一）"，第三层为"1."，第四层为"（1）"), so every renderer numbers alike.
 *
 * @since 0.1.0
 */
public final class OfficialNumbering {

  /** The deepest level that has an official number. */
  public static final int LEVELS = 4;

  private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  private OfficialNumbering() {}

  /**
   * Returns the number of a heading.
   *
   * @param level 1 to {@value #LEVELS}
   * @param ordinal the heading's position among its siblings, 1 to 99
   * @return for example {@code 三、}, {@code （十二）}, {@code 4.}, {@code （2）}
   * @throws IllegalArgumentException when the level or the ordinal is out of range
   */
  public static String label(int level, int ordinal) {
    return switch (level) {
      case 1 -> chinese(ordinal) + "、";
      case 2 -> "（" + chinese(ordinal) + "）";
      case 3 -> checked(ordinal) + ".";
      case 4 -> "（" + checked(ordinal) + "）";
      default -> throw new IllegalArgumentException(
          "level must be 1-" + LEVELS + " / 标题层级须为 1-" + LEVELS);
    };
  }

  /**
   * Writes 1–99 in Chinese numerals as official documents count: 一 … 十, 十一 … 十九, 二十, 二十一 ….
   *
   * @param n 1 to 99
   * @return the numeral
   * @throws IllegalArgumentException when out of range
   */
  public static String chinese(int n) {
    checked(n);
    int tens = n / 10;
    int ones = n % 10;
    if (tens == 0) {
      return DIGITS[ones];
    }
    return (tens == 1 ? "" : DIGITS[tens]) + "十" + DIGITS[ones];
  }

  private static int checked(int ordinal) {
    if (ordinal < 1 || ordinal > 99) {
      throw new IllegalArgumentException("ordinal must be 1-99 / 序号须为 1-99");
    }
    return ordinal;
  }
}
