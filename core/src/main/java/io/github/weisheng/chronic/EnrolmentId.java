package io.github.weisheng.chronic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The id of one {@link Enrolment} of a patient in a chronic-disease programme, free of personal
 * data: a host's id or a generated UUID. A re-enrolment gets a new id.
 *
 * <p>Rule, reported under the field {@code enrolmentId}: {@code enrolmentId.format}.
 *
 * @since 0.1.0
 */
public final class EnrolmentId implements Comparable<EnrolmentId> {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final String value;

  private EnrolmentId(String value) {
    this.value = value;
  }

  /**
   * Returns an enrolment id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code enrolmentId.format} when the text has another shape
   */
  @JsonCreator
  public static EnrolmentId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    if (!FORM.matcher(value).matches()) {
      throw RuleViolationException.of("enrolmentId", "enrolmentId.format");
    }
    return new EnrolmentId(value);
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static EnrolmentId random() {
    return new EnrolmentId(UUID.randomUUID().toString());
  }

  /** @return the id's text */
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public int compareTo(EnrolmentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EnrolmentId other && value.equals(other.value);
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
