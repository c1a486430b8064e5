package io.github.weisheng.chronic;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of the follow-up worklist (随访工作清单), for one enrolment on one date; {@link
 * FollowUpService#worklist} applies them to every patient of a team or area. Only active
 * hypertension and type 2 diabetes enrolments that began on or before the date are listed.
 *
 * <p><b>Follow-up</b> (at most one row). The schedule counts from the last face-to-face follow-up
 * on or before the date (phone follow-ups do not reset it: §3 "face-to-face" [C]): the due date is
 * the next visit that follow-up's assessment set ({@link VisitAssessment#nextVisit()} — routine or
 * sooner), with the tolerance windows of its tier's {@link FollowUpCadence}. A patient not yet seen
 * face to face counts from the enrolment date with {@link ChronicCarePolicy#firstVisitCadence()}
 * [U]. With L the last face-to-face follow-up (or the enrolment), N the due date and the early and
 * late windows E and T, on the date D, the first that holds:
 *
 * <ol>
 *   <li>{@link WorklistReason#LOST_TO_FOLLOW_UP} ({@code worklist.lostToFollowUp}, argument: the
 *       days): D − L &gt; {@link ChronicCarePolicy#lostToFollowUpDays()} (180 [U]);
 *   <li>{@link WorklistReason#OVERDUE} ({@code worklist.overdue}, argument: T): D &gt; N + T;
 *   <li>{@link WorklistReason#DUE} ({@code worklist.due}, arguments: E, T): D ≥ N − E, but never
 *       before the day after L (a 14-day review with a 14-day early window opens the next day).
 * </ol>
 *
 * <p><b>Health check</b> (健康体检, once a year, §3 "Annual health check" [C]): {@link
 * WorklistReason#HEALTH_CHECK_DUE} ({@code worklist.healthCheckDue}, argument: the months of {@link
 * ChronicCarePolicy#healthCheckEvery()}) when the archive has no {@link
 * io.github.weisheng.archive.ServiceType#HEALTH_CHECK} service record in the period ending on D;
 * due on the last check plus the period, or on the enrolment date when there was none.
 *
 * @since 0.1.0
 */
public final class WorklistRules {
  private final ChronicCarePolicy policy;

  private WorklistRules(ChronicCarePolicy policy) {
    this.policy = policy;
  }

  /**
   * Returns the rules of a policy.
   *
   * @param policy the tables
   * @return the rules
   */
  public static WorklistRules of(ChronicCarePolicy policy) {
    return new WorklistRules(Objects.requireNonNull(policy, "policy"));
  }

  /** @return the tables */
  public ChronicCarePolicy policy() {
    return policy;
  }

  /**
   * Tells whether an enrolment is on worklists on a date: active, hypertension or type 2 diabetes,
   * enrolled on or before the date.
   *
   * @param enrolment the enrolment
   * @param asOf the date
   * @return true when it is listed
   */
  public boolean lists(Enrolment enrolment, LocalDate asOf) {
    ChronicCondition c = enrolment.condition();
    return enrolment.isActive() && !enrolment.enrolledOn().isAfter(asOf)
        && (c == ChronicCondition.HYPERTENSION || c == ChronicCondition.TYPE_2_DIABETES);
  }

  /**
   * Returns the follow-up row of an enrolment, if it is due, overdue or lost to follow-up.
   *
   * @param enrolment the enrolment
   * @param lastFaceToFace its last face-to-face follow-up on or before {@code asOf}, if any
   * @param asOf the date
   * @return the row, or empty
   */
  public Optional<WorklistEntry> followUp(Enrolment enrolment, Optional<FollowUpVisit> lastFaceToFace, LocalDate asOf) {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(lastFaceToFace, "lastFaceToFace");
    Objects.requireNonNull(asOf, "asOf");
    if (!lists(enrolment, asOf)) {
      return Optional.empty();
    }
    LocalDate from = lastFaceToFace.map(FollowUpVisit::visitDate).orElse(enrolment.enrolledOn());
    FollowUpCadence cadence = lastFaceToFace.map(FollowUpVisit::cadence).orElse(policy.firstVisitCadence());
    LocalDate due = lastFaceToFace.map(FollowUpVisit::nextVisit).orElse(cadence.nextDue(from));
    Optional<LocalDate> last = lastFaceToFace.map(FollowUpVisit::visitDate);
    if (asOf.isAfter(from.plusDays(policy.lostToFollowUpDays()))) {
      return Optional.of(WorklistEntry.of(enrolment, WorklistReason.LOST_TO_FOLLOW_UP,
          AppliedRule.of(WorklistReason.LOST_TO_FOLLOW_UP.rule(), policy.lostToFollowUpDays()), last, due));
    }
    if (asOf.isAfter(due.plusDays(cadence.lateDays()))) {
      return Optional.of(WorklistEntry.of(enrolment, WorklistReason.OVERDUE,
          AppliedRule.of(WorklistReason.OVERDUE.rule(), cadence.lateDays()), last, due));
    }
    LocalDate opens = due.minusDays(cadence.earlyDays());
    if (!opens.isAfter(from)) {
      opens = from.plusDays(1);
    }
    if (!asOf.isBefore(opens)) {
      return Optional.of(WorklistEntry.of(enrolment, WorklistReason.DUE,
          AppliedRule.of(WorklistReason.DUE.rule(), cadence.earlyDays(), cadence.lateDays()), last, due));
    }
    return Optional.empty();
  }

  /**
   * Returns the health-check row of an enrolment, if a check is due.
   *
   * @param enrolment the enrolment
   * @param lastCheck the archive's last health check on or before {@code asOf}, if any
   * @param asOf the date
   * @return the row, or empty
   */
  public Optional<WorklistEntry> healthCheck(Enrolment enrolment, Optional<LocalDate> lastCheck, LocalDate asOf) {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(lastCheck, "lastCheck");
    Objects.requireNonNull(asOf, "asOf");
    if (!lists(enrolment, asOf)) {
      return Optional.empty();
    }
    LocalDate due = lastCheck.map(d -> d.plus(policy.healthCheckEvery())).orElse(enrolment.enrolledOn());
    if (due.isAfter(asOf)) {
      return Optional.empty();
    }
    return Optional.of(WorklistEntry.of(enrolment, WorklistReason.HEALTH_CHECK_DUE,
        AppliedRule.of(WorklistReason.HEALTH_CHECK_DUE.rule(), policy.healthCheckEvery().toTotalMonths()),
        lastCheck, due));
  }

  @Override
  public String toString() {
    return "WorklistRules[" + policy.targets().name() + "]";
  }
}
