package io.github.weisheng.chronic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.weisheng.validation.RuleText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A rule that produced a decision (依据): its id, a key of the chronic message bundles, and its
 * arguments — the limits, targets and intervals the rule applied, never a patient's value or any
 * other personal data. {@link #message(Locale)} gives the rule's text in English or Chinese.
 *
 * <p>JSON: {@code {"rule":"followUp.urgent.systolic","arguments":["180"]}}.
 *
 * @since 0.1.0
 */
public final class AppliedRule {
  private final String rule;
  private final List<String> arguments;

  private AppliedRule(String rule, List<String> arguments) {
    this.rule = rule;
    this.arguments = arguments;
  }

  /**
   * Returns an applied rule; each argument is kept as its text ({@link String#valueOf}).
   *
   * @param rule the rule id
   * @param arguments the rule's arguments: limits and intervals, never personal data
   * @return the applied rule
   */
  public static AppliedRule of(String rule, Object... arguments) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(arguments, "arguments");
    return new AppliedRule(rule,
        Arrays.stream(arguments).map(a -> String.valueOf(Objects.requireNonNull(a, "argument")))
            .collect(Collectors.toUnmodifiableList()));
  }

  @JsonCreator
  static AppliedRule fromJson(
      @JsonProperty("rule") String rule, @JsonProperty("arguments") @Nullable List<String> arguments) {
    return of(rule, (arguments == null ? List.<String>of() : arguments).toArray());
  }

  /** @return the rule id, for example {@code followUp.urgent.systolic} */
  @JsonProperty("rule")
  public String rule() {
    return rule;
  }

  /** @return the arguments as text, in the order of the message's {@code {0}}, {@code {1}} … */
  @JsonProperty("arguments")
  public List<String> arguments() {
    return arguments;
  }

  /**
   * Returns the rule's text.
   *
   * @param locale Chinese for {@code zh}, English otherwise
   * @return the text, for example {@code SBP ≥ 180 mmHg: urgent referral}
   */
  public String message(Locale locale) {
    return RuleText.format(rule, arguments, locale);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AppliedRule r && rule.equals(r.rule) && arguments.equals(r.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, arguments);
  }

  /** Returns the id and the arguments, for example {@code followUp.urgent.systolic[180]}. */
  @Override
  public String toString() {
    return rule + arguments;
  }
}
