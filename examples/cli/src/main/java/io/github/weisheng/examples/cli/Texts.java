package io.github.weisheng.examples.cli;

import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.validation.RuleViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rule texts in both languages, from core's message bundles through the public API
 * ({@link RuleViolation#message(Locale)} and {@link AppliedRule#message(Locale)}), and their JSON form.
 */
final class Texts {
  private static final String FIELD = "x";

  private Texts() {}

  /** The text of a rule id from core's bundles (any package), with its arguments. */
  static String rule(String rule, List<?> arguments, Locale locale) {
    String message = RuleViolation.of(FIELD, rule, arguments.toArray()).message(locale);
    return message.substring(FIELD.length() + 2);
  }

  static String rule(String rule, Lang lang) {
    return rule(rule, List.of(), lang.locale());
  }

  /** {@code {"en": …, "zh": …}}. */
  static Map<String, String> both(String rule, List<?> arguments) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("en", rule(rule, arguments, Locale.ENGLISH));
    m.put("zh", rule(rule, arguments, Locale.SIMPLIFIED_CHINESE));
    return m;
  }

  /** An applied rule as JSON: id, arguments, text in both languages. */
  static Map<String, Object> json(AppliedRule rule) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", rule.rule());
    m.put("arguments", rule.arguments());
    Map<String, String> text = new LinkedHashMap<>();
    text.put("en", rule.message(Locale.ENGLISH));
    text.put("zh", rule.message(Locale.SIMPLIFIED_CHINESE));
    m.put("message", text);
    return m;
  }

  /** A broken rule as JSON: field, rule, text in both languages (never the value). */
  static Map<String, Object> json(RuleViolation v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("field", v.field());
    m.put("rule", v.rule());
    m.put("message", both(v.rule(), v.arguments()));
    return m;
  }

  static List<Map<String, Object>> jsonRules(List<AppliedRule> rules) {
    return rules.stream().map(Texts::json).toList();
  }

  /** One human line of an applied rule: {@code   · text [rule.id]}. */
  static String line(AppliedRule rule, Lang lang) {
    return "  · " + rule.message(lang.locale()) + " [" + rule.rule() + "]";
  }
}
