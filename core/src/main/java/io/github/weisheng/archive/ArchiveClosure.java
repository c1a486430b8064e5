package io.github.weisheng.archive;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The closure of an archive (终止/注销): reason, date and the circumstances the rules ask for —
 * death: the cause of death; transfer out: the destination and the handover record; loss to
 * follow-up and the other reasons: a note saying why (domain reference §1.3 [C]). Use the
 * factories; each checks what its reason requires ({@code archive.closure.*} rules).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableArchiveClosure.class)
@JsonDeserialize(as = ImmutableArchiveClosure.class)
public abstract class ArchiveClosure {
  private static final int MAX_TEXT = 200;

  ArchiveClosure() {}

  /** @return the reason (注销原因) */
  public abstract ClosureReason reason();

  /** @return the date of death, of moving out, of the loss, or of the cancellation */
  public abstract LocalDate on();

  /** @return the cause of death (死亡原因), for {@link ClosureReason#DEATH} */
  @Value.Redacted
  public abstract Optional<String> causeOfDeath();

  /** @return where the resident moved and which institution took the archive (迁往地/接收机构) */
  @Value.Redacted
  public abstract Optional<String> destination();

  /** @return the handover record (交接记录), for {@link ClosureReason#TRANSFER_OUT} */
  public abstract Optional<String> handover();

  /** @return why, for the other reasons */
  @Value.Redacted
  public abstract Optional<String> note();

  /**
   * Closure by death.
   *
   * @param on the date of death
   * @param cause the cause of death
   * @return the closure
   */
  public static ArchiveClosure death(LocalDate on, String cause) {
    return ImmutableArchiveClosure.builder().reason(ClosureReason.DEATH).on(on).causeOfDeath(cause).build();
  }

  /**
   * Closure by moving out.
   *
   * @param on the date of moving out
   * @param destination where to and the receiving institution
   * @param handover the handover record (who received the archive, how)
   * @return the closure
   */
  public static ArchiveClosure transferOut(LocalDate on, String destination, String handover) {
    return ImmutableArchiveClosure.builder()
        .reason(ClosureReason.TRANSFER_OUT).on(on).destination(destination).handover(handover).build();
  }

  /**
   * Closure by loss to follow-up.
   *
   * @param on the date the loss was established
   * @param why why the resident cannot be reached
   * @return the closure
   */
  public static ArchiveClosure lostToFollowUp(LocalDate on, String why) {
    return ImmutableArchiveClosure.builder().reason(ClosureReason.LOST_TO_FOLLOW_UP).on(on).note(why).build();
  }

  /**
   * Cancellation (注销) for a reason other than death, moving out or loss.
   *
   * @param reason {@link ClosureReason#REFUSED}, {@link ClosureReason#VOID} or {@link ClosureReason#OTHER}
   * @param on the date
   * @param why the explanation
   * @return the closure
   */
  public static ArchiveClosure cancellation(ClosureReason reason, LocalDate on, String why) {
    return ImmutableArchiveClosure.builder().reason(reason).on(on).note(why).build();
  }

  /** @return the archive status this closure gives */
  public ArchiveStatus status() {
    return reason().status();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    switch (reason()) {
      case DEATH -> v.require(causeOfDeath().isPresent(), "closure.causeOfDeath", "archive.closure.causeRequired");
      case TRANSFER_OUT -> {
        v.require(destination().isPresent(), "closure.destination", "archive.closure.destinationRequired");
        v.require(handover().isPresent(), "closure.handover", "archive.closure.handoverRequired");
      }
      default -> v.require(note().isPresent(), "closure.note", "archive.closure.noteRequired");
    }
    text(v, causeOfDeath(), "closure.causeOfDeath");
    text(v, destination(), "closure.destination");
    text(v, handover(), "closure.handover");
    text(v, note(), "closure.note");
    v.throwIfAny();
  }

  private static void text(Violations v, Optional<String> value, String field) {
    value.ifPresent(t -> v.require(!t.isBlank() && t.length() <= MAX_TEXT, field, "form.text", MAX_TEXT));
  }
}
