package io.github.weisheng.chronic;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.org.OrgUnitId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The enrolment of a patient in a chronic-disease programme (纳入慢病管理, 建档): whose archive,
 * which condition, the confirmed diagnosis (an ICD-10 code of that condition), when, which
 * institution diagnosed it (确诊机构), and the family-doctor team responsible (责任团队). Confirmed
 * essential hypertension and type 2 diabetes are enrolled for follow-up (archives-chronic-
 * populations.md §§3–4 [C]); the other {@link ChronicCondition}s are registered the same way.
 *
 * <p>Management ends with a {@link EnrolmentClosure} (结案/终止管理: death, moved out, lost to
 * follow-up, other; §1.3 [S]); a patient who comes back is re-enrolled as a new enrolment that points
 * to the closed one ({@link #previous()}), so the history of both is kept. Every change is a new
 * version in the store (留痕).
 *
 * <p>Rules, each reported with the field path given:
 *
 * <ul>
 *   <li>{@code enrolment.diagnosis}: {@code enrolment.diagnosisOutsideCondition} — the code must be
 *       one of the condition's ({@link ChronicCondition#includes});
 *   <li>{@code enrolment.diagnosingInstitution}: {@code enrolment.text} — 1–200 characters, not
 *       blank;
 *   <li>{@code enrolment.closure.on}: {@code enrolment.closureBeforeEnrolment} — management cannot
 *       end before it began;
 *   <li>{@code enrolment.previous}: {@code enrolment.previousIsSelf} — a re-enrolment points to
 *       another enrolment.
 * </ul>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEnrolment.class)
@JsonDeserialize(as = ImmutableEnrolment.class)
public abstract class Enrolment {
  Enrolment() {}

  /** @return the enrolment's id */
  public abstract EnrolmentId id();

  /** @return the patient's health archive (健康档案编号) */
  public abstract ArchiveNumber archive();

  /** @return the condition managed */
  public abstract ChronicCondition condition();

  /** @return the confirmed diagnosis (诊断, ICD-10) */
  public abstract IcdCode diagnosis();

  /** @return the date management began (纳入管理日期) */
  public abstract LocalDate enrolledOn();

  /** @return the institution that confirmed the diagnosis (确诊机构), as the doctor wrote it */
  public abstract String diagnosingInstitution();

  /** @return the responsible family-doctor team (责任医生团队) */
  public abstract OrgUnitId team();

  /** @return the closed enrolment this one re-enrols, for a patient who came back */
  public abstract Optional<EnrolmentId> previous();

  /** @return the closure, absent while the patient is under management */
  public abstract Optional<EnrolmentClosure> closure();

  /** @return the status, derived from the closure */
  @Value.Derived
  @JsonIgnore
  public EnrolmentStatus status() {
    return closure().isPresent() ? EnrolmentStatus.CLOSED : EnrolmentStatus.ACTIVE;
  }

  /** @return true while the patient is under management */
  public boolean isActive() {
    return closure().isEmpty();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Enrolment}. */
  public static final class Builder extends ImmutableEnrolment.Builder {
    Builder() {}
  }

  /**
   * Returns this enrolment closed.
   *
   * @param closure the closure
   * @return the closed enrolment
   */
  public Enrolment withClosure(EnrolmentClosure closure) {
    return ((ImmutableEnrolment) this).withClosure(closure);
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    ChronicCondition c = condition();
    v.require(c.includes(diagnosis()), "enrolment.diagnosis", "enrolment.diagnosisOutsideCondition",
        c.name(), c.chineseName(), String.join(", ", c.icdRanges()));
    String institution = diagnosingInstitution();
    v.require(!institution.isBlank() && institution.length() <= EnrolmentClosure.MAX_TEXT,
        "enrolment.diagnosingInstitution", "enrolment.text", EnrolmentClosure.MAX_TEXT);
    closure().ifPresent(closed -> v.require(!closed.on().isBefore(enrolledOn()), "enrolment.closure.on",
        "enrolment.closureBeforeEnrolment"));
    previous().ifPresent(p -> v.require(!p.equals(id()), "enrolment.previous", "enrolment.previousIsSelf"));
    v.throwIfAny();
  }
}
