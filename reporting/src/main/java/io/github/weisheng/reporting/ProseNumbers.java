package io.github.weisheng.reporting;

import io.github.weisheng.spi.report.Figure;
import java.util.Objects;

/**
 * Rounds a count the way work summaries' prose does (the seed's 工作总结: "大扫除10余次", "清除野广告400余张",
 * "花费3000余元", "参加者近达万人次", "3000多名育龄妇女"), while tables keep the exact count: below ten the
 * exact number; from ten, the leading digit followed by zeros and 余 (or 多) when there is more, the
 * round number itself when there is not; 近千 / 近万 / 近十万 when the count is within a tenth below that
 * round number. Counts of ten thousand and more are written in 万 (30000 → 3万).
 *
 * @since 0.1.0
 */
public final class ProseNumbers {

  /** Which word marks "a bit more than". */
  public enum More {
    /** 余, as in 10余次 (the seed's usual word). */
    YU("余"),
    /** 多, as in 3000多名. */
    DUO("多");

    private final String word;

    More(String word) {
      this.word = word;
    }
  }

  private ProseNumbers() {}

  /**
   * Returns the prose wording of a count, with 余.
   *
   * @param count 0 or more
   * @return for example {@code 10余}, {@code 近万}, {@code 200}, {@code 7}
   * @throws IllegalArgumentException when the count is negative
   */
  public static String approximate(long count) {
    return approximate(count, More.YU);
  }

  /**
   * Returns the prose wording of a count.
   *
   * @param count 0 or more
   * @param more the word for "a bit more than"
   * @return the wording, without unit
   * @throws IllegalArgumentException when the count is negative
   */
  public static String approximate(long count, More more) {
    Objects.requireNonNull(more, "more");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative / 数量不能为负");
    }
    if (count < 10) {
      return Long.toString(count);
    }
    long power = 1;
    while (power <= count / 10) {
      power *= 10;
    }
    long nextRound = power * 10;
    if (nextRound >= 1000 && count * 10 >= nextRound * 9) {
      return "近" + roundWord(nextRound);
    }
    long base = count / power * power;
    return base == count ? Long.toString(count) : written(base) + more.word;
  }

  /**
   * Returns an exact figure that prose shows rounded.
   *
   * @param label what it counts
   * @param count the exact count
   * @param unit the unit, for example {@code 次}
   * @return the figure, with its prose wording when that differs from the count
   */
  public static Figure figure(String label, long count, String unit) {
    Figure exact = Figure.of(label, count, unit);
    String wording = approximate(count);
    return wording.equals(Long.toString(count)) ? exact : exact.withProse(wording);
  }

  /** 千, 万, 十万, 百万, 千万, 亿 for a power of ten from a thousand; digits beyond. */
  private static String roundWord(long power) {
    if (power == 1_000L) {
      return "千";
    } else if (power == 10_000L) {
      return "万";
    } else if (power == 100_000L) {
      return "十万";
    } else if (power == 1_000_000L) {
      return "百万";
    } else if (power == 10_000_000L) {
      return "千万";
    } else if (power == 100_000_000L) {
      return "亿";
    }
    return Long.toString(power);
  }

  /** A round number as prose writes it: digits below ten thousand, else in 万 (30000 → 3万). */
  private static String written(long round) {
    return round >= 10_000 && round % 10_000 == 0 && round < 100_000_000L ? round / 10_000 + "万" : Long.toString(round);
  }
}
