package io.github.weisheng.internal;

import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.StaleVersionException;
import io.github.weisheng.spi.storage.StoredRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Typed access to the record store for one principal: values in and out as JSON, versions as
 * {@link Recorded}, commits stamped with the principal and the clock. A commit made inside a
 * request carries the request's {@code SUCCEEDED} audit event when the gate offers it ({@link
 * Gate#successInCommit}).
 */
public final class Records {
  private final RecordStore store;
  private final JsonCodec json;
  private final Gate gate;

  /**
   * Creates the accessor.
   *
   * @param store the store
   * @param json the codec
   * @param gate the principal's gate (for the author and the clock)
   */
  public Records(RecordStore store, JsonCodec json, Gate gate) {
    this.store = store;
    this.json = json;
    this.gate = gate;
  }

  /** @return the underlying store */
  public RecordStore store() {
    return store;
  }

  /** @return the codec */
  public JsonCodec json() {
    return json;
  }

  /**
   * Reads the current version of a record as a value.
   *
   * @param key the record
   * @param type the value type
   * @param <T> the value type
   * @return the recorded value, or empty
   */
  public <T> Optional<Recorded<T>> read(RecordKey key, Class<T> type) {
    return store.read(key).map(r -> decode(r, type));
  }

  /**
   * Reads every version of a record, oldest first.
   *
   * @param key the record
   * @param type the value type
   * @param <T> the value type
   * @return the versions
   */
  public <T> List<Recorded<T>> history(RecordKey key, Class<T> type) {
    return store.history(key).stream().map(r -> decode(r, type)).collect(Collectors.toList());
  }

  /**
   * Decodes a stored version.
   *
   * @param record the stored version
   * @param type the value type
   * @param <T> the value type
   * @return the recorded value
   */
  public <T> Recorded<T> decode(StoredRecord record, Class<T> type) {
    return Recorded.of(
        json.read(record.body(), type), record.version(), record.recordedAt(), record.recordedBy(), record.reason());
  }

  /**
   * Prepares the write of a value.
   *
   * @param key the record
   * @param expectedVersion the version read, 0 to create
   * @param scope the owning scope
   * @param value the value
   * @param index the index entries
   * @return the write
   */
  public RecordWrite write(RecordKey key, long expectedVersion, String scope, Object value, Set<IndexEntry> index) {
    return new RecordWrite(key, expectedVersion, scope, json.write(value), index);
  }

  /**
   * Commits writes atomically for the principal, now.
   *
   * @param reason why (a rule-like id such as {@code archive.open}, or the caller's reason)
   * @param writes the writes
   * @return the commit time
   * @throws StaleVersionException when a write is stale (callers that retry catch it)
   */
  public Instant commitOrThrowStale(String reason, List<RecordWrite> writes) {
    Instant at = gate.clock().instant();
    Optional<Gate.InCommit> event = gate.successInCommit(store, at);
    List<RecordWrite> all = writes;
    if (event.isPresent()) {
      all = new ArrayList<>(writes);
      all.add(event.get().write());
    }
    store.commit(Commit.of(gate.principal().id(), reason, at, all));
    event.ifPresent(Gate.InCommit::committed);
    return at;
  }

  /**
   * Commits writes atomically, turning a stale version into {@link StaleRecordException}.
   *
   * @param reason why
   * @param writes the writes
   * @return the commit time
   */
  public Instant commit(String reason, List<RecordWrite> writes) {
    try {
      return commitOrThrowStale(reason, writes);
    } catch (StaleVersionException e) {
      throw stale(e);
    }
  }

  /**
   * Translates the store's stale-version exception into Weisheng's.
   *
   * @param e the store's exception
   * @return the typed exception
   */
  public static StaleRecordException stale(StaleVersionException e) {
    return new StaleRecordException(e.key().kind(), e.key().id(), e.expectedVersion(), e.actualVersion(), e);
  }

  /**
   * Returns the principal id that commits.
   *
   * @return the id
   */
  public String author() {
    return gate.principal().id();
  }
}
