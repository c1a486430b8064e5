package io.github.weisheng.resident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The registry's own id of a household (户), free of personal data: a host's id or a generated
 * UUID. Never an address or a householder's name.
 *
 * @since 0.1.0
 */
public final class HouseholdId implements Comparable<HouseholdId> {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final String value;

  private HouseholdId(String value) {
    this.value = value;
  }

  /**
   * Returns a household id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code householdId.format} when the text has another shape
   */
  @JsonCreator
  public static HouseholdId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    if (!FORM.matcher(value).matches()) {
      throw RuleViolationException.of("householdId", "householdId.format");
    }
    return new HouseholdId(value);
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static HouseholdId random() {
    return new HouseholdId(UUID.randomUUID().toString());
  }

  /** @return the id's text */
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public int compareTo(HouseholdId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HouseholdId other && value.equals(other.value);
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
