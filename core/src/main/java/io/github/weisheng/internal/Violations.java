package io.github.weisheng.internal;

import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every broken rule of a document, then throws them together: a whole document reports
 * all its failures at once.
 */
public final class Violations {
  private final List<RuleViolation> found = new ArrayList<>();

  /**
   * Records a violation when {@code ok} is false.
   *
   * @param ok whether the rule holds
   * @param field the dotted field path
   * @param rule the rule id
   * @param arguments the rule's arguments, never the offending value
   * @return this
   */
  public Violations require(boolean ok, String field, String rule, Object... arguments) {
    if (!ok) {
      found.add(RuleViolation.of(field, rule, arguments));
    }
    return this;
  }

  /**
   * Records the violations of a nested check under a parent path.
   *
   * @param parent the parent path
   * @param check the nested check, which may throw {@link RuleViolationException}
   * @return this
   */
  public Violations nested(String parent, Runnable check) {
    try {
      check.run();
    } catch (RuleViolationException e) {
      found.addAll(e.under(parent).violations());
    }
    return this;
  }

  /** @return true when no rule is broken so far */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws every violation found, if any. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new RuleViolationException(found);
    }
  }
}
