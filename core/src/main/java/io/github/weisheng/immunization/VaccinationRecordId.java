package io.github.weisheng.immunization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The id of one {@link VaccinationRecord}, free of personal data: a host's id or a generated UUID.
 *
 * <p>Rule, reported under the field {@code vaccinationRecordId}: {@code vaccinationRecordId.format}.
 *
 * @since 0.1.0
 */
public final class VaccinationRecordId implements Comparable<VaccinationRecordId> {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final String value;

  private VaccinationRecordId(String value) {
    this.value = value;
  }

  /**
   * Returns an id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code vaccinationRecordId.format} for another shape
   */
  @JsonCreator
  public static VaccinationRecordId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    if (!FORM.matcher(value).matches()) {
      throw RuleViolationException.of("vaccinationRecordId", "vaccinationRecordId.format");
    }
    return new VaccinationRecordId(value);
  }

  /** @return a new random id (a UUID) */
  public static VaccinationRecordId random() {
    return new VaccinationRecordId(UUID.randomUUID().toString());
  }

  /** @return the id's text */
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public int compareTo(VaccinationRecordId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VaccinationRecordId i && value.equals(i.value);
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
