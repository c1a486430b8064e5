package io.github.weisheng.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.weisheng.TokenId;
import io.github.weisheng.validation.RuleViolationException;

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
public final class OrgUnitId extends TokenId<OrgUnitId> {
  private OrgUnitId(String value) {
    super(value);
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
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code orgUnitId.format} when the text has another shape
   */
  @JsonCreator
  public static OrgUnitId parse(CharSequence text) {
    return new OrgUnitId(requireToken(text, "orgUnitId"));
  }
}
