package io.github.weisheng;

import io.github.weisheng.validation.WeishengException;
import java.util.Locale;
import java.util.Objects;

/**
 * Someone else changed the record since it was read: the amendment was based on version {@link
 * #expectedVersion()} but the record is at {@link #actualVersion()}. Nothing was written; re-read,
 * re-apply the change and retry.
 *
 * @since 0.1.0
 */
public class StaleRecordException extends WeishengException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param kind the record kind
   * @param id the record id (never personal data)
   * @param expectedVersion the version the change was based on
   * @param actualVersion the current version
   * @param cause the store's exception
   */
  public StaleRecordException(
      String kind, String id, long expectedVersion, long actualVersion, Throwable cause) {
    super(cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.id = Objects.requireNonNull(id, "id");
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** @return the record kind */
  public String kind() {
    return kind;
  }

  /** @return the record id */
  public String id() {
    return id;
  }

  /** @return the version the change was based on */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** @return the current version */
  public long actualVersion() {
    return actualVersion;
  }

  @Override
  public String getMessage(Locale locale) {
    return "zh".equals(locale.getLanguage())
        ? kind + "/" + id + " 已被他人修改：修改基于 v" + expectedVersion + "，当前为 v" + actualVersion + "，请重新读取后再改"
        : kind + "/" + id + " was changed by someone else: the change was based on v" + expectedVersion
            + " but the record is at v" + actualVersion + "; re-read and retry";
  }
}
