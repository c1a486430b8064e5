package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rules of tuberculosis patient management (§6.5) with their tables, defaults in {@link
 * #defaults()}: the first home visit within {@link #firstVisitHours()} (72 [C]) of notification,
 * reported to the CDC after {@link #failedAttemptsBeforeReport()} (2 [C]) failed attempts; visits
 * of family-supervised patients every {@link #familyIntensiveDays()} (10 [U]) days in the intensive
 * phase and {@link #familyContinuationDays()} (30 [U], "monthly") in the continuation phase; for
 * medical-worker-supervised patients an assessment every {@link #medicalWorkerDays()} (30 [U]);
 * regular dosing (规则服药) = at least {@link #regularDosingPercent()} (90 [U]) per cent of the
 * regimen's doses.
 *
 * <p>Rules: {@link #due} — {@code tb.firstVisit} (a {@link DueService} due from the notification
 * day to the day of the deadline), {@code tb.reportToCdc} (argument: the attempts) as the reason of
 * a still-due first visit, {@code tb.followUp}; 肺结核患者管理率 (counted when notified in the year):
 * {@code tb.management.met}, {@code tb.firstVisit.late}, {@code tb.firstVisit.missing} (argument:
 * the hours); 规则服药率 (counted when treatment ended in the year): {@code tb.regular.met}, {@code
 * tb.regular.notMet} (arguments: the doses needed, the percentage).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTbPolicy.class)
@JsonDeserialize(as = ImmutableTbPolicy.class)
public abstract class TbPolicy {
  /** The service id of the first home visit. */
  public static final String FIRST_VISIT = "tb.firstVisit";
  /** The service id of a follow-up visit. */
  public static final String FOLLOW_UP = "tb.followUp";
  static final String REPORT = "tb.reportToCdc";
  static final String MANAGED = "tb.management.met";
  static final String LATE = "tb.firstVisit.late";
  static final String MISSING = "tb.firstVisit.missing";
  static final String NOT_NOTIFIED = "tb.notNotifiedInYear";
  static final String REGULAR = "tb.regular.met";
  static final String NOT_REGULAR = "tb.regular.notMet";
  static final String NOT_COMPLETED = "tb.notCompletedInYear";

  TbPolicy() {}

  /** @return the defaults (see the class comment) */
  public static TbPolicy defaults() {
    return builder().firstVisitHours(72).failedAttemptsBeforeReport(2).familyIntensiveDays(10)
        .familyContinuationDays(30).medicalWorkerDays(30).regularDosingPercent(90).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return hours after notification for the first home visit (72 [C]) */
  public abstract int firstVisitHours();

  /** @return failed attempts after which the case is reported to the CDC (2 [C]) */
  public abstract int failedAttemptsBeforeReport();

  /** @return the visit interval of family-supervised patients in the intensive phase (10 [U]) */
  public abstract int familyIntensiveDays();

  /** @return the visit interval of family-supervised patients in the continuation phase (30 [U]) */
  public abstract int familyContinuationDays();

  /** @return the assessment interval of medical-worker-supervised patients (30 [U]) */
  public abstract int medicalWorkerDays();

  /** @return the share of doses that makes dosing regular, per cent (90 [U]) */
  public abstract int regularDosingPercent();

  @Value.Check
  void check() {
    if (firstVisitHours() < 1 || failedAttemptsBeforeReport() < 1 || familyIntensiveDays() < 1
        || familyContinuationDays() < 1 || medicalWorkerDays() < 1 || regularDosingPercent() < 1
        || regularDosingPercent() > 100) {
      throw RuleViolationException.of("tbPolicy", "tb.policy.invalid");
    }
  }

  /**
   * Returns the first home visit's deadline.
   *
   * @param c the case
   * @return notification + {@link #firstVisitHours()}
   */
  public ServiceDeadline firstVisitDeadline(TbCase c) {
    return ServiceDeadline.within(c.notifiedAt(), firstVisitHours());
  }

  /**
   * Returns the visit interval for a phase and supervisor.
   *
   * @param supervisor the supervisor
   * @param phase the phase
   * @return days
   */
  public int intervalDays(TbSupervisor supervisor, TbPhase phase) {
    if (supervisor == TbSupervisor.MEDICAL_WORKER) {
      return medicalWorkerDays();
    }
    return phase == TbPhase.INTENSIVE ? familyIntensiveDays() : familyContinuationDays();
  }

  /**
   * Returns what a patient is due or overdue for on a date: the first home visit until done (with
   * {@code tb.reportToCdc} once the failed attempts reach the limit), then the next follow-up
   * counted from the latest visit at the interval of the phase on that visit; nothing after the
   * end of treatment.
   *
   * @param c the case
   * @param asOf the date
   * @return the due services
   */
  public List<DueService> due(TbCase c, LocalDate asOf) {
    Objects.requireNonNull(c, "c");
    Objects.requireNonNull(asOf, "asOf");
    List<DueService> due = new ArrayList<>();
    if (c.completedOn().filter(d -> !d.isAfter(asOf)).isPresent()) {
      return due;
    }
    Optional<LocalDate> first = c.firstVisitAt().map(t -> t.toLocalDate()).filter(d -> !d.isAfter(asOf));
    if (first.isEmpty()) {
      LocalDate notified = c.notifiedAt().toLocalDate();
      ServiceWindow w = ServiceWindow.of(notified, notified, firstVisitDeadline(c).deadline().toLocalDate());
      DueService.on(PopulationGroup.TUBERCULOSIS, FIRST_VISIT, w, asOf).ifPresent(d -> {
        if (c.failedFirstVisitAttempts() >= failedAttemptsBeforeReport()) {
          due.add(((ImmutableDueService) ImmutableDueService.copyOf(d)).withRule(AppliedRule.of(REPORT, failedAttemptsBeforeReport())));
        } else {
          due.add(d);
        }
      });
      return due;
    }
    LocalDate last = first.get();
    for (LocalDate v : c.visits()) {
      if (v.isAfter(last) && !v.isAfter(asOf)) {
        last = v;
      }
    }
    int days = intervalDays(c.supervisor(), c.phaseOn(last));
    LocalDate next = last.plusDays(days);
    DueService.on(PopulationGroup.TUBERCULOSIS, FOLLOW_UP, ServiceWindow.of(next, next, next), asOf)
        .ifPresent(due::add);
    return due;
  }

  /**
   * Returns a patient's input to 肺结核患者管理率 for a year: counted when notified in the year, met
   * with the first home visit within the deadline ("managed" [U]).
   *
   * @param c the case
   * @param year the calendar year
   * @return the status
   */
  public IndicatorStatus managementStatus(TbCase c, int year) {
    if (c.notifiedAt().getYear() != year) {
      return IndicatorStatus.of(c.archive(), PopulationIndicator.TUBERCULOSIS_MANAGEMENT, year, false, false,
          List.of(AppliedRule.of(NOT_NOTIFIED, year)));
    }
    ServiceDeadline deadline = firstVisitDeadline(c);
    boolean met = c.firstVisitAt().map(deadline::isMetBy).orElse(false);
    String rule = met ? MANAGED : c.firstVisitAt().isPresent() ? LATE : MISSING;
    return IndicatorStatus.of(c.archive(), PopulationIndicator.TUBERCULOSIS_MANAGEMENT, year, true, met,
        List.of(AppliedRule.of(rule, firstVisitHours())));
  }

  /** @return the doses that make a regimen's dosing regular: ⌈doses × percent / 100⌉ */
  int regularDoses(TbRegimen regimen) {
    return (regimen.doses() * regularDosingPercent() + 99) / 100;
  }

  /**
   * Returns a patient's input to 规则服药率 for a year: counted when treatment ended in the year, met
   * when at least {@link #regularDosingPercent()} per cent of the regimen's doses were taken.
   *
   * @param c the case
   * @param year the calendar year
   * @return the status
   */
  public IndicatorStatus regularDosingStatus(TbCase c, int year) {
    if (c.completedOn().map(d -> d.getYear() != year).orElse(true)) {
      return IndicatorStatus.of(c.archive(), PopulationIndicator.TUBERCULOSIS_REGULAR_DOSING, year, false, false,
          List.of(AppliedRule.of(NOT_COMPLETED, year)));
    }
    int needed = regularDoses(c.regimen());
    boolean met = c.doseDates().size() >= needed;
    return IndicatorStatus.of(c.archive(), PopulationIndicator.TUBERCULOSIS_REGULAR_DOSING, year, true, met,
        List.of(AppliedRule.of(met ? REGULAR : NOT_REGULAR, needed, regularDosingPercent())));
  }

  /** Builds {@link TbPolicy}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableTbPolicy.Builder {
    Builder() {}
  }
}
