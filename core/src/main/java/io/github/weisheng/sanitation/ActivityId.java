package io.github.weisheng.sanitation;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.weisheng.TokenId;
import io.github.weisheng.validation.RuleViolationException;
import java.util.UUID;

/**
 * The id of a sanitation {@link Activity} (爱国卫生活动), free of personal data: a host's id or a generated UUID.
 *
 * <p>Rule, reported under the field {@code activityId}: {@code activityId.format}.
 *
 * @since 0.1.0
 */
public final class ActivityId extends TokenId<ActivityId> {
  private ActivityId(String value) {
    super(value);
  }

  /**
   * Returns an id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code activityId.format} when the text has another shape
   */
  @JsonCreator
  public static ActivityId parse(CharSequence text) {
    return new ActivityId(requireToken(text, "activityId"));
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static ActivityId random() {
    return new ActivityId(UUID.randomUUID().toString());
  }
}
