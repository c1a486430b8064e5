package io.github.weisheng.sanitation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A rectification notice (整改通知书) issued after a failed inspection: the day issued, the day the
 * fault must be put right by, and the day it was found put right (closed). Open until closed; the
 * days to close are counted from issue to closure.
 *
 * <p>Rules: {@code rectificationNotice.dueBeforeIssue} (field {@code dueBy}), {@code
 * rectificationNotice.closedBeforeIssue} (field {@code closedOn}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRectificationNotice.class)
@JsonDeserialize(as = ImmutableRectificationNotice.class)
public abstract class RectificationNotice {
  RectificationNotice() {}

  /** @return the day issued */
  public abstract LocalDate issuedOn();

  /** @return the last day to put the fault right (整改期限) */
  public abstract LocalDate dueBy();

  /** @return the day it was found put right (复查合格), absent while open */
  public abstract Optional<LocalDate> closedOn();

  /**
   * Returns an open notice.
   *
   * @param issuedOn the day issued
   * @param dueBy the deadline
   * @return the notice
   */
  public static RectificationNotice issued(LocalDate issuedOn, LocalDate dueBy) {
    return ImmutableRectificationNotice.builder().issuedOn(issuedOn).dueBy(dueBy).build();
  }

  /**
   * Returns this notice closed.
   *
   * @param on the day the fault was found put right
   * @return the closed notice
   */
  public RectificationNotice closed(LocalDate on) {
    Objects.requireNonNull(on, "on");
    return ImmutableRectificationNotice.builder().issuedOn(issuedOn()).dueBy(dueBy()).closedOn(on).build();
  }

  /** @return true until closed */
  @JsonIgnore
  public boolean isOpen() {
    return closedOn().isEmpty();
  }

  /** @return the days from issue to closure, empty while open */
  public OptionalLong daysToClose() {
    return closedOn().map(c -> OptionalLong.of(ChronoUnit.DAYS.between(issuedOn(), c))).orElse(OptionalLong.empty());
  }

  /**
   * Tells whether the notice is past its deadline on a day: open after the due day, or closed after it.
   *
   * @param asOf the day
   * @return true when overdue
   */
  public boolean isOverdue(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return closedOn().map(c -> c.isAfter(dueBy())).orElse(asOf.isAfter(dueBy()));
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.require(!dueBy().isBefore(issuedOn()), "dueBy", "rectificationNotice.dueBeforeIssue");
    closedOn().ifPresent(c -> v.require(!c.isBefore(issuedOn()), "closedOn", "rectificationNotice.closedBeforeIssue"));
    v.throwIfAny();
  }
}
