package io.github.weisheng.spi.storage;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A versioned record store: the one storage contract a host implements to keep Weisheng's data in
 * its own database.
 *
 * <p>Contract (each clause is checked by the storage TCK, {@code
 * io.github.weisheng.spi.tck.RecordStoreContract} in {@code weisheng-spi-tck}):
 *
 * <ol>
 *   <li><b>Versions.</b> The first version of a record is 1; each commit adds exactly one version
 *       to each record it writes. A write whose expected version is not the current one (0 for an
 *       absent record) fails the whole commit with {@link StaleVersionException}.
 *   <li><b>Atomicity.</b> {@link #commit} applies all its writes or none; a reader never sees part
 *       of a commit.
 *   <li><b>History.</b> Every version is kept with its body, scope, index entries, author, reason
 *       and time; nothing is overwritten or deleted. The time is kept to at least the millisecond
 *       (a store may drop finer digits, as SQL timestamp columns do).
 *   <li><b>Index.</b> Look-ups match the index entries of the <em>current</em> version only.
 *   <li><b>Scans.</b> {@link #scan} returns current versions ordered by id, {@link #find} ordered
 *       by index value then id (ids and values in {@link String#compareTo} order, as {@link
 *       RecordKey#compareTo}, whatever the database's collation); both are lazy, and hold bounded
 *       memory whatever the number of records; the caller closes the stream.
 *   <li><b>Scope.</b> Scans and look-ups return only records whose current scope passes the filter.
 *   <li><b>Isolation.</b> Concurrent commits from many threads are safe; no update is lost.
 *   <li><b>Multi-key reads.</b> {@link #readAll} returns, for each key given, what {@link
 *       #read(RecordKey)} returns, in one call.
 *   <li><b>Index-only reads.</b> {@link #count} counts what {@link #find} streams, and {@link
 *       #findMatches} streams its keys and matched values, in the same order.
 * </ol>
 *
 * @since 0.1.0
 */
public interface RecordStore extends AutoCloseable {

  /**
   * Reads the current version of a record.
   *
   * @param key the record
   * @return the current version, or empty when the record does not exist
   */
  Optional<StoredRecord> read(RecordKey key);

  /**
   * Reads the current versions of several records in one call (批量读取). The default reads them
   * one by one with {@link #read(RecordKey)}; a store that can read them together (one query)
   * overrides it. Like separate reads, it need not show one snapshot: a commit running meanwhile
   * may be seen for some keys and not for others, and a caller that writes based on the result
   * relies on the expected versions, as after separate reads.
   *
   * @param keys the records; duplicates are read once
   * @return the current version of each record that exists, keyed by its key, in the order of
   *     {@code keys}; a key with no record is absent. Unmodifiable.
   * @throws StoreException when the store fails
   * @since 0.1.0
   */
  default Map<RecordKey, StoredRecord> readAll(Collection<RecordKey> keys) {
    Objects.requireNonNull(keys, "keys");
    Map<RecordKey, StoredRecord> found = new LinkedHashMap<>();
    for (RecordKey key : keys) {
      Objects.requireNonNull(key, "key");
      if (!found.containsKey(key)) {
        read(key).ifPresent(record -> found.put(key, record));
      }
    }
    return Collections.unmodifiableMap(found);
  }

  /**
   * Reads one version of a record.
   *
   * @param key the record
   * @param version the version, 1 for the first
   * @return that version, or empty when it does not exist (also for a version below 1)
   */
  Optional<StoredRecord> read(RecordKey key, long version);

  /**
   * Returns every version of a record, oldest first; empty when the record does not exist.
   *
   * @param key the record
   * @return the versions
   */
  List<StoredRecord> history(RecordKey key);

  /**
   * Applies a commit atomically.
   *
   * @param commit the writes with who, when and why
   * @throws StaleVersionException when any write's expected version is not current; nothing is
   *     written. When several writes are stale the exception names one of them (which one is
   *     unspecified).
   * @throws StoreException when the store fails; nothing is written
   */
  void commit(Commit commit);

  /**
   * Streams the current versions of every record of a kind whose scope passes the filter, ordered
   * by id. The stream must be closed.
   *
   * @param kind the record kind
   * @param scope the scope filter
   * @return the records
   */
  Stream<StoredRecord> scan(String kind, ScopeFilter scope);

  /**
   * Streams the current versions of records matching an index query whose scope passes the filter,
   * ordered by index value, then by id (a record with several matching values appears once per
   * value). The stream must be closed.
   *
   * @param query the index look-up
   * @param scope the scope filter
   * @return the records
   */
  Stream<StoredRecord> find(IndexQuery query, ScopeFilter scope);

  /**
   * Counts what {@link #find} streams for the same query and filter (a record once per matching
   * value), without reading the records: a report that needs only the number of matches. A
   * provider that can count where the index lives should; the default streams {@code find} and
   * counts.
   *
   * @param query the index look-up
   * @param scope the scope filter
   * @return the number of matches
   * @throws StoreException when the store fails
   * @since 0.1.0
   */
  default long count(IndexQuery query, ScopeFilter scope) {
    try (Stream<StoredRecord> found = find(query, scope)) {
      return found.count();
    }
  }

  /**
   * Streams what {@link #find} streams for the same query and filter, as the record's key and the
   * matching value only (a record once per matching value, ordered by value, then by id), without
   * reading the records: a report that needs only what the index says. A provider that can read
   * its index without the records should; the default streams {@code find} and, for each record,
   * takes the value its place in that order stands for. The stream must be closed.
   *
   * @param query the index look-up
   * @param scope the scope filter
   * @return the matches
   * @throws StoreException when the store fails
   * @since 0.1.0
   */
  default Stream<IndexMatch> findMatches(IndexQuery query, ScopeFilter scope) {
    Objects.requireNonNull(query, "query");
    Stream<StoredRecord> found = find(query, scope);
    // find lists a record once per matching value, in (value, id) order: each appearance stands for
    // the record's least matching value after the last (value, id) streamed.
    String[] last = {null, null};
    return found.map(r -> {
      String id = r.key().id();
      String value = null;
      for (IndexEntry e : r.index()) {
        if (e.name().equals(query.index()) && query.matches(e.value())
            && (last[0] == null || e.value().compareTo(last[0]) > 0
                || e.value().equals(last[0]) && id.compareTo(last[1]) > 0)
            && (value == null || e.value().compareTo(value) < 0)) {
          value = e.value();
        }
      }
      if (value == null) {
        throw new StoreException("find returned " + r.key() + " out of order / 查找结果顺序有误");
      }
      last[0] = value;
      last[1] = id;
      return new IndexMatch(r.key(), value);
    }).onClose(found::close);
  }

  /**
   * Releases the store's resources; later calls fail with {@link StoreException}. Closing a closed
   * store has no effect (as {@link AutoCloseable} recommends), so a test kit or a container may close
   * it again.
   */
  @Override
  void close();
}
