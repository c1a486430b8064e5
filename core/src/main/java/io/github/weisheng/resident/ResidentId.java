package io.github.weisheng.resident;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.weisheng.TokenId;
import io.github.weisheng.validation.RuleViolationException;
import java.util.UUID;

/**
 * The registry's own id of a resident (居民), stable for life and free of personal data: a host's
 * patient index id or a generated UUID. Never a name or an ID number.
 *
 * <p>Rule, reported under the field {@code residentId}: {@code residentId.format}.
 *
 * @since 0.1.0
 */
public final class ResidentId extends TokenId<ResidentId> {
  private ResidentId(String value) {
    super(value);
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
    return new ResidentId(requireToken(text, "residentId"));
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static ResidentId random() {
    return new ResidentId(UUID.randomUUID().toString());
  }
}
