package io.github.weisheng.sanitation;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.weisheng.TokenId;
import io.github.weisheng.validation.RuleViolationException;
import java.util.UUID;

/**
 * The id of a {@link FrontageInspection} (门前三包检查), free of personal data: a host's id or a generated UUID.
 *
 * <p>Rule, reported under the field {@code inspectionId}: {@code inspectionId.format}.
 *
 * @since 0.1.0
 */
public final class InspectionId extends TokenId<InspectionId> {
  private InspectionId(String value) {
    super(value);
  }

  /**
   * Returns an id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code inspectionId.format} when the text has another shape
   */
  @JsonCreator
  public static InspectionId parse(CharSequence text) {
    return new InspectionId(requireToken(text, "inspectionId"));
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static InspectionId random() {
    return new InspectionId(UUID.randomUUID().toString());
  }
}
