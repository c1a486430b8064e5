package io.github.weisheng.population;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The dates within which a service counts as given on time (服务时限): it {@link #opens()} on the
 * first day it may be given, is {@link #due()} on its target day, and {@link #closes()} on the last
 * day that still counts; later it is overdue (逾期). Both ends are inclusive. Computed from an anchor
 * — a birth, a delivery or a discharge date, or the last menstrual period — by the factories:
 *
 * <ul>
 *   <li>{@link #daysAfter}: "within 7 days of discharge" (出院后7日内, §6.1 and §6.2 [C]) is {@code
 *       daysAfter(discharge, 0, 0, 7)}: a visit on day 7 is on time, one on day 8 is late;
 *   <li>{@link #atAgeInMonths}: a check at an age in months (3月龄 …), with early and late days;
 *   <li>{@link #gestationalWeeks}: weeks of pregnancy counted from the LMP (孕周): weeks 16–20 run
 *       from 16 weeks + 0 days to 20 weeks + 6 days; "before week 13" (孕13周前, §6.2 [C]) is {@code
 *       gestationalWeeks(lmp, 0, 12)}, which closes on day 90 (12 weeks + 6 days); day 91 (13 + 0)
 *       is late.
 * </ul>
 *
 * <p>Rule {@code serviceWindow.order} (field {@code serviceWindow}): opens ≤ due ≤ closes. JSON:
 * {@code {"opens":"2026-01-01","due":"2026-01-01","closes":"2026-01-08"}}.
 *
 * @since 0.1.0
 */
public final class ServiceWindow {
  private final LocalDate opens;
  private final LocalDate due;
  private final LocalDate closes;

  private ServiceWindow(LocalDate opens, LocalDate due, LocalDate closes) {
    this.opens = opens;
    this.due = due;
    this.closes = closes;
  }

  /**
   * Returns a window.
   *
   * @param opens the first day the service counts
   * @param due the target day
   * @param closes the last day the service counts
   * @return the window
   * @throws RuleViolationException {@code serviceWindow.order} unless opens ≤ due ≤ closes
   */
  @JsonCreator
  public static ServiceWindow of(
      @JsonProperty("opens") LocalDate opens, @JsonProperty("due") LocalDate due,
      @JsonProperty("closes") LocalDate closes) {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(closes, "closes");
    if (due.isBefore(opens) || closes.isBefore(due)) {
      throw RuleViolationException.of("serviceWindow", "serviceWindow.order");
    }
    return new ServiceWindow(opens, due, closes);
  }

  /**
   * Returns a window counted in days after an anchor (day 0 is the anchor itself).
   *
   * @param anchor the discharge, delivery or birth date
   * @param firstDay the first day that counts
   * @param dueDay the target day
   * @param lastDay the last day that counts
   * @return the window
   * @throws RuleViolationException {@code serviceWindow.order} unless firstDay ≤ dueDay ≤ lastDay
   */
  public static ServiceWindow daysAfter(LocalDate anchor, int firstDay, int dueDay, int lastDay) {
    Objects.requireNonNull(anchor, "anchor");
    return of(anchor.plusDays(firstDay), anchor.plusDays(dueDay), anchor.plusDays(lastDay));
  }

  /**
   * Returns the window of a check at an age in months: due on the day the child reaches the age
   * ({@code birth.plusMonths(months)}: born on 31 January, one month old on 28 or 29 February).
   *
   * @param birth the birth date
   * @param months the age in months, at least 0
   * @param earlyDays days before the due date that still count, at least 0
   * @param lateDays days after the due date that still count, at least 0
   * @return the window
   * @throws RuleViolationException {@code serviceWindow.order} for a negative argument
   */
  public static ServiceWindow atAgeInMonths(LocalDate birth, int months, int earlyDays, int lateDays) {
    Objects.requireNonNull(birth, "birth");
    if (months < 0 || earlyDays < 0 || lateDays < 0) {
      throw RuleViolationException.of("serviceWindow", "serviceWindow.order");
    }
    LocalDate due = birth.plusMonths(months);
    return of(due.minusDays(earlyDays), due, due.plusDays(lateDays));
  }

  /**
   * Returns the window of gestational weeks {@code fromWeek} to {@code toWeek}, both whole weeks
   * included, counted from the last menstrual period (末次月经): opens on day {@code 7 × fromWeek},
   * closes on day {@code 7 × (toWeek + 1) − 1}; due when it opens.
   *
   * @param lmp the first day of the last menstrual period
   * @param fromWeek the first week, at least 0
   * @param toWeek the last week, at least {@code fromWeek}
   * @return the window
   * @throws RuleViolationException {@code serviceWindow.order} for a negative or reversed range
   */
  public static ServiceWindow gestationalWeeks(LocalDate lmp, int fromWeek, int toWeek) {
    Objects.requireNonNull(lmp, "lmp");
    if (fromWeek < 0 || toWeek < fromWeek) {
      throw RuleViolationException.of("serviceWindow", "serviceWindow.order");
    }
    LocalDate opens = lmp.plusDays(7L * fromWeek);
    return of(opens, opens, lmp.plusDays(7L * (toWeek + 1) - 1));
  }

  /** @return the first day the service counts */
  @JsonProperty("opens")
  public LocalDate opens() {
    return opens;
  }

  /** @return the target day */
  @JsonProperty("due")
  public LocalDate due() {
    return due;
  }

  /** @return the last day the service counts */
  @JsonProperty("closes")
  public LocalDate closes() {
    return closes;
  }

  /**
   * Tells whether a service on a date counts (on time).
   *
   * @param date the service date
   * @return true when opens ≤ date ≤ closes
   */
  public boolean contains(LocalDate date) {
    return status(date) == WindowStatus.OPEN;
  }

  /**
   * Returns where a date falls.
   *
   * @param date the date
   * @return before, inside or after the window
   */
  public WindowStatus status(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(opens)) {
      return WindowStatus.NOT_YET_OPEN;
    }
    return date.isAfter(closes) ? WindowStatus.CLOSED : WindowStatus.OPEN;
  }

  /**
   * Returns the days a date lies after the window closed.
   *
   * @param date the date
   * @return the days after {@link #closes()}, 0 when not after it
   */
  public long daysLate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return Math.max(0, ChronoUnit.DAYS.between(closes, date));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ServiceWindow w && opens.equals(w.opens) && due.equals(w.due) && closes.equals(w.closes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(opens, due, closes);
  }

  /** Returns {@code [2026-01-01 .. 2026-01-08], due 2026-01-01}. */
  @Override
  public String toString() {
    return "[" + opens + " .. " + closes + "], due " + due;
  }
}
