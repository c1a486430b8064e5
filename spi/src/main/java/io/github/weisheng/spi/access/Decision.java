package io.github.weisheng.spi.access;

import java.util.Objects;

/**
 * An access policy's answer, with the rule that produced it (for the audit trail and for the
 * denial message; it must not contain personal data).
 *
 * @param allowed whether the action may proceed
 * @param rule the id or short description of the deciding rule
 * @since 0.1.0
 */
public record Decision(boolean allowed, String rule) {

  /** Checks the rule is given. */
  public Decision {
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * Returns an allowing decision.
   *
   * @param rule the deciding rule
   * @return the decision
   */
  public static Decision allow(String rule) {
    return new Decision(true, rule);
  }

  /**
   * Returns a denying decision.
   *
   * @param rule the deciding rule
   * @return the decision
   */
  public static Decision deny(String rule) {
    return new Decision(false, rule);
  }
}
