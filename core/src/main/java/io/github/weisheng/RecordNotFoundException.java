package io.github.weisheng;

import io.github.weisheng.validation.WeishengException;
import java.util.Locale;
import java.util.Objects;

/**
 * The record named by a command does not exist. Nothing was written.
 *
 * @since 0.1.0
 */
public class RecordNotFoundException extends WeishengException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  /**
   * Creates the exception.
   *
   * @param kind the record kind
   * @param id the record id (never personal data)
   */
  public RecordNotFoundException(String kind, String id) {
    super(null);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.id = Objects.requireNonNull(id, "id");
  }

  /** @return the record kind */
  public String kind() {
    return kind;
  }

  /** @return the record id */
  public String id() {
    return id;
  }

  @Override
  public String getMessage(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? "记录不存在：" + kind + "/" + id : "no such record: " + kind + "/" + id;
  }
}
