package io.github.weisheng.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One broken rule: the dotted path of the field ({@code resident.citizenId}), the rule's id
 * ({@code citizenId.checkCharacter}) and the rule's non-personal arguments (limits, lengths,
 * dates of rules — never the offending value).
 *
 * @since 0.1.0
 */
public final class RuleViolation {
  private static final Pattern PATH = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\[\\d+])?(\\.[A-Za-z][A-Za-z0-9]*(\\[\\d+])?)*");

  private final String field;
  private final String rule;
  private final List<Object> arguments;

  private RuleViolation(String field, String rule, List<Object> arguments) {
    this.field = field;
    this.rule = rule;
    this.arguments = arguments;
  }

  /**
   * Returns a violation.
   *
   * @param field the dotted field path, for example {@code household.members[2].from}
   * @param rule the rule id, a key of the message bundles
   * @param arguments the rule's arguments, never the offending value
   * @return the violation
   */
  public static RuleViolation of(String field, String rule, Object... arguments) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
    if (!PATH.matcher(field).matches()) {
      throw new IllegalArgumentException("field must be a dotted path");
    }
    return new RuleViolation(field, rule, List.of(arguments));
  }

  /**
   * Returns the same violation under a parent path, as when a nested value's rule is reported
   * for the document that holds it ({@code citizenId} → {@code resident.citizenId}).
   *
   * @param parent the parent path
   * @return the violation with the longer path
   */
  public RuleViolation under(String parent) {
    return of(parent + "." + field, rule, arguments.toArray());
  }

  /** @return the dotted field path */
  public String field() {
    return field;
  }

  /** @return the rule id */
  public String rule() {
    return rule;
  }

  /** @return the rule's arguments */
  public List<Object> arguments() {
    return arguments;
  }

  /**
   * Returns the message: the field path, then the rule's text in one language.
   *
   * @param locale Chinese for {@code zh}, English otherwise
   * @return the message
   */
  public String message(Locale locale) {
    return field + ": " + Messages.format(rule, arguments, locale);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleViolation v
        && field.equals(v.field)
        && rule.equals(v.rule)
        && arguments.equals(v.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, rule, arguments);
  }

  @Override
  public String toString() {
    return field + " [" + rule + "]";
  }
}
