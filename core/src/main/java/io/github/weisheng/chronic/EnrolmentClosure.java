package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The closure of an {@link Enrolment} (结案/终止管理): the reason, the date, and a note — required
 * for a loss to follow-up (why the patient cannot be reached) and for other reasons (which one),
 * as the archive's closure asks (archives-chronic-populations.md §1.3 [C]; the programme's own
 * closure with the same reasons [S]). The note is free text and may hold personal details, so
 * {@link #toString()} hides it.
 *
 * <p>Rules: {@code enrolment.closure.noteRequired} (field {@code closure.note}) and {@code
 * enrolment.text} (1–200 characters, not blank).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEnrolmentClosure.class)
@JsonDeserialize(as = ImmutableEnrolmentClosure.class)
public abstract class EnrolmentClosure {
  /** The longest note. */
  static final int MAX_TEXT = 200;

  EnrolmentClosure() {}

  /** @return the reason (终止管理原因) */
  public abstract EnrolmentClosureReason reason();

  /** @return the date of death, of moving out, of the loss, or of the decision to end management */
  public abstract LocalDate on();

  /** @return why or how (说明) */
  @Value.Redacted
  public abstract Optional<String> note();

  /**
   * Closure by death.
   *
   * @param on the date of death
   * @return the closure
   */
  public static EnrolmentClosure death(LocalDate on) {
    return builder().reason(EnrolmentClosureReason.DEATH).on(on).build();
  }

  /**
   * Closure by moving out of the catchment.
   *
   * @param on the date of moving out
   * @return the closure
   */
  public static EnrolmentClosure movedOut(LocalDate on) {
    return builder().reason(EnrolmentClosureReason.MOVED_OUT).on(on).build();
  }

  /**
   * Closure by loss to follow-up.
   *
   * @param on the date the loss was established
   * @param why why the patient cannot be reached
   * @return the closure
   */
  public static EnrolmentClosure lostToFollowUp(LocalDate on, String why) {
    return builder().reason(EnrolmentClosureReason.LOST_TO_FOLLOW_UP).on(on).note(why).build();
  }

  /**
   * Closure for another reason.
   *
   * @param on the date
   * @param why the reason
   * @return the closure
   */
  public static EnrolmentClosure other(LocalDate on, String why) {
    return builder().reason(EnrolmentClosureReason.OTHER).on(on).note(why).build();
  }

  /**
   * Returns a builder, for a closure with a reason given as data (a vendor code) or a note on a
   * death or a move.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EnrolmentClosure}. */
  public static final class Builder extends ImmutableEnrolmentClosure.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    boolean needsNote = reason() == EnrolmentClosureReason.LOST_TO_FOLLOW_UP || reason() == EnrolmentClosureReason.OTHER;
    v.require(!needsNote || note().isPresent(), "closure.note", "enrolment.closure.noteRequired");
    note().ifPresent(t -> v.require(!t.isBlank() && t.length() <= MAX_TEXT, "closure.note", "enrolment.text", MAX_TEXT));
    v.throwIfAny();
  }
}
