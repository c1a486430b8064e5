package io.github.weisheng.immunization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An age as the immunization programme counts it (月龄 / 周岁): whole years, months and days from
 * the date of birth, added in that order with java.time's calendar arithmetic.
 *
 * <p>Rule (§1 "General rules" → Ages, [C] JXCDC): "N月龄" is the window from the day the child turns
 * N months until the day before it turns N+1 months; a table age is the minimum age [C] CCW. A child
 * turns N months on the same day-of-month N months after birth, or on the last day of that month when
 * it is shorter: born 31 January, a child turns 1 month on 28 February (29 in a leap year) and 2
 * months on 31 March — always counted from the birth date, never month by month. Years likewise: a
 * child born on 29 February turns 1 year on 28 February of a common year. {@link
 * java.time.Period#between} would say a child born 31 January is 0 months old on 28 February; this
 * class says 1 month, as the programme does.
 *
 * <p>JSON and {@link #toString()}: the ISO-8601 period, for example {@code "P8M"}, {@code "P6Y"},
 * {@code "P0D"} (birth).
 *
 * @since 0.1.0
 */
public final class ProgrammeAge implements Comparable<ProgrammeAge> {
  /** Birth: age zero (出生时). */
  public static final ProgrammeAge BIRTH = new ProgrammeAge(Period.ZERO);

  private final Period period;

  private ProgrammeAge(Period period) {
    this.period = period;
  }

  /**
   * Returns an age of whole years, months and days.
   *
   * @param years the years, ≥ 0
   * @param months the months, ≥ 0
   * @param days the days, ≥ 0
   * @return the age
   * @throws IllegalArgumentException when a part is negative
   */
  public static ProgrammeAge of(int years, int months, int days) {
    if (years < 0 || months < 0 || days < 0) {
      throw new IllegalArgumentException("an age cannot be negative / 年龄不能为负");
    }
    return years == 0 && months == 0 && days == 0 ? BIRTH : new ProgrammeAge(Period.of(years, months, days));
  }

  /**
   * Returns an age in months (N月龄).
   *
   * @param months the months, ≥ 0
   * @return the age
   */
  public static ProgrammeAge ofMonths(int months) {
    return of(0, months, 0);
  }

  /**
   * Returns an age in years (N周岁).
   *
   * @param years the years, ≥ 0
   * @return the age
   */
  public static ProgrammeAge ofYears(int years) {
    return of(years, 0, 0);
  }

  /**
   * Returns an age in days.
   *
   * @param days the days, ≥ 0
   * @return the age
   */
  public static ProgrammeAge ofDays(int days) {
    return of(0, 0, days);
  }

  /**
   * Returns the age of a non-negative period.
   *
   * @param period the period, no part negative
   * @return the age
   */
  public static ProgrammeAge from(Period period) {
    Objects.requireNonNull(period, "period");
    return of(period.getYears(), period.getMonths(), period.getDays());
  }

  /**
   * Parses an ISO-8601 period such as {@code P8M}, {@code P6Y} or {@code P1Y6M}.
   *
   * @param text the text
   * @return the age
   * @throws RuleViolationException field {@code age}, rule {@code immunization.age.format}
   */
  @JsonCreator
  public static ProgrammeAge parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Period p;
    try {
      p = Period.parse(text);
    } catch (DateTimeParseException e) {
      throw RuleViolationException.of("age", "immunization.age.format");
    }
    if (p.isNegative() || p.getYears() < 0 || p.getMonths() < 0 || p.getDays() < 0) {
      throw RuleViolationException.of("age", "immunization.age.format");
    }
    return from(p);
  }

  /**
   * The number of whole months a child has completed on a date (足月龄): the largest N such that the
   * child has turned N months on {@code on}.
   *
   * @param birthDate the date of birth
   * @param on the date, not before birth
   * @return the completed months
   */
  public static int completedMonths(LocalDate birthDate, LocalDate on) {
    checkOrder(birthDate, on);
    int n = (int) ChronoUnit.MONTHS.between(birthDate.withDayOfMonth(1), on.withDayOfMonth(1));
    return birthDate.plusMonths(n).isAfter(on) ? n - 1 : n;
  }

  /**
   * The number of whole years a child has completed on a date (周岁).
   *
   * @param birthDate the date of birth
   * @param on the date, not before birth
   * @return the completed years
   */
  public static int completedYears(LocalDate birthDate, LocalDate on) {
    checkOrder(birthDate, on);
    int n = on.getYear() - birthDate.getYear();
    return birthDate.plusYears(n).isAfter(on) ? n - 1 : n;
  }

  /**
   * The number of days since birth (the day of birth is day 0).
   *
   * @param birthDate the date of birth
   * @param on the date, not before birth
   * @return the days
   */
  public static long completedDays(LocalDate birthDate, LocalDate on) {
    checkOrder(birthDate, on);
    return ChronoUnit.DAYS.between(birthDate, on);
  }

  private static void checkOrder(LocalDate birthDate, LocalDate on) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(on, "on");
    if (on.isBefore(birthDate)) {
      throw new IllegalArgumentException("the date is before birth / 日期早于出生日期");
    }
  }

  /**
   * The day a child born on {@code birthDate} reaches this age: years, then months, then days
   * added to the birth date (a shorter month ends the count on its last day).
   *
   * @param birthDate the date of birth
   * @return the first day of this age
   */
  public LocalDate reachedOn(LocalDate birthDate) {
    Objects.requireNonNull(birthDate, "birthDate");
    return birthDate.plusYears(period.getYears()).plusMonths(period.getMonths()).plusDays(period.getDays());
  }

  /**
   * Tells whether a child has reached this age on a date.
   *
   * @param birthDate the date of birth
   * @param on the date
   * @return true from {@link #reachedOn(LocalDate)} on
   */
  public boolean isReachedOn(LocalDate birthDate, LocalDate on) {
    Objects.requireNonNull(on, "on");
    return !on.isBefore(reachedOn(birthDate));
  }

  /**
   * The last day of the window this age names (§1, [C] JXCDC): for N months, the day before the
   * child turns N+1 months; for N years (no months, no days), the day before N+1 years; for an age
   * with days, or birth, the same day.
   *
   * @param birthDate the date of birth
   * @return the last day at which the child is still "this age"
   */
  public LocalDate windowEnd(LocalDate birthDate) {
    return nextUnit().reachedOn(birthDate).minusDays(1);
  }

  /** This age plus one of its smallest unit: 8 months → 9 months; 6 years → 7 years; birth → 1 day. */
  ProgrammeAge nextUnit() {
    if (period.getDays() > 0 || isBirth()) {
      return of(period.getYears(), period.getMonths(), period.getDays() + 1);
    }
    if (period.getMonths() > 0) {
      return of(period.getYears(), period.getMonths() + 1, 0);
    }
    return of(period.getYears() + 1, 0, 0);
  }

  /** @return true for age zero (birth) */
  public boolean isBirth() {
    return period.isZero();
  }

  /** @return the age as a period */
  public Period toPeriod() {
    return period;
  }

  /**
   * Compares by the day the age is reached by a child born on a fixed reference date (2000-01-31, a
   * month end in a leap year), so 12 months and 1 year are equal in order.
   */
  @Override
  public int compareTo(ProgrammeAge other) {
    LocalDate reference = LocalDate.of(2000, 1, 31);
    return reachedOn(reference).compareTo(other.reachedOn(reference));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProgrammeAge a && period.equals(a.period);
  }

  @Override
  public int hashCode() {
    return period.hashCode();
  }

  /** @return the ISO-8601 period, for example {@code P8M} */
  @JsonValue
  @Override
  public String toString() {
    return period.toString();
  }
}
