package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.org.OrgUnitId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a follow-up worklist (随访工作清单): which patient (enrolment and archive), why ({@link
 * #reason()} with its {@link #rule()}), and the dates behind it — the last face-to-face follow-up or
 * health check the row counts from, and the date the visit or check was due. Built by {@link
 * FollowUpService#worklist}; see there for the rules.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorklistEntry.class)
@JsonDeserialize(as = ImmutableWorklistEntry.class)
public abstract class WorklistEntry {
  WorklistEntry() {}

  /** @return the enrolment */
  public abstract EnrolmentId enrolment();

  /** @return the patient's archive */
  public abstract ArchiveNumber archive();

  /** @return the condition */
  public abstract ChronicCondition condition();

  /** @return the responsible team */
  public abstract OrgUnitId team();

  /** @return why the patient is listed */
  public abstract WorklistReason reason();

  /** @return the rule with its limits, for example {@code worklist.overdue[10]} */
  public abstract AppliedRule rule();

  /**
   * The date the row counts from: the last face-to-face follow-up (for follow-up rows) or the last
   * health check (for {@link WorklistReason#HEALTH_CHECK_DUE}); empty when there was none (the
   * enrolment date is then the start).
   *
   * @return the date
   */
  public abstract Optional<LocalDate> lastDone();

  /** @return the date the follow-up or the health check was or is due */
  public abstract LocalDate dueOn();

  /**
   * Returns a row.
   *
   * @param enrolment the enrolment
   * @param reason why
   * @param rule the rule
   * @param lastDone the last follow-up or check, when there was one
   * @param dueOn when it is due
   * @return the row
   */
  public static WorklistEntry of(
      Enrolment enrolment, WorklistReason reason, AppliedRule rule, Optional<LocalDate> lastDone, LocalDate dueOn) {
    return ImmutableWorklistEntry.builder().enrolment(enrolment.id()).archive(enrolment.archive())
        .condition(enrolment.condition()).team(enrolment.team()).reason(reason).rule(rule).lastDone(lastDone)
        .dueOn(dueOn).build();
  }
}
