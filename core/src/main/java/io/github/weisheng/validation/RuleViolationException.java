package io.github.weisheng.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Input broke one or more of Weisheng's rules. Every broken rule of the document is reported at
 * once, and nothing was written.
 *
 * @since 0.1.0
 */
public class RuleViolationException extends WeishengException {
  private static final long serialVersionUID = 1L;

  private final transient List<RuleViolation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the broken rules, at least one
   */
  public RuleViolationException(List<RuleViolation> violations) {
    super(null);
    this.violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
    if (this.violations.isEmpty()) {
      throw new IllegalArgumentException("violations must not be empty");
    }
  }

  /**
   * Creates the exception for a single broken rule.
   *
   * @param field the dotted field path
   * @param rule the rule id
   * @param arguments the rule's arguments, never the offending value
   * @return the exception
   */
  public static RuleViolationException of(String field, String rule, Object... arguments) {
    return new RuleViolationException(List.of(RuleViolation.of(field, rule, arguments)));
  }

  /** @return the broken rules, in the order they were found */
  public List<RuleViolation> violations() {
    return violations;
  }

  /**
   * Tells whether a given rule was broken (any field).
   *
   * @param rule the rule id
   * @return true when it was
   */
  public boolean violates(String rule) {
    return violations.stream().anyMatch(v -> v.rule().equals(rule));
  }

  /**
   * Returns the same violations under a parent path.
   *
   * @param parent the parent path
   * @return a new exception
   */
  public RuleViolationException under(String parent) {
    return new RuleViolationException(
        violations.stream().map(v -> v.under(parent)).collect(Collectors.toList()));
  }

  @Override
  public String getMessage(Locale locale) {
    return violations.stream().map(v -> v.message(locale)).collect(Collectors.joining("; "));
  }
}
