package io.github.weisheng.population;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.weisheng.TokenId;
import io.github.weisheng.validation.RuleViolationException;
import java.util.UUID;

/**
 * The id of one {@link PopulationCase}, free of personal data: a host's id or a generated UUID.
 * Rule {@code populationCaseId.format} (field {@code populationCaseId}): 1–64 characters of {@code
 * [A-Za-z0-9._-]}.
 *
 * @since 0.1.0
 */
public final class PopulationCaseId extends TokenId<PopulationCaseId> {
  private PopulationCaseId(String value) {
    super(value);
  }

  /**
   * Returns an id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code populationCaseId.format} when the text has another shape
   */
  @JsonCreator
  public static PopulationCaseId parse(CharSequence text) {
    return new PopulationCaseId(requireToken(text, "populationCaseId"));
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static PopulationCaseId random() {
    return new PopulationCaseId(UUID.randomUUID().toString());
  }
}
