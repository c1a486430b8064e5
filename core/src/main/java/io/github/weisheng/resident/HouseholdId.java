package io.github.weisheng.resident;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.weisheng.TokenId;
import io.github.weisheng.validation.RuleViolationException;
import java.util.UUID;

/**
 * The registry's own id of a household (户), free of personal data: a host's id or a generated
 * UUID. Never an address or a householder's name.
 *
 * <p>Rule, reported under the field {@code householdId}: {@code householdId.format}.
 *
 * @since 0.1.0
 */
public final class HouseholdId extends TokenId<HouseholdId> {
  private HouseholdId(String value) {
    super(value);
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
    return new HouseholdId(requireToken(text, "householdId"));
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static HouseholdId random() {
    return new HouseholdId(UUID.randomUUID().toString());
  }
}
