package io.github.weisheng.sanitation;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.weisheng.TokenId;
import io.github.weisheng.validation.RuleViolationException;
import java.util.UUID;

/**
 * The id of a {@link FrontageUnit} (门前三包责任单位), free of personal data: a host's id or a generated UUID.
 *
 * <p>Rule, reported under the field {@code frontageUnitId}: {@code frontageUnitId.format}.
 *
 * @since 0.1.0
 */
public final class FrontageUnitId extends TokenId<FrontageUnitId> {
  private FrontageUnitId(String value) {
    super(value);
  }

  /**
   * Returns an id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code frontageUnitId.format} when the text has another shape
   */
  @JsonCreator
  public static FrontageUnitId parse(CharSequence text) {
    return new FrontageUnitId(requireToken(text, "frontageUnitId"));
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static FrontageUnitId random() {
    return new FrontageUnitId(UUID.randomUUID().toString());
  }
}
