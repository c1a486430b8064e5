package io.github.weisheng.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleText;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The checks every core package's tests share: a value's JSON round trip through {@link
 * JsonCodec#create()}, the rules a call breaks (a {@link RuleViolationException}'s violations, each
 * message resolving in both languages), and a decision rule's text resolving. Each package's
 * {@code *Testing} class keeps only its own fixtures and generators.
 */
public final class Checks {
  /** The configured codec the library writes records with. */
  public static final JsonCodec JSON = JsonCodec.create();

  private Checks() {}

  /**
   * Writes a value as JSON, reads it back as the value's own class, and returns what was read.
   *
   * @param value the value
   * @param <T> its type
   * @return the value read back
   */
  @SuppressWarnings("unchecked")
  public static <T> T roundTrip(T value) {
    return (T) JSON.read(JSON.write(value), value.getClass());
  }

  /**
   * Writes a value as JSON, reads it back as {@code type}, and returns what was read.
   *
   * @param value the value
   * @param type the type to read, for example the public abstract type of an Immutables value
   * @param <T> the type
   * @return the value read back
   */
  public static <T> T roundTrip(T value, Class<T> type) {
    return JSON.read(JSON.write(value), type);
  }

  /**
   * Asserts that the call breaks exactly these rules, in this order ({@code "field [rule]"}), and
   * that every message resolves in English and Chinese ({@link #assertResolves(RuleViolationException)}).
   *
   * @param call the call
   * @param expected the violations, {@code "field [rule]"}
   * @return the exception, for further checks
   */
  public static RuleViolationException assertRules(ThrowingCallable call, String... expected) {
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class, call);
    assertThat(e).as("expected a RuleViolationException").isNotNull();
    assertThat(e.violations()).extracting(RuleViolation::toString).containsExactly(expected);
    assertResolves(e);
    return e;
  }

  /**
   * Like {@link #assertRules(ThrowingCallable, String...)}, and asserts that the exception's message
   * does not quote the input (personal data never reaches a message); inputs shorter than four
   * characters are too short to tell.
   *
   * @param input the input the call was given
   * @param call the call
   * @param expected the violations, {@code "field [rule]"}
   * @return the exception, for further checks
   */
  public static RuleViolationException assertRules(String input, ThrowingCallable call, String... expected) {
    RuleViolationException e = assertRules(call, expected);
    if (input.length() >= 4) {
      assertThat(e.getMessage()).doesNotContain(input);
    }
    return e;
  }

  /**
   * Asserts that every violation's message resolves in both languages: it starts with the field path,
   * its text after that neither names the rule id nor keeps a {@code {n}} place, the Chinese text is
   * Chinese, and the two languages differ.
   *
   * @param e the exception
   */
  public static void assertResolves(RuleViolationException e) {
    for (RuleViolation v : e.violations()) {
      String prefix = v.field() + ": ";
      String en = v.message(Locale.ENGLISH);
      String zh = v.message(Locale.CHINESE);
      assertThat(en).startsWith(prefix);
      assertThat(zh).startsWith(prefix);
      assertThat(en.substring(prefix.length())).doesNotContain(v.rule()).doesNotContain("{");
      assertThat(zh.substring(prefix.length())).doesNotContain(v.rule()).doesNotContain("{")
          .containsPattern("\\p{IsHan}");
      assertThat(en).isNotEqualTo(zh);
    }
  }

  /**
   * Asserts that a decision rule's text resolves in both languages, with every argument filled: the
   * bundles hold the rule, neither text is the rule id or keeps a {@code {n}} place, the Chinese
   * text is Chinese and differs from the English, and both show every argument.
   *
   * @param rule the applied rule
   */
  public static void assertResolves(AppliedRule rule) {
    assertThat(RuleText.exists(rule.rule())).as("bundles hold %s", rule.rule()).isTrue();
    String en = rule.message(Locale.ENGLISH);
    String zh = rule.message(Locale.SIMPLIFIED_CHINESE);
    assertThat(en).as(rule.rule()).isNotEqualTo(rule.rule()).doesNotContain("{").isNotEqualTo(zh);
    assertThat(zh).as(rule.rule()).doesNotContain("{").containsPattern("\\p{IsHan}");
    for (String argument : rule.arguments()) {
      assertThat(en).as(rule.rule()).contains(argument);
      assertThat(zh).as(rule.rule()).contains(argument);
    }
  }

  /**
   * Asserts that there are rules and that each resolves ({@link #assertResolves(AppliedRule)}).
   *
   * @param rules the applied rules
   */
  public static void assertAllResolve(List<AppliedRule> rules) {
    assertThat(rules).isNotEmpty();
    rules.forEach(Checks::assertResolves);
  }
}
