package io.github.weisheng;

import java.time.Instant;
import java.util.Objects;

/**
 * A value as the store holds it: the value, its version (for optimistic concurrency: pass it back
 * when amending), and who recorded that version, when and why (留痕).
 *
 * @param <T> the value type
 * @since 0.1.0
 */
public final class Recorded<T> {
  private final T value;
  private final long version;
  private final Instant recordedAt;
  private final String recordedBy;
  private final String reason;

  private Recorded(T value, long version, Instant recordedAt, String recordedBy, String reason) {
    this.value = Objects.requireNonNull(value, "value");
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1");
    }
    this.version = version;
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns a recorded value.
   *
   * @param value the value
   * @param version its version, 1 for the first
   * @param recordedAt when that version was recorded
   * @param recordedBy who recorded it (a principal id)
   * @param reason why
   * @param <T> the value type
   * @return the recorded value
   */
  public static <T> Recorded<T> of(
      T value, long version, Instant recordedAt, String recordedBy, String reason) {
    return new Recorded<>(value, version, recordedAt, recordedBy, reason);
  }

  /** @return the value */
  public T value() {
    return value;
  }

  /** @return the version, 1 for the first */
  public long version() {
    return version;
  }

  /** @return when this version was recorded */
  public Instant recordedAt() {
    return recordedAt;
  }

  /** @return who recorded it (a principal id) */
  public String recordedBy() {
    return recordedBy;
  }

  /** @return why it was recorded */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Recorded<?> r
        && value.equals(r.value)
        && version == r.version
        && recordedAt.equals(r.recordedAt)
        && recordedBy.equals(r.recordedBy)
        && reason.equals(r.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, version, recordedAt, recordedBy, reason);
  }

  /** Shows the value's own (redacted) {@code toString()}. */
  @Override
  public String toString() {
    return "Recorded[v" + version + " at " + recordedAt + " by " + recordedBy + ": " + value + "]";
  }
}
