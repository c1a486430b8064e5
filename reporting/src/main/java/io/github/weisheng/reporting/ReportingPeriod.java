package io.github.weisheng.reporting;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * A reporting period (统计期): a month, a quarter, a half-year or a year of the calendar, as centres
 * report monthly, quarterly, half-yearly (半年总结) and yearly (年度总结).
 *
 * @since 0.1.0
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod> {

  /** How long a period is. */
  public enum Length {
    /** A calendar month (月). */
    MONTH(1),
    /** A calendar quarter (季度). */
    QUARTER(3),
    /** January–June or July–December (上半年/下半年). */
    HALF_YEAR(6),
    /** A calendar year (年度). */
    YEAR(12);

    private final int months;

    Length(int months) {
      this.months = months;
    }
  }

  private static final String[] QUARTERS = {"一", "二", "三", "四"};

  private final Length length;
  private final int year;
  private final int index;

  private ReportingPeriod(Length length, int year, int index) {
    this.length = length;
    this.year = year;
    this.index = index;
  }

  /**
   * Returns a calendar year.
   *
   * @param year the year, 1900–2999
   * @return the period
   */
  public static ReportingPeriod year(int year) {
    return of(Length.YEAR, year, 1);
  }

  /**
   * Returns a half-year.
   *
   * @param year the year
   * @param half 1 for January–June, 2 for July–December
   * @return the period
   */
  public static ReportingPeriod halfYear(int year, int half) {
    return of(Length.HALF_YEAR, year, half);
  }

  /**
   * Returns a quarter.
   *
   * @param year the year
   * @param quarter 1–4
   * @return the period
   */
  public static ReportingPeriod quarter(int year, int quarter) {
    return of(Length.QUARTER, year, quarter);
  }

  /**
   * Returns a month.
   *
   * @param month the month
   * @return the period
   */
  public static ReportingPeriod month(YearMonth month) {
    return of(Length.MONTH, month.getYear(), month.getMonthValue());
  }

  /**
   * Returns the period of a length that holds a date.
   *
   * @param length the length
   * @param date the date
   * @return the period
   */
  public static ReportingPeriod containing(Length length, LocalDate date) {
    Objects.requireNonNull(length, "length");
    return of(length, date.getYear(), (date.getMonthValue() - 1) / length.months + 1);
  }

  private static ReportingPeriod of(Length length, int year, int index) {
    if (year < 1900 || year > 2999) {
      throw new IllegalArgumentException("period.year must be 1900-2999 / 统计年度须在1900-2999之间");
    }
    if (index < 1 || index > 12 / length.months) {
      throw new IllegalArgumentException("period.index out of range / 统计期序号超出范围");
    }
    return new ReportingPeriod(length, year, index);
  }

  /** @return the length */
  public Length length() {
    return length;
  }

  /** @return the calendar year */
  public int year() {
    return year;
  }

  /** @return the first day */
  public LocalDate start() {
    return LocalDate.of(year, Month.of((index - 1) * length.months + 1), 1);
  }

  /** @return the last day (inclusive) */
  public LocalDate end() {
    return start().plusMonths(length.months).minusDays(1);
  }

  /**
   * Tells whether a date lies in the period.
   *
   * @param date the date
   * @return true from the first day to the last, both included
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** @return the period of the same length just before, for comparisons with the previous period */
  public ReportingPeriod previous() {
    return index > 1 ? new ReportingPeriod(length, year, index - 1) : of(length, year - 1, 12 / length.months);
  }

  /** @return the same period a year earlier (同比) */
  public ReportingPeriod yearEarlier() {
    return of(length, year - 1, index);
  }

  /**
   * Names the period as a report does.
   *
   * @param locale Chinese unless English
   * @return for example {@code 2026年}, {@code 2026年上半年}, {@code 2026年第一季度}, {@code 2026年3月};
   *     {@code 2026}, {@code H1 2026}, {@code Q1 2026}, {@code 2026-03}
   */
  public String label(Locale locale) {
    boolean english = locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    return switch (length) {
      case YEAR -> english ? Integer.toString(year) : year + "年";
      case HALF_YEAR -> english ? "H" + index + " " + year : year + (index == 1 ? "年上半年" : "年下半年");
      case QUARTER -> english ? "Q" + index + " " + year : year + "年第" + QUARTERS[index - 1] + "季度";
      case MONTH -> english ? YearMonth.of(year, index).toString() : year + "年" + index + "月";
    };
  }

  @Override
  public int compareTo(ReportingPeriod other) {
    int byStart = start().compareTo(other.start());
    return byStart != 0 ? byStart : Integer.compare(length.months, other.length.months);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportingPeriod p && length == p.length && year == p.year && index == p.index;
  }

  @Override
  public int hashCode() {
    return Objects.hash(length, year, index);
  }

  /** Shows {@code 2026-01-01..2026-06-30}. */
  @Override
  public String toString() {
    return start() + ".." + end();
  }
}
