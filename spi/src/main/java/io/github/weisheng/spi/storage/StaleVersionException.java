package io.github.weisheng.spi.storage;

/**
 * A commit was rejected because a write expected a version that is no longer current (another
 * writer got there first, or a create found the record already present). Nothing of the commit was
 * written; re-read and retry.
 *
 * @since 0.1.0
 */
public class StaleVersionException extends StoreException {
  private static final long serialVersionUID = 1L;

  private final RecordKey key;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param key the record whose version was stale
   * @param expectedVersion the version the writer expected
   * @param actualVersion the current version (0 when the record does not exist)
   */
  public StaleVersionException(RecordKey key, long expectedVersion, long actualVersion) {
    super("stale version of " + key + ": expected v" + expectedVersion + ", found v" + actualVersion
        + " / 记录版本已过期: 期望 v" + expectedVersion + ", 实际 v" + actualVersion);
    this.key = key;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** @return the record whose version was stale */
  public RecordKey key() {
    return key;
  }

  /** @return the version the writer expected */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** @return the current version, 0 when absent */
  public long actualVersion() {
    return actualVersion;
  }
}
