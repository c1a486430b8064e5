package io.github.weisheng.sanitation;

import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * Patriotic Health Month (爱国卫生月): every April since 1989; the Nth month is held in year 1988+N,
 * so 2018 held the 30th and 2023 the 35th (immunization-sanitation-education-standards-privacy.md §3
 * [C: AWM]).
 *
 * <p>Rule, under {@code year} or {@code number}: {@code patrioticHealthMonth.year} — the first month
 * was held in 1989.
 *
 * @since 0.1.0
 */
public final class PatrioticHealthMonth {
  /** The year of the first Patriotic Health Month. */
  public static final int FIRST_YEAR = 1989;

  private PatrioticHealthMonth() {}

  /**
   * Returns the number of the month held in a year.
   *
   * @param year the year, 1989 or later
   * @return N, for example 35 for 2023
   */
  public static int number(int year) {
    if (year < FIRST_YEAR) {
      throw RuleViolationException.of("year", "patrioticHealthMonth.year", FIRST_YEAR);
    }
    return year - 1988;
  }

  /**
   * Returns the year of the Nth month.
   *
   * @param number N, 1 or more
   * @return 1988 + N
   */
  public static int year(int number) {
    if (number < 1) {
      throw RuleViolationException.of("number", "patrioticHealthMonth.year", FIRST_YEAR);
    }
    return 1988 + number;
  }

  /**
   * Returns the month of a year: April.
   *
   * @param year the year, 1989 or later
   * @return April of the year
   */
  public static YearMonth month(int year) {
    number(year);
    return YearMonth.of(year, Month.APRIL);
  }

  /**
   * Tells whether a day falls in a Patriotic Health Month.
   *
   * @param day the day
   * @return true for a day of April from 1989 on
   */
  public static boolean contains(LocalDate day) {
    return day.getMonth() == Month.APRIL && day.getYear() >= FIRST_YEAR;
  }

  /**
   * Returns the usual title, for example 第35个爱国卫生月.
   *
   * @param year the year
   * @return the title
   */
  public static String title(int year) {
    return "第" + number(year) + "个爱国卫生月";
  }
}
