package io.github.weisheng;

import io.github.weisheng.spi.access.Action;
import io.github.weisheng.validation.WeishengException;
import java.util.Locale;
import java.util.Objects;

/**
 * The access policy refused a request. Nothing was read or written; the denial was audited.
 *
 * @since 0.1.0
 */
public class AccessDeniedException extends WeishengException {
  private static final long serialVersionUID = 1L;

  private final Action action;
  private final String kind;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param action the refused action
   * @param kind the record kind
   * @param rule the policy's deciding rule
   */
  public AccessDeniedException(Action action, String kind, String rule) {
    super(null);
    this.action = Objects.requireNonNull(action, "action");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /** @return the refused action */
  public Action action() {
    return action;
  }

  /** @return the record kind */
  public String kind() {
    return kind;
  }

  /** @return the policy's deciding rule */
  public String rule() {
    return rule;
  }

  @Override
  public String getMessage(Locale locale) {
    return "zh".equals(locale.getLanguage())
        ? "无权对 " + kind + " 执行 " + action + " 操作（规则 " + rule + "）"
        : action + " on " + kind + " denied (rule " + rule + ")";
  }
}
