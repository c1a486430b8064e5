package io.github.weisheng.immunization;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.weisheng.TokenId;
import io.github.weisheng.validation.RuleViolationException;
import java.util.UUID;

/**
 * The id of one {@link VaccinationRecord}, free of personal data: a host's id or a generated UUID.
 *
 * <p>Rule, reported under the field {@code vaccinationRecordId}: {@code vaccinationRecordId.format}.
 *
 * @since 0.1.0
 */
public final class VaccinationRecordId extends TokenId<VaccinationRecordId> {
  private VaccinationRecordId(String value) {
    super(value);
  }

  /**
   * Returns an id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code vaccinationRecordId.format} when the text has another shape
   */
  @JsonCreator
  public static VaccinationRecordId parse(CharSequence text) {
    return new VaccinationRecordId(requireToken(text, "vaccinationRecordId"));
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static VaccinationRecordId random() {
    return new VaccinationRecordId(UUID.randomUUID().toString());
  }
}
