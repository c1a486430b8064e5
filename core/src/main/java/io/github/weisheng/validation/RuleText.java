package io.github.weisheng.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The text of a rule in the reader's language, from the same English and Chinese message bundles
 * as {@link RuleViolation}: for rules that explain a decision (why a follow-up is due, why a patient
 * is referred) rather than reject input. A rule's arguments are limits and intervals, never
 * personal data.
 *
 * @since 0.1.0
 */
public final class RuleText {
  private RuleText() {}

  /**
   * Returns a rule's text.
   *
   * @param rule the rule id, a key of the message bundles
   * @param arguments the rule's arguments ({@link java.text.MessageFormat} {@code {0}}, {@code {1}} …)
   * @param locale Chinese for {@code zh}, English otherwise
   * @return the text; the rule id itself (with the arguments) when no bundle holds it
   */
  public static String format(String rule, List<?> arguments, Locale locale) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(arguments, "arguments");
    Objects.requireNonNull(locale, "locale");
    return Messages.format(rule, arguments, locale);
  }

  /**
   * Tells whether both bundles hold a rule.
   *
   * @param rule the rule id
   * @return true when an English and a Chinese text exist
   */
  public static boolean exists(String rule) {
    Objects.requireNonNull(rule, "rule");
    return Messages.has(rule);
  }
}
