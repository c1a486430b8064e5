package io.github.weisheng.population;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A service due within a number of hours of an event, in local time: the first home visit to a
 * tuberculosis patient within 72 hours of the notification (首次入户随访, §6.5 [C]). A visit exactly
 * 72 hours after the notification is on time; one a minute later is late; one before the
 * notification does not count. Rule {@code serviceDeadline.hours} (field {@code
 * serviceDeadline.hours}): at least 1. JSON: {@code {"from":"2026-03-01T09:00","hours":72}}.
 *
 * @since 0.1.0
 */
public final class ServiceDeadline {
  private final LocalDateTime from;
  private final int hours;

  private ServiceDeadline(LocalDateTime from, int hours) {
    this.from = from;
    this.hours = hours;
  }

  /**
   * Returns a deadline.
   *
   * @param from the event (the notification time)
   * @param hours the hours allowed, at least 1
   * @return the deadline
   */
  @JsonCreator
  public static ServiceDeadline within(@JsonProperty("from") LocalDateTime from, @JsonProperty("hours") int hours) {
    Objects.requireNonNull(from, "from");
    if (hours < 1) {
      throw RuleViolationException.of("serviceDeadline.hours", "serviceDeadline.hours", 1);
    }
    return new ServiceDeadline(from, hours);
  }

  /** @return the event the hours count from */
  @JsonProperty("from")
  public LocalDateTime from() {
    return from;
  }

  /** @return the hours allowed */
  @JsonProperty("hours")
  public int hours() {
    return hours;
  }

  /** @return the last moment that counts: {@code from + hours} */
  public LocalDateTime deadline() {
    return from.plusHours(hours);
  }

  /**
   * Tells whether a service at a moment meets the deadline.
   *
   * @param at when the service was given
   * @return true when from ≤ at ≤ deadline
   */
  public boolean isMetBy(LocalDateTime at) {
    Objects.requireNonNull(at, "at");
    return !at.isBefore(from) && !at.isAfter(deadline());
  }

  /**
   * Returns where a moment falls.
   *
   * @param at the moment
   * @return before the event, inside, or after the deadline
   */
  public WindowStatus status(LocalDateTime at) {
    Objects.requireNonNull(at, "at");
    if (at.isBefore(from)) {
      return WindowStatus.NOT_YET_OPEN;
    }
    return at.isAfter(deadline()) ? WindowStatus.CLOSED : WindowStatus.OPEN;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ServiceDeadline d && from.equals(d.from) && hours == d.hours;
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, hours);
  }

  /** Returns {@code 2026-03-01T09:00 + 72 h}. */
  @Override
  public String toString() {
    return from + " + " + hours + " h";
  }
}
