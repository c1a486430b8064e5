package io.github.weisheng.chronic;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.weisheng.TokenId;
import io.github.weisheng.validation.RuleViolationException;
import java.util.UUID;

/**
 * The id of one {@link Enrolment} of a patient in a chronic-disease programme, free of personal
 * data: a host's id or a generated UUID. A re-enrolment gets a new id.
 *
 * <p>Rule, reported under the field {@code enrolmentId}: {@code enrolmentId.format}.
 *
 * @since 0.1.0
 */
public final class EnrolmentId extends TokenId<EnrolmentId> {
  private EnrolmentId(String value) {
    super(value);
  }

  /**
   * Returns an enrolment id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code enrolmentId.format} when the text has another shape
   */
  @JsonCreator
  public static EnrolmentId parse(CharSequence text) {
    return new EnrolmentId(requireToken(text, "enrolmentId"));
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static EnrolmentId random() {
    return new EnrolmentId(UUID.randomUUID().toString());
  }
}
