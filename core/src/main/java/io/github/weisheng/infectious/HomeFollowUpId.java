package io.github.weisheng.infectious;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.weisheng.TokenId;
import io.github.weisheng.validation.RuleViolationException;
import java.util.UUID;

/**
 * The id of one {@link HomeFollowUp} (上门随访), free of personal data: a host's id or a generated UUID.
 * Rule {@code homeFollowUpId.format} (field {@code homeFollowUpId}): 1–64 characters of {@code
 * [A-Za-z0-9._-]}.
 *
 * @since 0.1.0
 */
public final class HomeFollowUpId extends TokenId<HomeFollowUpId> {
  private HomeFollowUpId(String value) {
    super(value);
  }

  /**
   * Returns an id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code homeFollowUpId.format} when the text has another shape
   */
  @JsonCreator
  public static HomeFollowUpId parse(CharSequence text) {
    return new HomeFollowUpId(requireToken(text, "homeFollowUpId"));
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static HomeFollowUpId random() {
    return new HomeFollowUpId(UUID.randomUUID().toString());
  }
}
