package io.github.weisheng.sanitation;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.weisheng.TokenId;
import io.github.weisheng.validation.RuleViolationException;
import java.util.UUID;

/**
 * The id of a {@link VectorSurvey} (病媒生物密度调查), free of personal data: a host's id or a generated UUID.
 *
 * <p>Rule, reported under the field {@code surveyId}: {@code surveyId.format}.
 *
 * @since 0.1.0
 */
public final class SurveyId extends TokenId<SurveyId> {
  private SurveyId(String value) {
    super(value);
  }

  /**
   * Returns an id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code surveyId.format} when the text has another shape
   */
  @JsonCreator
  public static SurveyId parse(CharSequence text) {
    return new SurveyId(requireToken(text, "surveyId"));
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static SurveyId random() {
    return new SurveyId(UUID.randomUUID().toString());
  }
}
