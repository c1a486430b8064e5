package io.github.weisheng.immunization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dose of one vaccine series of one child against a reporting period [from, to] (某疫苗某剂次的应种、
 * 实种、及时接种): the reporting issue counts these into 某疫苗接种率 and 及时接种率 (§2 [C] KPI; the
 * timeliness formula is the reference's suggestion [U]). Definitions, all days inclusive:
 *
 * <ul>
 *   <li><b>due on</b>: the day the child reaches the dose's recommended age by the edition of the
 *       series in force that day; a dose whose day under the old edition falls after the edition
 *       ended is due by the next edition, on its age or — if the child is already past it — on the
 *       day the edition came into force (the 2025 DTaP transition: the remaining doses at the new
 *       ages, §1 "Changes" [U]). The series of the schedule's first effective date (the 2021 edition)
 *       also give the ages of doses due before it; a series added later (HPV from 2025-11-10) makes
 *       doses due no earlier than the day it came into force. A dose with a recommended interval
 *       (JE-I dose 2, HPV dose 2) is due no earlier than that interval after the previous dose's day.
 *   <li><b>due in the period</b> (应种): due on a day from {@code from} to {@code to} (the KPI's
 *       "children due in the year", §2 [C] KPI).
 *   <li><b>received</b> (实种): due in the period and the child's valid dose of that number (judged on
 *       {@code to} by {@link ImmunizationForecaster}) is dated on or before {@code to} — in the period
 *       or, when given early, before it. A received dose is always due, so received ≤ due holds for
 *       every aggregate.
 *   <li><b>given in the period</b>: a valid dose of that number is dated in the period, due in the
 *       period or not (catch-up of doses due earlier; the reporting issue may count 人次 with it).
 *   <li><b>timely</b> (及时接种): received before the "complete before" age of the dose, or of the first
 *       later dose of the series that has one, else before the series' maximum age (§1 table [C]
 *       CCW; §2 [U] suggested formula), unless the HepB birth dose: before {@link
 *       CoverageRules#hepBBirthDoseBefore()} (within 24 hours, [S] HBVK). A timely dose is always
 *       received.
 * </ul>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDoseCoverage.class)
@JsonDeserialize(as = ImmutableDoseCoverage.class)
public abstract class DoseCoverage {
  DoseCoverage() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the group, for example {@code MMR} */
  public abstract String group();

  /** @return the series (edition and path) the dose is due by, for example {@code DTP-2025} */
  public abstract String seriesId();

  /** @return the dose number (剂次) */
  public abstract int doseNumber();

  /** @return the day the dose is due (health data: printed as {@code ***}) */
  @Value.Redacted
  public abstract LocalDate dueOn();

  /** @return true when due in the period (应种) */
  public abstract boolean dueInPeriod();

  /** @return true when due in the period and received by its end (实种) */
  public abstract boolean received();

  /** @return the date of the valid dose of this number, if given by the period's end (printed as {@code ***}) */
  @Value.Redacted
  public abstract Optional<LocalDate> receivedOn();

  /** @return true when the valid dose of this number is dated in the period */
  public abstract boolean givenInPeriod();

  /** @return true when received before the timeliness age (及时) */
  public abstract boolean timely();

  /** @return the age before which the dose is timely, for example {@code P12M} */
  public abstract ProgrammeAge timelyBefore();

  /** @return why the dose is not received or not timely; empty when timely or not due */
  public abstract List<CoverageReason> reasons();

  @Value.Check
  void check() {
    if (received() && !dueInPeriod()) {
      throw new IllegalArgumentException("a received dose is due in the period / 实种剂次须为应种剂次");
    }
    if (timely() && !received()) {
      throw new IllegalArgumentException("a timely dose is received / 及时接种剂次须已接种");
    }
    if (received() && receivedOn().isEmpty()) {
      throw new IllegalArgumentException("a received dose has a date / 已接种剂次须有接种日期");
    }
  }

  /** Builds {@link DoseCoverage}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableDoseCoverage.Builder {
    Builder() {}
  }
}
