package io.github.weisheng.chronic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The id of one recorded {@link FollowUpVisit} (随访记录编号), free of personal data: a host's id or a
 * generated UUID. An amendment keeps the id and adds a version.
 *
 * <p>Rule, reported under the field {@code followUpVisitId}: {@code followUpVisitId.format}.
 *
 * @since 0.1.0
 */
public final class FollowUpVisitId implements Comparable<FollowUpVisitId> {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final String value;

  private FollowUpVisitId(String value) {
    this.value = value;
  }

  /**
   * Returns a visit id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code followUpVisitId.format} when the text has another shape
   */
  @JsonCreator
  public static FollowUpVisitId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    if (!FORM.matcher(value).matches()) {
      throw RuleViolationException.of("followUpVisitId", "followUpVisitId.format");
    }
    return new FollowUpVisitId(value);
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static FollowUpVisitId random() {
    return new FollowUpVisitId(UUID.randomUUID().toString());
  }

  /** @return the id's text */
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public int compareTo(FollowUpVisitId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FollowUpVisitId other && value.equals(other.value);
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
