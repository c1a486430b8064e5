package io.github.weisheng.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.math.BigDecimal;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test support of the education package: rule assertions and JSON. */
final class EducationTesting {
  static final JsonCodec JSON = JsonCodec.create();

  private EducationTesting() {}

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  /** Writes a value as JSON and reads it back as {@code type}. */
  static <T> T roundTrip(T value, Class<T> type) {
    return JSON.read(JSON.write(value), type);
  }

  /**
   * Asserts that the call breaks exactly these rules, in this order ({@code "field [rule]"}), and
   * that every message resolves in English and Chinese.
   */
  static RuleViolationException assertRules(ThrowingCallable call, String... expected) {
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class, call);
    assertThat(e).as("expected a RuleViolationException").isNotNull();
    assertThat(e.violations()).extracting(RuleViolation::toString).containsExactly(expected);
    for (RuleViolation v : e.violations()) {
      String prefix = v.field() + ": ";
      assertThat(v.message(Locale.ENGLISH)).startsWith(prefix);
      assertThat(v.message(Locale.CHINESE)).startsWith(prefix);
      assertThat(v.message(Locale.ENGLISH).substring(prefix.length())).doesNotContain(v.rule()).doesNotContain("{");
      assertThat(v.message(Locale.CHINESE).substring(prefix.length()))
          .doesNotContain(v.rule()).containsPattern("\\p{IsHan}");
    }
    return e;
  }
}
