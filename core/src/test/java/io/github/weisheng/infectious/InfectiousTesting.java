package io.github.weisheng.infectious;

import io.github.weisheng.archive.ArchiveNumber;
import java.time.LocalDate;

/**
 * Test support of the infectious package: fixtures and dates. The JSON and rule checks are
 * {@link io.github.weisheng.testing.Checks}.
 */
final class InfectiousTesting {
  static final ArchiveNumber ARCHIVE = ArchiveNumber.parse("11010500100100001");

  private InfectiousTesting() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static java.time.LocalDateTime t(String iso) {
    return java.time.LocalDateTime.parse(iso);
  }

  /** A confirmed case's card with no disease and no diagnosis time yet. */
  static CaseReport.Builder card() {
    return CaseReport.builder().id(CaseReportId.parse("case-1")).archive(ARCHIVE)
        .classification(CaseClassification.CONFIRMED);
  }

  /** A confirmed case of a disease diagnosed on 2026-06-01 at 09:00, not yet reported. */
  static CaseReport.Builder of(String disease) {
    return card().disease(disease).diagnosedAt(t("2026-06-01T09:00"));
  }

  /** A confirmed hand, foot and mouth case diagnosed on 2026-06-01 at 09:00, not yet reported. */
  static CaseReport.Builder hfmd() {
    return of("HAND_FOOT_MOUTH");
  }

}
