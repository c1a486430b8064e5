package io.github.weisheng.resident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The registry's own id of a resident (居民), stable for life and free of personal data: a host's
 * patient index id or a generated UUID. Never a name or an ID number.
 *
 * @since 0.1.0
 */
public final class ResidentId implements Comparable<ResidentId> {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final String value;

  private ResidentId(String value) {
    this.value = value;
  }

  /**
   * Returns a resident id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code residentId.format} when the text has another shape
   */
  @JsonCreator
  public static ResidentId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    if (!FORM.matcher(value).matches()) {
      throw RuleViolationException.of("residentId", "residentId.format");
    }
    return new ResidentId(value);
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static ResidentId random() {
    return new ResidentId(UUID.randomUUID().toString());
  }

  /** @return the id's text */
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ResidentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResidentId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
