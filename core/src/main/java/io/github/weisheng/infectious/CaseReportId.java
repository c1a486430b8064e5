package io.github.weisheng.infectious;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.weisheng.TokenId;
import io.github.weisheng.validation.RuleViolationException;
import java.util.UUID;

/**
 * The id of one {@link CaseReport} (传染病报告卡), free of personal data: a host's id or a generated UUID.
 * Rule {@code caseReportId.format} (field {@code caseReportId}): 1–64 characters of {@code
 * [A-Za-z0-9._-]}.
 *
 * @since 0.1.0
 */
public final class CaseReportId extends TokenId<CaseReportId> {
  private CaseReportId(String value) {
    super(value);
  }

  /**
   * Returns an id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   * @throws RuleViolationException {@code caseReportId.format} when the text has another shape
   */
  @JsonCreator
  public static CaseReportId parse(CharSequence text) {
    return new CaseReportId(requireToken(text, "caseReportId"));
  }

  /**
   * Returns a new random id (a UUID).
   *
   * @return the id
   */
  public static CaseReportId random() {
    return new CaseReportId(UUID.randomUUID().toString());
  }
}
