package io.github.weisheng.sanitation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The id of a sanitation {@link Activity} (爱国卫生活动), free of personal data: a host's id or a generated UUID.
 *
 * <p>Rule, reported under the field {@code activityId}: {@code activityId.format}.
 *
 * @since 0.1.0
 */
public final class ActivityId implements Comparable<ActivityId> {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final String value;

  private ActivityId(String value) {
    this.value = value;
  }

  /**
   * Returns an id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code activityId.format} when the text has another shape
   */
  @JsonCreator
  public static ActivityId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    if (!FORM.matcher(value).matches()) {
      throw RuleViolationException.of("activityId", "activityId.format");
    }
    return new ActivityId(value);
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static ActivityId random() {
    return new ActivityId(UUID.randomUUID().toString());
  }

  /** @return the id's text */
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ActivityId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ActivityId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the id: it is not personal data. */
  @Override
  public String toString() {
    return value;
  }
}
