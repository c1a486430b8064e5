package io.github.weisheng.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The id of an org unit (机构标识) — a {@link HealthCentre}, {@link HealthStation} or {@link Team}
 * — as the host names it in its {@link ServiceNetwork}: a short token of 1–64 characters from
 * {@code [A-Za-z0-9._-]}, for example {@code chaoyang-csc} or {@code 110105.team-3}. One id names
 * one unit across all three kinds.
 *
 * <p>Rule, reported under the field {@code orgUnitId}: {@code orgUnitId.format}.
 *
 * @since 0.1.0
 */
public final class OrgUnitId implements Comparable<OrgUnitId> {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final String value;

  private OrgUnitId(String value) {
    this.value = value;
  }

  /**
   * Returns the id of a token.
   *
   * @param value the token
   * @return the id
   * @throws RuleViolationException {@code orgUnitId.format} when the token has the wrong shape
   */
  public static OrgUnitId of(String value) {
    return parse(value);
  }

  /**
   * Parses an id.
   *
   * @param text the token
   * @return the id
   * @throws RuleViolationException {@code orgUnitId.format} when the token has the wrong shape
   */
  public static OrgUnitId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (!TOKEN.matcher(text).matches()) {
      throw RuleViolationException.of("orgUnitId", "orgUnitId.format");
    }
    return new OrgUnitId(text.toString());
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static OrgUnitId fromJson(String value) {
    return parse(value);
  }

  /**
   * Returns the token.
   *
   * @return the token
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Orders ids by their tokens.
   *
   * @param other another id
   * @return the comparison of the tokens
   */
  @Override
  public int compareTo(OrgUnitId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OrgUnitId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the token: an org unit's id is not personal data. */
  @Override
  public String toString() {
    return value;
  }
}
