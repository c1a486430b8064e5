package io.github.weisheng.store.jdbc;

import static io.github.weisheng.store.jdbc.StoreFixtures.KIND;
import static io.github.weisheng.store.jdbc.StoreFixtures.T0;
import static io.github.weisheng.store.jdbc.StoreFixtures.all;
import static io.github.weisheng.store.jdbc.StoreFixtures.body;
import static io.github.weisheng.store.jdbc.StoreFixtures.commitOf;
import static io.github.weisheng.store.jdbc.StoreFixtures.create;
import static io.github.weisheng.store.jdbc.StoreFixtures.entry;
import static io.github.weisheng.store.jdbc.StoreFixtures.ids;
import static io.github.weisheng.store.jdbc.StoreFixtures.key;
import static io.github.weisheng.store.jdbc.StoreFixtures.text;
import static io.github.weisheng.store.jdbc.StoreFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StaleVersionException;
import io.github.weisheng.spi.storage.StoreException;
import io.github.weisheng.spi.storage.StoredRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The clauses of the {@link RecordStore} contract, each test naming the clause it checks. A store
 * passes by supplying {@link #openEmptyStore()}; the storage TCK ({@code RecordStoreContract})
 * replaces this class once it is merged.
 */
abstract class RecordStoreClauses {
  /**
   * Returns a new store with no records; the test closes it.
   *
   * @return the store
   */
  protected abstract RecordStore openEmptyStore();

  // ------------------------------------------------------------------ 1. Versions

  @Test
  @DisplayName("Versions: the first version of a record is 1 and holds what was written")
  void firstVersionIsOne() {
    try (RecordStore store = openEmptyStore()) {
      RecordWrite write = create("a1", "110101001001", "{\"n\":1}", entry("visit.date", "2026-04-01"));
      Commit commit = commitOf(write);
      store.commit(commit);

      StoredRecord stored = store.read(key("a1")).orElseThrow();
      assertThat(stored.version()).isEqualTo(1);
      assertThat(stored).isEqualTo(StoredRecord.of(write, commit));
      assertThat(store.read(key("a1"), 1)).contains(stored);
      assertThat(store.read(key("absent"))).isEmpty();
    }
  }

  @Test
  @DisplayName("Versions: each commit adds exactly one version to each record it writes")
  void eachCommitAddsOneVersion() {
    try (RecordStore store = openEmptyStore()) {
      store.commit(commitOf(create("a", "s1", "a1"), create("b", "s1", "b1")));
      store.commit(commitOf(update("a", 1, "s1", "a2")));
      store.commit(commitOf(update("a", 2, "s1", "a3"), update("b", 1, "s1", "b2")));

      assertThat(store.read(key("a")).orElseThrow().version()).isEqualTo(3);
      assertThat(text(store.read(key("a")).orElseThrow())).isEqualTo("a3");
      assertThat(store.read(key("b")).orElseThrow().version()).isEqualTo(2);
      assertThat(text(store.read(key("b")).orElseThrow())).isEqualTo("b2");
    }
  }

  @Test
  @DisplayName("Versions: a write expecting a version that is no longer current is stale")
  void staleUpdateIsRejected() {
    try (RecordStore store = openEmptyStore()) {
      store.commit(commitOf(create("a", "s1", "v1")));
      store.commit(commitOf(update("a", 1, "s1", "v2")));

      assertThatThrownBy(() -> store.commit(commitOf(update("a", 1, "s1", "lost"))))
          .isInstanceOfSatisfying(StaleVersionException.class, e -> {
            assertThat(e.key()).isEqualTo(key("a"));
            assertThat(e.expectedVersion()).isEqualTo(1);
            assertThat(e.actualVersion()).isEqualTo(2);
          });
      assertThat(text(store.read(key("a")).orElseThrow())).isEqualTo("v2");
      assertThat(store.history(key("a"))).hasSize(2);
    }
  }

  @Test
  @DisplayName("Versions: creating a record that exists is stale (expected 0, found the current)")
  void createOfExistingRecordIsStale() {
    try (RecordStore store = openEmptyStore()) {
      store.commit(commitOf(create("a", "s1", "first")));

      assertThatThrownBy(() -> store.commit(commitOf(create("a", "s1", "second"))))
          .isInstanceOfSatisfying(StaleVersionException.class, e -> {
            assertThat(e.expectedVersion()).isZero();
            assertThat(e.actualVersion()).isEqualTo(1);
          });
      assertThat(text(store.read(key("a")).orElseThrow())).isEqualTo("first");
    }
  }

  @Test
  @DisplayName("Versions: updating an absent record is stale (found version 0)")
  void updateOfAbsentRecordIsStale() {
    try (RecordStore store = openEmptyStore()) {
      assertThatThrownBy(() -> store.commit(commitOf(update("ghost", 3, "s1", "x"))))
          .isInstanceOfSatisfying(StaleVersionException.class, e -> {
            assertThat(e.expectedVersion()).isEqualTo(3);
            assertThat(e.actualVersion()).isZero();
          });
      assertThat(store.read(key("ghost"))).isEmpty();
      assertThat(store.history(key("ghost"))).isEmpty();
    }
  }

  // ------------------------------------------------------------------ 2. Atomicity

  @Test
  @DisplayName("Atomicity: one stale write rejects the whole commit, whatever its position")
  void staleWriteRejectsWholeCommit() {
    try (RecordStore store = openEmptyStore()) {
      store.commit(commitOf(create("m", "s1", "m1", entry("tag", "old"))));
      store.commit(commitOf(update("m", 1, "s1", "m2", entry("tag", "old"))));

      // "a" sorts before the stale "m", "z" after it: neither may be written.
      assertThatThrownBy(() -> store.commit(commitOf(
              create("a", "s1", "a1", entry("tag", "new")),
              update("m", 1, "s1", "lost", entry("tag", "new")),
              create("z", "s1", "z1", entry("tag", "new")))))
          .isInstanceOf(StaleVersionException.class);

      assertThat(store.read(key("a"))).isEmpty();
      assertThat(store.read(key("z"))).isEmpty();
      assertThat(store.history(key("m"))).hasSize(2);
      assertThat(text(store.read(key("m")).orElseThrow())).isEqualTo("m2");
      assertThat(ids(store.find(IndexQuery.equalTo(KIND, "tag", "new"), ScopeFilter.all()))).isEmpty();
      assertThat(ids(store.find(IndexQuery.equalTo(KIND, "tag", "old"), ScopeFilter.all())))
          .containsExactly("m");
      assertThat(ids(store.scan(KIND, ScopeFilter.all()))).containsExactly("m");
    }
  }

  @Test
  @DisplayName("Atomicity: a reader never sees part of a commit")
  void readersNeverSeePartOfACommit() throws Exception {
    try (RecordStore store = openEmptyStore()) {
      store.commit(commitOf(
          create("p1", "s1", "0", entry("n", "0")), create("p2", "s1", "0", entry("n", "0"))));
      int commits = 150;
      AtomicBoolean done = new AtomicBoolean();
      ExecutorService writer = Executors.newSingleThreadExecutor();
      try {
        Future<?> writing = writer.submit(() -> {
          try {
            for (int n = 1; n <= commits; n++) {
              String value = String.format("%04d", n);
              store.commit(commitOf(
                  update("p1", n, "s1", value, entry("n", value)),
                  update("p2", n, "s1", value, entry("n", value))));
            }
          } finally {
            done.set(true);
          }
        });
        int scans = 0;
        while (!done.get() || scans < 5) {
          List<StoredRecord> seen = all(store.scan(KIND, ScopeFilter.all()));
          assertThat(seen).hasSize(2);
          assertThat(text(seen.get(0))).isEqualTo(text(seen.get(1)));
          assertThat(seen.get(0).version()).isEqualTo(seen.get(1).version());
          List<StoredRecord> found =
              all(store.find(IndexQuery.range(KIND, "n", "0", "9999"), ScopeFilter.all()));
          assertThat(found).hasSize(2);
          assertThat(found.get(0).index()).isEqualTo(found.get(1).index());
          scans++;
        }
        writing.get(5, TimeUnit.MINUTES);
      } finally {
        writer.shutdownNow();
      }
      assertThat(store.read(key("p1")).orElseThrow().version()).isEqualTo(commits + 1);
    }
  }

  // ------------------------------------------------------------------ 3. History

  @Test
  @DisplayName("History: every version is kept with body, scope, index, author, reason and time")
  void historyKeepsEveryVersion() {
    try (RecordStore store = openEmptyStore()) {
      RecordWrite w1 = create("h", "110101", "one", entry("status", "open"), entry("visit.date", "2026-01-05"));
      Commit c1 = Commit.of("staff-1", "archive.open", T0, List.of(w1));
      RecordWrite w2 = update("h", 1, "110101001", "two", entry("status", "open"));
      Commit c2 = Commit.of("staff-2", "archive.transfer", T0.plusSeconds(3600), List.of(w2));
      RecordWrite w3 = update("h", 2, "110101001", "three");
      Commit c3 = Commit.of("staff-3", "", T0.plusSeconds(7200).plusNanos(1), List.of(w3));
      store.commit(c1);
      store.commit(c2);
      store.commit(c3);

      List<StoredRecord> expected =
          List.of(StoredRecord.of(w1, c1), StoredRecord.of(w2, c2), StoredRecord.of(w3, c3));
      assertThat(store.history(key("h"))).containsExactlyElementsOf(expected);
      for (StoredRecord version : expected) {
        assertThat(store.read(key("h"), version.version())).contains(version);
      }
      assertThat(store.read(key("h"))).contains(expected.get(2));
      assertThat(store.read(key("h"), 0)).isEmpty();
      assertThat(store.read(key("h"), 4)).isEmpty();
      assertThat(store.history(key("nothing"))).isEmpty();
    }
  }

  @Test
  @DisplayName("History: commit times round-trip to the nanosecond, across the whole Instant range")
  void instantsRoundTripExactly() {
    List<Instant> times = List.of(
        Instant.EPOCH,
        Instant.parse("1969-12-31T23:59:59.999999999Z"),
        Instant.parse("2026-04-01T08:30:00.000000001Z"),
        Instant.parse("9999-12-31T23:59:59.999999999Z"),
        Instant.MIN,
        Instant.MAX);
    try (RecordStore store = openEmptyStore()) {
      for (int i = 0; i < times.size(); i++) {
        store.commit(commitOf(times.get(i), create("t" + i, "s1", "x")));
      }
      for (int i = 0; i < times.size(); i++) {
        assertThat(store.read(key("t" + i)).orElseThrow().recordedAt()).isEqualTo(times.get(i));
      }
    }
  }

  @Test
  @DisplayName("History: bodies round-trip byte for byte (empty, every byte value, 1 MiB)")
  void bodiesRoundTripExactly() {
    byte[] everyByte = new byte[256];
    for (int i = 0; i < everyByte.length; i++) {
      everyByte[i] = (byte) i;
    }
    byte[] large = new byte[1 << 20];
    new Random(42).nextBytes(large);
    try (RecordStore store = openEmptyStore()) {
      store.commit(commitOf(
          RecordWrite.create(key("empty"), "s1", new byte[0], Set.of()),
          RecordWrite.create(key("bytes"), "s1", everyByte, Set.of()),
          RecordWrite.create(key("large"), "s1", large, Set.of())));
      assertThat(store.read(key("empty")).orElseThrow().body()).isEmpty();
      assertThat(store.read(key("bytes")).orElseThrow().body()).isEqualTo(everyByte);
      assertThat(store.read(key("large")).orElseThrow().body()).isEqualTo(large);
    }
  }

  // ------------------------------------------------------------------ 4. Index

  @Test
  @DisplayName("Index: look-ups match the entries of the current version only")
  void lookupsMatchCurrentVersionOnly() {
    try (RecordStore store = openEmptyStore()) {
      store.commit(commitOf(create("r", "s1", "v1", entry("phone.hash", "aaa"))));
      store.commit(commitOf(update("r", 1, "s1", "v2", entry("phone.hash", "bbb"))));

      assertThat(ids(store.find(IndexQuery.equalTo(KIND, "phone.hash", "aaa"), ScopeFilter.all()))).isEmpty();
      List<StoredRecord> found =
          all(store.find(IndexQuery.equalTo(KIND, "phone.hash", "bbb"), ScopeFilter.all()));
      assertThat(found).hasSize(1);
      assertThat(found.get(0).version()).isEqualTo(2);
      assertThat(text(found.get(0))).isEqualTo("v2");

      store.commit(commitOf(update("r", 2, "s1", "v3")));
      assertThat(ids(store.find(IndexQuery.equalTo(KIND, "phone.hash", "bbb"), ScopeFilter.all()))).isEmpty();
      assertThat(store.read(key("r"), 2).orElseThrow().index()).containsExactly(entry("phone.hash", "bbb"));
    }
  }

  @Test
  @DisplayName("Index: a date range is half-open [from, to) and ordered by value, then id")
  void dateRangeIsHalfOpen() {
    try (RecordStore store = openEmptyStore()) {
      store.commit(commitOf(
          create("e", "s1", "x", entry("visit.date", "2026-05-01")),
          create("d", "s1", "x", entry("visit.date", "2026-04-30")),
          create("c2", "s1", "x", entry("visit.date", "2026-04-15")),
          create("c1", "s1", "x", entry("visit.date", "2026-04-15")),
          create("b", "s1", "x", entry("visit.date", "2026-04-01")),
          create("a", "s1", "x", entry("visit.date", "2026-03-31"))));

      assertThat(ids(store.find(
              IndexQuery.range(KIND, "visit.date", "2026-04-01", "2026-05-01"), ScopeFilter.all())))
          .containsExactly("b", "c1", "c2", "d");
      assertThat(ids(store.find(
              IndexQuery.equalTo(KIND, "visit.date", "2026-04-15"), ScopeFilter.all())))
          .containsExactly("c1", "c2");
      assertThat(ids(store.find(
              IndexQuery.range(KIND, "visit.date", "2026-04-15", "2026-04-15"), ScopeFilter.all())))
          .isEmpty();
    }
  }

  @Test
  @DisplayName("Index: a record with several matching values appears once per value")
  void recordAppearsOncePerMatchingValue() {
    try (RecordStore store = openEmptyStore()) {
      store.commit(commitOf(
          create("x", "s1", "x", entry("tag", "b"), entry("tag", "d")),
          create("y", "s1", "y", entry("tag", "c"))));

      List<StoredRecord> found = all(store.find(IndexQuery.range(KIND, "tag", "a", "z"), ScopeFilter.all()));
      assertThat(found).extracting(r -> r.key().id()).containsExactly("x", "y", "x");
    }
  }

  @Test
  @DisplayName("Index: look-ups are per kind and per index name")
  void lookupsArePerKindAndIndexName() {
    try (RecordStore store = openEmptyStore()) {
      store.commit(commitOf(
          create("a", "s1", "x", entry("tag", "v")),
          create("b", "s1", "x", entry("other", "v")),
          RecordWrite.create(RecordKey.of("household", "a"), "s1", body("x"), Set.of(entry("tag", "v")))));

      List<StoredRecord> found = all(store.find(IndexQuery.equalTo(KIND, "tag", "v"), ScopeFilter.all()));
      assertThat(found).extracting(StoredRecord::key).containsExactly(key("a"));
      assertThat(all(store.find(IndexQuery.equalTo("household", "tag", "v"), ScopeFilter.all())))
          .extracting(StoredRecord::key).containsExactly(RecordKey.of("household", "a"));
    }
  }

  @Test
  @DisplayName("Index: values order as String.compareTo (UTF-16 code units), whatever the characters")
  void valuesOrderAsStringCompareTo() {
    List<String> values = new ArrayList<>(List.of(
        "9", "10", "A", "Z1", "a", "z", "é", "ß", "中", "卫生", "\uD840\uDC00" /* U+20000 */,
        "\uE000", "\uFF10" /* fullwidth 0 */, "\uFFFD", "a b", "a-b", "a_b", "a%b", "~"));
    try (RecordStore store = openEmptyStore()) {
      List<RecordWrite> writes = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        writes.add(create(String.format("r%02d", i), "s1", values.get(i), entry("name.key", values.get(i))));
      }
      Collections.shuffle(writes, new Random(7));
      store.commit(Commit.of("staff-1", "test", T0, writes));

      List<String> expected = new ArrayList<>(values);
      Collections.sort(expected);
      List<String> found = all(store.find(IndexQuery.range(KIND, "name.key", "", "\uFFFF"), ScopeFilter.all()))
          .stream().map(StoreFixtures::text).collect(Collectors.toList());
      assertThat(found).containsExactlyElementsOf(expected);

      // a range bound between a supplementary character (D840..) and U+E000..U+FFFF
      List<String> below = all(store.find(IndexQuery.range(KIND, "name.key", "\uD800", "\uE000"), ScopeFilter.all()))
          .stream().map(StoreFixtures::text).collect(Collectors.toList());
      assertThat(below).containsExactly("\uD840\uDC00");
      for (String value : values) {
        assertThat(all(store.find(IndexQuery.equalTo(KIND, "name.key", value), ScopeFilter.all())))
            .extracting(StoreFixtures::text).containsExactly(value);
      }
    }
  }

  // ------------------------------------------------------------------ 5. Scans

  @Test
  @DisplayName("Scans: current versions of one kind, ordered by id")
  void scanReturnsCurrentVersionsOfOneKindById() {
    List<String> idsInOrder = new ArrayList<>(List.of("10", "9", "A", "a-1", "a.2", "a_3", "b", "z:1"));
    try (RecordStore store = openEmptyStore()) {
      List<String> shuffled = new ArrayList<>(idsInOrder);
      Collections.shuffle(shuffled, new Random(3));
      for (String id : shuffled) {
        store.commit(commitOf(create(id, "s1", "v1")));
      }
      store.commit(commitOf(update("b", 1, "s1", "v2")));
      store.commit(commitOf(RecordWrite.create(RecordKey.of("household", "c"), "s1", body("h"), Set.of())));

      Collections.sort(idsInOrder);
      List<StoredRecord> scanned = all(store.scan(KIND, ScopeFilter.all()));
      assertThat(scanned).extracting(r -> r.key().id()).containsExactlyElementsOf(idsInOrder);
      assertThat(scanned).allSatisfy(r -> assertThat(r.key().kind()).isEqualTo(KIND));
      StoredRecord b = scanned.stream().filter(r -> r.key().id().equals("b")).findFirst().orElseThrow();
      assertThat(b.version()).isEqualTo(2);
      assertThat(text(b)).isEqualTo("v2");
      assertThat(ids(store.scan("nothing", ScopeFilter.all()))).isEmpty();
    }
  }

  @Test
  @DisplayName("Scans: streams are lazy; closing a partly read stream releases it")
  void partlyReadStreamsCanBeClosed() {
    try (RecordStore store = openEmptyStore()) {
      List<RecordWrite> writes = IntStream.range(0, 50)
          .mapToObj(i -> create(String.format("s%03d", i), "s1", "x", entry("tag", "t")))
          .collect(Collectors.toList());
      store.commit(Commit.of("staff-1", "test", T0, writes));
      for (int i = 0; i < 150; i++) { // more than any reasonable pool holds
        try (Stream<StoredRecord> records = store.scan(KIND, ScopeFilter.all())) {
          Iterator<StoredRecord> iterator = records.iterator();
          assertThat(iterator.next().key().id()).isEqualTo("s000");
        }
        try (Stream<StoredRecord> records = store.find(IndexQuery.equalTo(KIND, "tag", "t"), ScopeFilter.all())) {
          assertThat(records.limit(2).count()).isEqualTo(2);
        }
      }
      store.commit(commitOf(update("s000", 1, "s1", "still writable")));
      assertThat(text(store.read(key("s000")).orElseThrow())).isEqualTo("still writable");
    }
  }

  // ------------------------------------------------------------------ 6. Scope

  @Test
  @DisplayName("Scope: scans and look-ups return only records whose scope starts with a prefix")
  void scopeFilterByPrefix() {
    try (RecordStore store = openEmptyStore()) {
      store.commit(commitOf(
          create("county", "110101", "x", entry("tag", "t")),
          create("township", "110101001", "x", entry("tag", "t")),
          create("committee", "110101001001", "x", entry("tag", "t")),
          create("neighbour", "110101002001", "x", entry("tag", "t")),
          create("elsewhere", "120101001001", "x", entry("tag", "t"))));

      assertThat(ids(store.scan(KIND, ScopeFilter.within("110101001"))))
          .containsExactly("committee", "township");
      assertThat(ids(store.scan(KIND, ScopeFilter.within("110101001001", "12"))))
          .containsExactly("committee", "elsewhere");
      assertThat(ids(store.scan(KIND, ScopeFilter.within("110101"))))
          .containsExactly("committee", "county", "neighbour", "township");
      assertThat(ids(store.scan(KIND, ScopeFilter.within(Set.of())))).isEmpty();
      assertThat(ids(store.scan(KIND, ScopeFilter.all()))).hasSize(5);

      IndexQuery tag = IndexQuery.equalTo(KIND, "tag", "t");
      assertThat(ids(store.find(tag, ScopeFilter.within("110101002")))).containsExactly("neighbour");
      assertThat(ids(store.find(tag, ScopeFilter.within(Set.of())))).isEmpty();
      assertThat(ids(store.find(tag, ScopeFilter.all()))).hasSize(5);
    }
  }

  @Test
  @DisplayName("Scope: prefixes match literally ('_' and '.' are not wildcards)")
  void scopePrefixesMatchLiterally() {
    try (RecordStore store = openEmptyStore()) {
      store.commit(commitOf(
          create("under", "a_b1", "x"), create("other", "axb1", "x"), create("dot", "a.b1", "x"),
          create("dotted", "a:b.1", "x")));
      assertThat(ids(store.scan(KIND, ScopeFilter.within("a_b")))).containsExactly("under");
      assertThat(ids(store.scan(KIND, ScopeFilter.within("a.b")))).containsExactly("dot");
      assertThat(ids(store.scan(KIND, ScopeFilter.within("a:b.")))).containsExactly("dotted");
    }
  }

  @Test
  @DisplayName("Scope: the current scope counts (a record moved to another org unit moves with it)")
  void currentScopeCounts() {
    try (RecordStore store = openEmptyStore()) {
      store.commit(commitOf(create("m", "110101001001", "x", entry("tag", "t"))));
      store.commit(commitOf(update("m", 1, "110101002001", "x", entry("tag", "t"))));
      assertThat(ids(store.scan(KIND, ScopeFilter.within("110101001")))).isEmpty();
      assertThat(ids(store.scan(KIND, ScopeFilter.within("110101002")))).containsExactly("m");
      assertThat(ids(store.find(IndexQuery.equalTo(KIND, "tag", "t"), ScopeFilter.within("110101001")))).isEmpty();
    }
  }

  // ------------------------------------------------------------------ 7. Isolation

  @Test
  @DisplayName("Isolation: 8 threads updating the same records lose no update")
  void eightThreadsLoseNoUpdate() throws Exception {
    int threads = 8;
    int incrementsPerThread = 30;
    List<String> records = List.of("c0", "c1", "c2");
    try (RecordStore store = openEmptyStore()) {
      store.commit(commitOf(records.stream().map(id -> create(id, "s1", "0")).toArray(RecordWrite[]::new)));
      AtomicIntegerArray applied = new AtomicIntegerArray(records.size());
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          Random random = new Random(t);
          Callable<Integer> worker = () -> {
            start.await();
            int stale = 0;
            for (int done = 0; done < incrementsPerThread; ) {
              // one or two records per commit, in random order: multi-record commits must not deadlock
              List<Integer> chosen = new ArrayList<>(List.of(0, 1, 2));
              Collections.shuffle(chosen, random);
              List<Integer> targets = chosen.subList(0, 1 + random.nextInt(2));
              List<RecordWrite> writes = new ArrayList<>();
              for (int target : targets) {
                StoredRecord current = store.read(key(records.get(target))).orElseThrow();
                int counter = Integer.parseInt(text(current));
                writes.add(update(records.get(target), current.version(), "s1", Integer.toString(counter + 1)));
              }
              try {
                store.commit(Commit.of("staff-1", "test.increment", T0, writes));
                for (int target : targets) {
                  applied.incrementAndGet(target);
                }
                done++;
              } catch (StaleVersionException e) {
                stale++;
              }
            }
            return stale;
          };
          results.add(pool.submit(worker));
        }
        start.countDown();
        for (Future<Integer> result : results) {
          result.get(10, TimeUnit.MINUTES);
        }
      } finally {
        pool.shutdownNow();
      }
      int total = 0;
      for (int i = 0; i < records.size(); i++) {
        StoredRecord current = store.read(key(records.get(i))).orElseThrow();
        assertThat(Integer.parseInt(text(current))).isEqualTo(applied.get(i));
        assertThat(current.version()).isEqualTo(applied.get(i) + 1L);
        List<StoredRecord> history = store.history(key(records.get(i)));
        assertThat(history).hasSize(applied.get(i) + 1);
        for (int v = 0; v < history.size(); v++) {
          assertThat(history.get(v).version()).isEqualTo(v + 1L);
          assertThat(text(history.get(v))).isEqualTo(Integer.toString(v));
        }
        total += applied.get(i);
      }
      assertThat(total).isGreaterThanOrEqualTo(threads * incrementsPerThread);
    }
  }

  @Test
  @DisplayName("Isolation: of 8 concurrent creates of one record exactly one wins, the rest are stale")
  void concurrentCreatesOfOneRecord() throws Exception {
    int threads = 8;
    try (RecordStore store = openEmptyStore()) {
      for (int round = 0; round < 5; round++) {
        String id = "new" + round;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
          for (int t = 0; t < threads; t++) {
            String content = "by thread " + t;
            results.add(pool.submit(() -> {
              start.await();
              try {
                store.commit(commitOf(create(id, "s1", content)));
                return true;
              } catch (StaleVersionException e) {
                assertThat(e.actualVersion()).isEqualTo(1);
                return false;
              }
            }));
          }
          start.countDown();
          int winners = 0;
          for (Future<Boolean> result : results) {
            if (result.get(5, TimeUnit.MINUTES)) {
              winners++;
            }
          }
          assertThat(winners).isEqualTo(1);
        } finally {
          pool.shutdownNow();
        }
        assertThat(store.history(key(id))).hasSize(1);
      }
    }
  }

  // ------------------------------------------------------------------ close

  @Test
  @DisplayName("Close: later calls fail with StoreException; closing twice is harmless")
  void closedStoreRefusesCalls() {
    RecordStore store = openEmptyStore();
    store.commit(commitOf(create("a", "s1", "x")));
    store.close();
    store.close();
    List<Runnable> calls = Arrays.asList(
        () -> store.read(key("a")),
        () -> store.read(key("a"), 1),
        () -> store.history(key("a")),
        () -> store.commit(commitOf(create("b", "s1", "x"))),
        () -> store.scan(KIND, ScopeFilter.all()).close(),
        () -> store.find(IndexQuery.equalTo(KIND, "tag", "t"), ScopeFilter.all()).close());
    for (Runnable call : calls) {
      assertThatThrownBy(call::run).isInstanceOf(StoreException.class);
    }
  }
}
