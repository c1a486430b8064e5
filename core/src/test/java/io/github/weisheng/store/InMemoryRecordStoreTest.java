package io.github.weisheng.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
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
import io.github.weisheng.spi.tck.RecordStoreContract;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store passes the storage TCK (every test inherited from {@link RecordStoreContract});
 * the tests below cover what the contract leaves to the provider: snapshot reads, index clean-up,
 * streams after close, and which stale write is named.
 */
class InMemoryRecordStoreTest extends RecordStoreContract {
  private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");
  private static final String SCOPE = "110101001001";

  @Override
  protected RecordStore openEmptyStore() {
    return InMemoryRecordStore.create();
  }

  @Test
  @DisplayName("in memory: a scan sees the store as it was when scan() was called")
  void scanReadsASnapshot() {
    InMemoryRecordStore store = InMemoryRecordStore.create();
    RecordKey a = RecordKey.of("archive", "a");
    commit(store, RecordWrite.create(a, SCOPE, body("a1"), Set.of()));
    commit(store, RecordWrite.create(RecordKey.of("archive", "c"), SCOPE, body("c1"), Set.of()));

    try (Stream<StoredRecord> scan = store.scan("archive", ScopeFilter.all())) {
      commit(store,
          RecordWrite.update(a, 1, SCOPE, body("a2"), Set.of()),
          RecordWrite.create(RecordKey.of("archive", "b"), SCOPE, body("b1"), Set.of()));
      assertThat(scan.map(r -> r.key().id() + " v" + r.version()).toList()).containsExactly("a v1", "c v1");
    }
    assertThat(ids(store.scan("archive", ScopeFilter.all()))).containsExactly("a", "b", "c");
  }

  @Test
  @DisplayName("in memory: an open look-up still finds an entry that a later commit removed, then the entry is dropped")
  void lookUpReadsASnapshotAndRemovedEntriesAreDropped() {
    InMemoryRecordStore store = InMemoryRecordStore.create();
    RecordKey key = RecordKey.of("archive", "r");
    commit(store, RecordWrite.create(key, SCOPE, body("v1"), Set.of(IndexEntry.of("tag", "t000"))));
    for (int v = 1; v <= 100; v++) {
      commit(store, RecordWrite.update(key, v, SCOPE, body("v" + (v + 1)), Set.of(IndexEntry.of("tag", tag(v)))));
    }
    assertThat(store.indexSlots()).as("slots of replaced versions are dropped").isEqualTo(1);

    Stream<StoredRecord> open = store.find(IndexQuery.equalTo("archive", "tag", tag(100)), ScopeFilter.all());
    commit(store, RecordWrite.update(key, 101, SCOPE, body("v102"), Set.of(IndexEntry.of("tag", "other"))));
    assertThat(store.indexSlots()).as("kept for the open look-up").isEqualTo(2);
    assertThat(ids(store.find(IndexQuery.equalTo("archive", "tag", tag(100)), ScopeFilter.all()))).isEmpty();

    try (open) {
      assertThat(open.map(StoredRecord::version).toList()).containsExactly(101L);
    }
    assertThat(store.indexSlots()).as("dropped once the look-up is closed").isEqualTo(1);
  }

  @Test
  @DisplayName("in memory: a look-up consumed to the end releases its snapshot without close()")
  void exhaustedLookUpReleasesItsSnapshot() {
    InMemoryRecordStore store = InMemoryRecordStore.create();
    RecordKey key = RecordKey.of("archive", "r");
    commit(store, RecordWrite.create(key, SCOPE, body("v1"), Set.of(IndexEntry.of("tag", "a"))));

    Iterator<StoredRecord> iterator =
        store.find(IndexQuery.equalTo("archive", "tag", "a"), ScopeFilter.all()).iterator();
    assertThat(iterator.next().version()).isEqualTo(1);
    assertThat(iterator.hasNext()).isFalse();
    commit(store, RecordWrite.update(key, 1, SCOPE, body("v2"), Set.of(IndexEntry.of("tag", "b"))));

    assertThat(store.indexSlots()).isEqualTo(1);
  }

