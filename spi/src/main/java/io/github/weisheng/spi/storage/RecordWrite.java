package io.github.weisheng.spi.storage;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * One record's new version inside a {@link Commit}.
 *
 * <p>{@code expectedVersion} is the version the writer last read: {@code 0} means "the record must
 * not exist yet" (create). The store writes version {@code expectedVersion + 1}, or rejects the
 * whole commit with {@link StaleVersionException} when the current version differs.
 *
 * @param key the record
 * @param expectedVersion the version the writer read, 0 to create
 * @param scope the owning org-unit scope (an org-unit code such as a 12-digit committee code)
 * @param body the new body (the store keeps its own copy)
 * @param index the secondary index entries of the new version (they replace the old ones)
 * @since 0.1.0
 */
public record RecordWrite(
    RecordKey key, long expectedVersion, String scope, byte[] body, Set<IndexEntry> index) {

  /** Checks every part and takes defensive copies. */
  public RecordWrite {
    Objects.requireNonNull(key, "key");
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must be >= 0 / 期望版本号不能为负");
    }
    Identifiers.token(scope, "scope");
    body = Objects.requireNonNull(body, "body").clone();
    index = Set.copyOf(Objects.requireNonNull(index, "index"));
  }

  /**
   * Returns a write that creates a record (expected version 0).
   *
   * @param key the record
   * @param scope the owning scope
   * @param body the body
   * @param index the index entries
   * @return the write
   */
  public static RecordWrite create(RecordKey key, String scope, byte[] body, Set<IndexEntry> index) {
    return new RecordWrite(key, 0, scope, body, index);
  }

  /**
   * Returns a write that replaces version {@code expectedVersion} of a record.
   *
   * @param key the record
   * @param expectedVersion the version read
   * @param scope the owning scope
   * @param body the body
   * @param index the index entries
   * @return the write
   */
  public static RecordWrite update(
      RecordKey key, long expectedVersion, String scope, byte[] body, Set<IndexEntry> index) {
    if (expectedVersion < 1) {
      throw new IllegalArgumentException("expectedVersion of an update must be >= 1 / 更新的期望版本号须 >= 1");
    }
    return new RecordWrite(key, expectedVersion, scope, body, index);
  }

  /** Returns a copy of the body. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordWrite w
        && key.equals(w.key)
        && expectedVersion == w.expectedVersion
        && scope.equals(w.scope)
        && Arrays.equals(body, w.body)
        && index.equals(w.index);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, expectedVersion, scope, Arrays.hashCode(body), index);
  }

  @Override
  public String toString() {
    return "RecordWrite[" + key + " expects v" + expectedVersion + ", scope " + scope + ", "
        + body.length + " bytes]";
  }
}
