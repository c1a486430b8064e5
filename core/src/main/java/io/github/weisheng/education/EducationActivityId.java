package io.github.weisheng.education;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.weisheng.TokenId;
import io.github.weisheng.validation.RuleViolationException;
import java.util.UUID;

/**
 * The id of an {@link EducationActivity} (健康教育活动), free of personal data: a host's id or a generated UUID.
 *
 * <p>Rule, reported under the field {@code educationActivityId}: {@code educationActivityId.format}.
 *
 * @since 0.1.0
 */
public final class EducationActivityId extends TokenId<EducationActivityId> {
  private EducationActivityId(String value) {
    super(value);
  }

  /**
   * Returns an id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code educationActivityId.format} when the text has another shape
   */
  @JsonCreator
  public static EducationActivityId parse(CharSequence text) {
    return new EducationActivityId(requireToken(text, "educationActivityId"));
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static EducationActivityId random() {
    return new EducationActivityId(UUID.randomUUID().toString());
  }
}