  @Test
  @DisplayName("in memory: a stream opened before close() fails with StoreException when it advances after")
  void streamsFailAfterClose() {
    InMemoryRecordStore store = InMemoryRecordStore.create();
    commit(store,
        RecordWrite.create(RecordKey.of("archive", "a"), SCOPE, body("a"), Set.of(IndexEntry.of("tag", "x"))),
        RecordWrite.create(RecordKey.of("archive", "b"), SCOPE, body("b"), Set.of(IndexEntry.of("tag", "x"))));
    Iterator<StoredRecord> scan = store.scan("archive", ScopeFilter.all()).iterator();
    Iterator<StoredRecord> find = store.find(IndexQuery.equalTo("archive", "tag", "x"), ScopeFilter.all()).iterator();
    assertThat(scan.next().key().id()).isEqualTo("a");
    assertThat(find.next().key().id()).isEqualTo("a");

    store.close();

    assertThatThrownBy(scan::hasNext).isInstanceOf(StoreException.class);
    assertThatThrownBy(find::hasNext).isInstanceOf(StoreException.class);
  }

  @Test
  @DisplayName("in memory: of several stale writes, the first in commit order is named")
  void firstStaleWriteIsNamed() {
    InMemoryRecordStore store = InMemoryRecordStore.create();
    RecordKey a = RecordKey.of("archive", "a");
    RecordKey b = RecordKey.of("archive", "b");
    commit(store, RecordWrite.create(a, SCOPE, body("a"), Set.of()), RecordWrite.create(b, SCOPE, body("b"), Set.of()));

    assertThatThrownBy(() -> commit(store,
            RecordWrite.update(b, 2, SCOPE, body("b"), Set.of()),
            RecordWrite.create(a, SCOPE, body("a"), Set.of())))
        .isInstanceOfSatisfying(StaleVersionException.class, e -> {
          assertThat(e.key()).isEqualTo(b);
          assertThat(e.expectedVersion()).isEqualTo(2);
          assertThat(e.actualVersion()).isEqualTo(1);
        });
  }

  @Test
  @DisplayName("in memory: stores are independent, and history lists cannot be changed")
  void storesAreIndependentAndHistoryIsImmutable() {
    InMemoryRecordStore one = InMemoryRecordStore.create();
    InMemoryRecordStore two = InMemoryRecordStore.create();
    RecordKey key = RecordKey.of("archive", "a");
    commit(one, RecordWrite.create(key, SCOPE, body("a"), Set.of()));

    assertThat(two.read(key)).isEmpty();
    List<StoredRecord> history = one.history(key);
    assertThatThrownBy(history::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(one.history(key)).hasSize(1);
  }

  @Test
  @DisplayName("in memory: null arguments fail with NullPointerException")
  void rejectsNulls() {
    RecordWrite write = RecordWrite.create(RecordKey.of("archive", "a"), SCOPE, body("a"), Set.of());
    new NullPointerTester()
        .setDefault(RecordKey.class, RecordKey.of("archive", "a"))
        .setDefault(Commit.class, Commit.of("staff-1", "x", AT, List.of(write)))
        .setDefault(String.class, "archive")
        .setDefault(IndexQuery.class, IndexQuery.equalTo("archive", "tag", "x"))
        .setDefault(ScopeFilter.class, ScopeFilter.all())
        .testAllPublicInstanceMethods(InMemoryRecordStore.create());
  }

  private static void commit(RecordStore store, RecordWrite... writes) {
    store.commit(Commit.of("staff-1", "test", AT, List.of(writes)));
  }

  private static List<String> ids(Stream<StoredRecord> records) {
    try (records) {
      return records.map(r -> r.key().id()).toList();
    }
  }

  private static String tag(int n) {
    return "t" + String.format("%03d", n);
  }

  private static byte[] body(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
