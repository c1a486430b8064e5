package io.github.weisheng.resident;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One term of a resident as head of a household (户主): from the day they became head to the day
 * the next head took over or the household dissolved (exclusive). A household's terms form its
 * head history.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHeadTerm.class)
@JsonDeserialize(as = ImmutableHeadTerm.class)
public abstract class HeadTerm {
  HeadTerm() {}

  /**
   * Builds head terms; every attribute but {@code until} is required, each may be set once.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableHeadTerm.Builder {
    Builder() {}
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an open term (the resident is still head).
   *
   * @param head the head
   * @param from the first day as head
   * @return the term
   */
  public static HeadTerm of(ResidentId head, LocalDate from) {
    return builder().head(head).from(from).build();
  }

  /** @return the head (户主) */
  public abstract ResidentId head();

  /** @return the first day as head */
  public abstract LocalDate from();

  /**
   * Returns the first day the resident is no longer head.
   *
   * @return the end, exclusive; empty while the term runs
   */
  public abstract Optional<LocalDate> until();

  /**
   * Tells whether the term covers a day.
   *
   * @param date the day
   * @return true when {@code from <= date < until}
   */
  public boolean covers(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(from()) && until().map(date::isBefore).orElse(true);
  }

  /** Returns the same term ended on a day (the caller checked the day). */
  final HeadTerm endedOn(LocalDate date) {
    return builder().head(head()).from(from()).until(date).build();
  }

  /**
   * Checks that the term lasts at least one day.
   *
   * @throws RuleViolationException {@code household.period} at {@code headTerm.until}
   */
  @Value.Check
  final void check() {
    if (until().isPresent() && !until().get().isAfter(from())) {
      throw RuleViolationException.of("headTerm.until", "household.period");
    }
  }
}
