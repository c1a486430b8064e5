package io.github.weisheng.store;

import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StaleVersionException;
import io.github.weisheng.spi.storage.StoreException;
import io.github.weisheng.spi.storage.StoredRecord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The built-in in-memory record store (内存存储): every version of every record kept on the heap,
 * for tests, demonstrations and hosts that persist elsewhere. It keeps the whole {@link
 * RecordStore} contract and passes the storage TCK ({@code RecordStoreContract}).
 *
 * <h2>How it works</h2>
 *
 * <ul>
 *   <li><b>Commits</b> run one at a time under one lock: every write's expected version is checked
 *       first, then all writes are applied, then the commit's sequence number is published. A commit
 *       that fails the check changes nothing.
 *   <li><b>Versions</b> of a record form a chain from newest to oldest, each tagged with the sequence
 *       number of the commit that wrote it; nothing is ever removed, so history is complete.
 *   <li><b>Reads never lock.</b> Each read, history, scan or look-up takes the last published
 *       sequence number as its <em>snapshot</em> and ignores versions written after it, so it never
 *       sees part of a commit (clause 2).
 *   <li><b>Index</b>: one sorted map per (kind, index name) from (value, id) to the record, holding
 *       the entries of current versions, so that a range look-up walks only the matching range. An
 *       entry that a commit removes stays until no open look-up may still need it, and a look-up
 *       checks each entry against the record's version in its snapshot.
 * </ul>
 *
 * <h2>Consistency of scans and look-ups</h2>
 *
 * <p>{@link #scan} and {@link #find} return lazy streams over a <em>snapshot</em>: the store as it
 * was when the method was called. Records are read one by one as the stream advances (nothing is
 * copied up front, so memory stays bounded whatever the number of records), but a commit completed
 * after the call is invisible to the stream, as is any part of a commit in progress. Close the
 * stream (or consume it fully): an open look-up stream keeps removed index entries alive. Using a
 * stream after the store is closed fails with {@link StoreException}.
 *
 * <p>Thread-safe. Memory grows with the number of versions; closing the store releases it.
 *
 * @since 0.1.0
 */
public final class InMemoryRecordStore implements RecordStore {
  /** Value of a live index slot; a removed slot holds the sequence number of the commit that removed it. */
  private static final long LIVE = Long.MAX_VALUE;

  /** Serialises commits, and index clean-up with the registration of look-up snapshots. */
  private final ReentrantLock lock = new ReentrantLock();

  /** Records by kind, then by id in {@link String#compareTo} order. */
  private final ConcurrentHashMap<String, ConcurrentSkipListMap<String, Chain>> kinds =
      new ConcurrentHashMap<>();

  /** Index slots by (kind, index name), then by (value, id). */
  private final ConcurrentHashMap<IndexName, ConcurrentSkipListMap<Slot, Long>> indexes =
      new ConcurrentHashMap<>();

  /** Slots removed by a commit, oldest first; guarded by {@link #lock}. */
  private final ArrayDeque<Removal> removals = new ArrayDeque<>();

  /** Snapshots of open look-up streams with their counts; guarded by {@link #lock}. */
  private final TreeMap<Long, Integer> openSnapshots = new TreeMap<>();

  /** Sequence number of the last fully applied commit; 0 before the first. */
  private volatile long published;

  private volatile boolean closed;

  private InMemoryRecordStore() {}

  /**
   * Returns a new, empty store.
   *
   * @return the store
   */
  public static InMemoryRecordStore create() {
    return new InMemoryRecordStore();
  }

  /**
   * Reads the current version of a record.
   *
   * @param key the record
   * @return the current version, or empty when the record does not exist
   * @throws StoreException when the store is closed
   */
  @Override
  public Optional<StoredRecord> read(RecordKey key) {
    Objects.requireNonNull(key, "key");
    long snapshot = snapshot();
    Version version = Version.at(chain(key), snapshot);
    return result(Optional.ofNullable(version == null ? null : version.record));
  }

  /**
   * Reads one version of a record.
   *
   * @param key the record
   * @param version the version, 1 for the first
   * @return that version, or empty when it does not exist (also for a version below 1)
   * @throws StoreException when the store is closed
   */
  @Override
  public Optional<StoredRecord> read(RecordKey key, long version) {
    Objects.requireNonNull(key, "key");
    long snapshot = snapshot();
    Version found = Version.at(chain(key), snapshot);
    while (found != null && found.record.version() > version) {
      found = found.previous;
    }
    return result(
        Optional.ofNullable(found != null && found.record.version() == version ? found.record : null));
  }

  /**
   * Returns every version of a record, oldest first.
   *
   * @param key the record
   * @return the versions, empty when the record does not exist
   * @throws StoreException when the store is closed
   */
  @Override
  public List<StoredRecord> history(RecordKey key) {
    Objects.requireNonNull(key, "key");
    long snapshot = snapshot();
    List<StoredRecord> versions = new ArrayList<>();
    for (Version v = Version.at(chain(key), snapshot); v != null; v = v.previous) {
      versions.add(v.record);
    }
    Collections.reverse(versions);
    return result(List.copyOf(versions));
  }

  /**
   * Applies a commit atomically: checks every write's expected version, then applies them all.
   *
   * @param commit the writes with who, when and why
   * @throws StaleVersionException when a write's expected version is not current (the first such
   *     write in commit order is named); nothing is written
   * @throws StoreException when the store is closed
   */
  @Override
  public void commit(Commit commit) {
    Objects.requireNonNull(commit, "commit");
    lock.lock();
    try {
      checkOpen();
      for (RecordWrite write : commit.writes()) {
        Chain chain = chain(write.key());
        Version head = chain == null ? null : chain.head;
        long current = head == null ? 0 : head.record.version();
        if (current != write.expectedVersion()) {
          throw new StaleVersionException(write.key(), write.expectedVersion(), current);
        }
      }
      long sequence = published + 1;
      for (RecordWrite write : commit.writes()) {
        apply(StoredRecord.of(write, commit), sequence);
      }
      published = sequence;
      purgeRemovedSlots();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Streams the current versions of a kind's records whose scope passes the filter, ordered by id,
   * as of the moment of the call (see the class description).
   *
   * @param kind the record kind
   * @param scope the scope filter
   * @return a lazy stream to close
   * @throws StoreException when the store is closed
   */
  @Override
  public Stream<StoredRecord> scan(String kind, ScopeFilter scope) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(scope, "scope");
    long snapshot = snapshot();
    ConcurrentSkipListMap<String, Chain> records = kinds.get(kind);
    if (records == null) {
      return Stream.empty();
    }
    Iterator<Chain> chains = records.values().iterator();
    return lazy(
        action -> {
          while (chains.hasNext()) {
            checkOpen();
            Version version = Version.at(chains.next(), snapshot);
            if (version != null && scope.matches(version.record.scope())) {
              action.accept(version.record);
              return true;
            }
          }
          return false;
        },
        () -> {});
  }

  /**
   * Streams the current versions of records matching an index query whose scope passes the filter,
   * ordered by index value then id, as of the moment of the call (see the class description).
   *
   * @param query the index look-up
   * @param scope the scope filter
   * @return a lazy stream to close
   * @throws StoreException when the store is closed
   */
  @Override
  public Stream<StoredRecord> find(IndexQuery query, ScopeFilter scope) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(scope, "scope");
    long snapshot = openSnapshot();
    AtomicBoolean released = new AtomicBoolean();
    Runnable release =
        () -> {
          if (released.compareAndSet(false, true)) {
            releaseSnapshot(snapshot);
          }
        };
    ConcurrentSkipListMap<Slot, Long> slots = indexes.get(new IndexName(query.kind(), query.index()));
    ConcurrentSkipListMap<String, Chain> records = kinds.get(query.kind());
    if (slots == null || records == null) {
      release.run();
      return Stream.empty();
    }
    // Slot(value, "") sorts before every slot of that value; value + '\0' is the next value up.
    String upper = query.isExact() ? query.from() + '\0' : query.to().orElseThrow();
    Iterator<Slot> matching =
        slots.subMap(new Slot(query.from(), ""), true, new Slot(upper, ""), false).keySet().iterator();
    return lazy(
        action -> {
          while (matching.hasNext()) {
            checkOpen();
            Slot slot = matching.next();
            Version version = Version.at(records.get(slot.id), snapshot);
            if (version != null
                && has(version.record, query.index(), slot.value)
                && scope.matches(version.record.scope())) {
              action.accept(version.record);
              return true;
            }
          }
          release.run();
          return false;
        },
        release);
  }

  /**
   * Closes the store: later calls, and streams still open, fail with {@link StoreException}; the
   * records are dropped. Closing again has no effect.
   */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      kinds.clear();
      indexes.clear();
      removals.clear();
      openSnapshots.clear();
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- internals

  /**
   * Counts the index slots held, live or kept for open look-ups; for tests of the clean-up.
   *
   * @return the number of slots
   */
  int indexSlots() {
    return indexes.values().stream().mapToInt(Map::size).sum();
  }

  /** Appends a version and moves the record's index slots; caller holds the lock. */
  private void apply(StoredRecord record, long sequence) {
    RecordKey key = record.key();
    Chain chain =
        kinds.computeIfAbsent(key.kind(), k -> new ConcurrentSkipListMap<>())
            .computeIfAbsent(key.id(), id -> new Chain());
    Version previous = chain.head;
    chain.head = new Version(record, sequence, previous);

    for (IndexEntry entry : record.index()) {
      indexes.computeIfAbsent(new IndexName(key.kind(), entry.name()), n -> new ConcurrentSkipListMap<>())
          .put(new Slot(entry.value(), key.id()), LIVE);
    }
    if (previous != null) {
      for (IndexEntry entry : previous.record.index()) {
        if (!record.index().contains(entry)) {
          ConcurrentSkipListMap<Slot, Long> slots = indexes.get(new IndexName(key.kind(), entry.name()));
          Slot slot = new Slot(entry.value(), key.id());
          slots.put(slot, sequence);
          removals.add(new Removal(sequence, slots, slot));
        }
      }
    }
  }

  /**
   * Drops removed slots that no open look-up can need: a look-up with snapshot {@code s} needs a
   * slot removed by commit {@code r} only when {@code s < r}. Caller holds the lock.
   */
  private void purgeRemovedSlots() {
    long oldest = openSnapshots.isEmpty() ? Long.MAX_VALUE : openSnapshots.firstKey();
    while (!removals.isEmpty() && removals.peekFirst().sequence <= oldest) {
      Removal removal = removals.pollFirst();
      // Only if not re-added (LIVE) or removed again later (a newer sequence) meanwhile.
      removal.slots.remove(removal.slot, removal.sequence);
    }
  }

  /** Takes a snapshot for a look-up and registers it, so the slots it may need are kept. */
  private long openSnapshot() {
    lock.lock();
    try {
      checkOpen();
      long snapshot = published;
      openSnapshots.merge(snapshot, 1, Integer::sum);
      return snapshot;
    } finally {
      lock.unlock();
    }
  }

  private void releaseSnapshot(long snapshot) {
    lock.lock();
    try {
      openSnapshots.computeIfPresent(snapshot, (s, count) -> count == 1 ? null : count - 1);
      purgeRemovedSlots();
    } finally {
      lock.unlock();
    }
  }

  private long snapshot() {
    checkOpen();
    return published;
  }

  /** Returns a result computed while the store may have been closed, failing if it was. */
  private <T> T result(T value) {
    checkOpen();
    return value;
  }

  private @Nullable Chain chain(RecordKey key) {
    ConcurrentSkipListMap<String, Chain> records = kinds.get(key.kind());
    return records == null ? null : records.get(key.id());
  }

  private void checkOpen() {
    if (closed) {
      throw new StoreException("the in-memory record store is closed / 内存存储已关闭");
    }
  }

  private static boolean has(StoredRecord record, String index, String value) {
    for (IndexEntry entry : record.index()) {
      if (entry.name().equals(index) && entry.value().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static Stream<StoredRecord> lazy(Advance advance, Runnable onClose) {
    Spliterator<StoredRecord> spliterator =
        new Spliterators.AbstractSpliterator<StoredRecord>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super StoredRecord> action) {
            return advance.tryAdvance(action);
          }
        };
    return StreamSupport.stream(spliterator, false).onClose(onClose);
  }

  /** The step of a lazy stream: emit the next record, or report the end. */
  @FunctionalInterface
  private interface Advance {
    boolean tryAdvance(Consumer<? super StoredRecord> action);
  }

  /** The versions of one record, newest first. */
  private static final class Chain {
    /** Written under the commit lock, read without it. */
    volatile @Nullable Version head;
  }

  /** One version, with the sequence number of the commit that wrote it. */
  private static final class Version {
    final StoredRecord record;
    final long sequence;
    final @Nullable Version previous;

    Version(StoredRecord record, long sequence, @Nullable Version previous) {
      this.record = record;
      this.sequence = sequence;
      this.previous = previous;
    }

    /** The newest version of a chain visible in a snapshot, or null. */
    static @Nullable Version at(@Nullable Chain chain, long snapshot) {
      Version version = chain == null ? null : chain.head;
      while (version != null && version.sequence > snapshot) {
        version = version.previous;
      }
      return version;
    }
  }

  /** The key of one index: a kind and an index name. */
  private record IndexName(String kind, String name) {}

  /** An index slot: a value and the id of the record that has it, sorted by value then id. */
  private record Slot(String value, String id) implements Comparable<Slot> {
    @Override
    public int compareTo(Slot other) {
      int byValue = value.compareTo(other.value);
      return byValue != 0 ? byValue : id.compareTo(other.id);
    }

    /** Never prints the value (it may be personal data). */
    @Override
    public String toString() {
      return "Slot[" + id + "]";
    }
  }

  /** A slot removed by the commit with this sequence number, to drop once no look-up needs it. */
  private record Removal(long sequence, Map<Slot, Long> slots, Slot slot) {}
}
