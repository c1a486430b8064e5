package io.github.weisheng.chronic;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.weisheng.TokenId;
import io.github.weisheng.validation.RuleViolationException;
import java.util.UUID;

/**
 * The id of one recorded {@link FollowUpVisit} (随访记录编号), free of personal data: a host's id or a
 * generated UUID. An amendment keeps the id and adds a version.
 *
 * <p>Rule, reported under the field {@code followUpVisitId}: {@code followUpVisitId.format}.
 *
 * @since 0.1.0
 */
public final class FollowUpVisitId extends TokenId<FollowUpVisitId> {
  private FollowUpVisitId(String value) {
    super(value);
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
    return new FollowUpVisitId(requireToken(text, "followUpVisitId"));
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static FollowUpVisitId random() {
    return new FollowUpVisitId(UUID.randomUUID().toString());
  }
}
