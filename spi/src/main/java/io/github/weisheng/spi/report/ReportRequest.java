package io.github.weisheng.spi.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a report covers, as a {@link ReportContributor} is asked: the period, the org-unit scopes
 * (code prefixes, as {@code Principal} scopes are) and the language.
 *
 * @param from the first day
 * @param to the last day, inclusive
 * @param scopes the org-unit code prefixes the report is about
 * @param locale the language of the report
 * @since 0.1.0
 */
public record ReportRequest(LocalDate from, LocalDate to, Set<String> scopes, Locale locale) {

  /** Checks the period runs forwards and copies the scopes. */
  public ReportRequest {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(locale, "locale");
    scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes"));
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("reportRequest.to must not be before from / 截止日期不能早于起始日期");
    }
  }
}
