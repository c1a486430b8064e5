package io.github.weisheng.infectious;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The id of one {@link CaseReport} (传染病报告卡), free of personal data: a host's id or a generated UUID.
 * Rule {@code caseReportId.format} (field {@code caseReportId}): 1–64 characters of {@code
 * [A-Za-z0-9._-]}.
 *
 * @since 0.1.0
 */
public final class CaseReportId implements Comparable<CaseReportId> {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final String value;

  private CaseReportId(String value) {
    this.value = value;
  }

  /**
   * Returns an id from its text.
   *
   * @param text 1–64 characters of {@code [A-Za-z0-9._-]}
   * @return the id
   */
  @JsonCreator
  public static CaseReportId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    if (!FORM.matcher(value).matches()) {
      throw RuleViolationException.of("caseReportId", "caseReportId.format");
    }
    return new CaseReportId(value);
  }

  /** @return a new random id (a UUID) */
  public static CaseReportId random() {
    return new CaseReportId(UUID.randomUUID().toString());
  }

  /** @return the id's text */
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public int compareTo(CaseReportId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CaseReportId i && value.equals(i.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
