package io.github.weisheng.spi.storage;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * One version of a record as the store holds it.
 *
 * @param key the record
 * @param version the version, 1 for the first
 * @param scope the owning org-unit scope
 * @param body the body
 * @param index the secondary index entries of this version
 * @param recordedAt when this version was committed (the commit's {@code at})
 * @param recordedBy who committed it
 * @param reason why
 * @since 0.1.0
 */
public record StoredRecord(
    RecordKey key,
    long version,
    String scope,
    byte[] body,
    Set<IndexEntry> index,
    Instant recordedAt,
    String recordedBy,
    String reason) {

  /** Checks every part and takes defensive copies. */
  public StoredRecord {
    Objects.requireNonNull(key, "key");
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1 / 版本号须 >= 1");
    }
    Identifiers.token(scope, "scope");
    body = Objects.requireNonNull(body, "body").clone();
    index = Set.copyOf(Objects.requireNonNull(index, "index"));
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns the version a commit's write produces.
   *
   * @param write the write
   * @param commit the commit it belongs to
   * @return the stored version
   */
  public static StoredRecord of(RecordWrite write, Commit commit) {
    return new StoredRecord(
        write.key(),
        write.expectedVersion() + 1,
        write.scope(),
        write.body(),
        write.index(),
        commit.at(),
        commit.author(),
        commit.reason());
  }

  /** Returns a copy of the body. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredRecord r
        && key.equals(r.key)
        && version == r.version
        && scope.equals(r.scope)
        && Arrays.equals(body, r.body)
        && index.equals(r.index)
        && recordedAt.equals(r.recordedAt)
        && recordedBy.equals(r.recordedBy)
        && reason.equals(r.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, version, scope, Arrays.hashCode(body), index, recordedAt, recordedBy, reason);
  }

  @Override
  public String toString() {
    return "StoredRecord[" + key + " v" + version + ", scope " + scope + ", " + body.length
        + " bytes, at " + recordedAt + " by " + recordedBy + "]";
  }
}
