package io.github.weisheng.spi.tck;

import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A tiny, single-threaded, obviously correct reading of the {@code RecordStore} contract, against
 * which the model-based property compares a real store. It is not a store (no streams, no
 * concurrency) and is not part of the public API.
 */
final class ReferenceStore {
  private final Map<RecordKey, List<StoredRecord>> histories = new TreeMap<>();

  /** The current version of a record, 0 when absent. */
  long currentVersion(RecordKey key) {
    List<StoredRecord> history = histories.get(key);
    return history == null ? 0 : history.size();
  }

  Optional<StoredRecord> read(RecordKey key) {
    List<StoredRecord> history = histories.get(key);
    return history == null ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  Optional<StoredRecord> read(RecordKey key, long version) {
    List<StoredRecord> history = histories.getOrDefault(key, List.of());
    return version >= 1 && version <= history.size()
        ? Optional.of(history.get((int) version - 1))
        : Optional.empty();
  }

  List<StoredRecord> history(RecordKey key) {
    return List.copyOf(histories.getOrDefault(key, List.of()));
  }

  /**
   * Applies a commit when every write expects the current version (clause 1), else nothing
   * (clause 2).
   *
   * @return the stale writes, in commit order; empty when the commit was applied
   */
  List<RecordWrite> commit(Commit commit) {
    List<RecordWrite> stale = new ArrayList<>();
    for (RecordWrite write : commit.writes()) {
      if (write.expectedVersion() != currentVersion(write.key())) {
        stale.add(write);
      }
    }
    if (stale.isEmpty()) {
      for (RecordWrite write : commit.writes()) {
        histories.computeIfAbsent(write.key(), k -> new ArrayList<>()).add(StoredRecord.of(write, commit));
      }
    }
    return stale;
  }

  /** Current versions of a kind passing the filter, in id order (clauses 5 and 6). */
  List<StoredRecord> scan(String kind, ScopeFilter scope) {
    List<StoredRecord> found = new ArrayList<>();
    for (List<StoredRecord> history : histories.values()) {
      StoredRecord current = history.get(history.size() - 1);
      if (current.key().kind().equals(kind) && scope.matches(current.scope())) {
        found.add(current);
      }
    }
    return found;
  }

  /** Current versions matching a query, once per matching value, by value then id (clause 4). */
  List<StoredRecord> find(IndexQuery query, ScopeFilter scope) {
    record Hit(String value, StoredRecord record) {}
    List<Hit> hits = new ArrayList<>();
    for (StoredRecord current : scan(query.kind(), scope)) {
      for (IndexEntry entry : current.index()) {
        if (entry.name().equals(query.index()) && query.matches(entry.value())) {
          hits.add(new Hit(entry.value(), current));
        }
      }
    }
    hits.sort(
        Comparator.comparing(Hit::value).thenComparing(hit -> hit.record().key().id()));
    return hits.stream().map(Hit::record).toList();
  }

  /** Every key the model holds, in key order. */
  List<RecordKey> keys() {
    return List.copyOf(histories.keySet());
  }
}
