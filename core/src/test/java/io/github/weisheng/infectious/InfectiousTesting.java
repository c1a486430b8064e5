package io.github.weisheng.infectious;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleText;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test support of the infectious package: rule assertions, JSON, dates. */
final class InfectiousTesting {
  static final JsonCodec JSON = JsonCodec.create();
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

  /** Writes a value as JSON, reads it back as {@code type}. */
  static <T> T roundTrip(T value, Class<T> type) {
    return JSON.read(JSON.write(value), type);
  }

  /** Asserts that the call breaks exactly these rules ({@code "field [rule]"}), each resolving in both languages. */
  static RuleViolationException assertRules(ThrowingCallable call, String... expected) {
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class, call);
    assertThat(e).as("expected a RuleViolationException").isNotNull();
    assertThat(e.violations()).extracting(RuleViolation::toString).containsExactly(expected);
    for (RuleViolation v : e.violations()) {
      String prefix = v.field() + ": ";
      assertThat(v.message(Locale.ENGLISH).substring(prefix.length())).doesNotContain(v.rule()).doesNotContain("{");
      assertThat(v.message(Locale.CHINESE).substring(prefix.length()))
          .doesNotContain(v.rule()).containsPattern("\\p{IsHan}");
    }
    return e;
  }

  /** Asserts that a decision rule's text resolves in both languages. */
  static void assertResolves(AppliedRule rule) {
    assertThat(RuleText.exists(rule.rule())).as("bundles hold %s", rule.rule()).isTrue();
    assertThat(rule.message(Locale.ENGLISH)).as(rule.rule()).isNotEqualTo(rule.rule()).doesNotContain("{");
    assertThat(rule.message(Locale.CHINESE)).as(rule.rule()).doesNotContain("{").containsPattern("\\p{IsHan}");
  }
}
