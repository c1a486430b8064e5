package io.github.weisheng.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexMatch;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StaleVersionException;
import io.github.weisheng.spi.storage.StoreException;
import io.github.weisheng.spi.storage.StoredRecord;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The storage TCK (存储兼容性测试): the contract of {@link RecordStore}, clause by clause. A provider
 * passes by extending this class and opening a fresh, empty store:
 *
 * <pre>{@code
 * class MyRecordStoreTest extends RecordStoreContract {
 *   @Override
 *   protected RecordStore openEmptyStore() {
 *     return MyRecordStore.open(freshDatabase());
 *   }
 * }
 * }</pre>
 *
 * <p>Each test's display name starts with the clause of {@link RecordStore}'s Javadoc it checks
 * ("clause 1 (versions): …"). The kit opens one store per test and closes it after the test (a store
 * is closed twice when a test has closed it already; see {@link RecordStore#close()}). Instants in
 * commits have millisecond precision, the least a store must keep.
 *
 * <p>Some tests create 100,000 records and some run 8 writer threads; with the in-memory store the
 * whole kit runs in a few seconds. A slow store may add its own, smaller tests through {@link
 * #store()}, but must pass these.
 *
 * @since 0.1.0
 */
public abstract class RecordStoreContract {
  /** A committee (居委会) scope in township 110101001. */
  private static final String SCOPE_A = "110101001001";
  /** Another committee in the same township. */
  private static final String SCOPE_B = "110101001002";
  /** A committee in another township of the same county. */
  private static final String SCOPE_C = "110101002001";
  /** A committee in another county. */
  private static final String SCOPE_D = "110102001001";

  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  private static final int LARGE = 100_000;
  private static final AtomicInteger MODEL_RUNS = new AtomicInteger();

  private @Nullable RecordStore store;
  private int tick;

  /** For subclasses. */
  protected RecordStoreContract() {}

  /**
   * Opens a fresh, empty store for one test. The kit closes it after the test.
   *
   * @return the store under test
   */
  protected abstract RecordStore openEmptyStore();

  /**
   * Returns the store of the running test, for a provider's own extra tests.
   *
   * @return the store opened for this test
   */
  protected final RecordStore store() {
    RecordStore current = store;
    if (current == null) {
      throw new IllegalStateException("no store is open outside a test");
    }
    return current;
  }

  @BeforeEach
  final void openStoreForTest() {
    store = openEmptyStore();
    assertThat(store).as("openEmptyStore()").isNotNull();
  }

  @AfterEach
  final void closeStoreAfterTest() {
    RecordStore current = store;
    store = null;
    if (current != null) {
      current.close();
    }
  }

  // ---------------------------------------------------------------- clause 1: versions

  @Test
  @DisplayName("clause 1 (versions): the first version is 1 and each commit adds exactly one")
  void firstVersionIsOneAndEachCommitAddsOne() {
    RecordKey key = RecordKey.of("archive", "a-1");
    commit(RecordWrite.create(key, SCOPE_A, body("v1"), Set.of()));
    assertThat(store().read(key)).map(StoredRecord::version).hasValue(1L);

    for (long version = 2; version <= 5; version++) {
      commit(RecordWrite.update(key, version - 1, SCOPE_A, body("v" + version), Set.of()));
      assertThat(store().read(key)).map(StoredRecord::version).hasValue(version);
      assertThat(store().read(key)).map(StoredRecord::body).hasValue(body("v" + version));
      assertThat(store().history(key)).hasSize((int) version);
    }
  }

  @Test
  @DisplayName("clause 1 (versions): a multi-record commit adds one version to each record it writes, none to others")
  void multiRecordCommitAddsOneVersionEach() {
    RecordKey a = RecordKey.of("archive", "a");
    RecordKey b = RecordKey.of("archive", "b");
    RecordKey c = RecordKey.of("archive", "c");
    commit(
        RecordWrite.create(a, SCOPE_A, body("a1"), Set.of()),
        RecordWrite.create(b, SCOPE_A, body("b1"), Set.of()),
        RecordWrite.create(c, SCOPE_A, body("c1"), Set.of()));
    commit(
        RecordWrite.update(a, 1, SCOPE_A, body("a2"), Set.of()),
        RecordWrite.update(b, 1, SCOPE_A, body("b2"), Set.of()));

    assertThat(store().read(a)).map(StoredRecord::version).hasValue(2L);
    assertThat(store().read(b)).map(StoredRecord::version).hasValue(2L);
    assertThat(store().read(c)).map(StoredRecord::version).hasValue(1L);
  }

  @Test
  @DisplayName("clause 1 (versions): creating an existing record fails with StaleVersionException(key, 0, current) and writes nothing")
  void createOfExistingRecordIsStale() {
    RecordKey key = RecordKey.of("archive", "a-1");
    commit(RecordWrite.create(key, SCOPE_A, body("first"), Set.of(IndexEntry.of("tag", "first"))));
    commit(RecordWrite.update(key, 1, SCOPE_A, body("second"), Set.of(IndexEntry.of("tag", "second"))));
    List<StoredRecord> before = store().history(key);

    assertStale(
        () -> commit(RecordWrite.create(key, SCOPE_B, body("again"), Set.of(IndexEntry.of("tag", "again")))),
        key, 0, 2);

    assertThat(store().history(key)).isEqualTo(before);
    assertThat(find(IndexQuery.equalTo("archive", "tag", "again"), ScopeFilter.all())).isEmpty();
  }

  @Test
  @DisplayName("clause 1 (versions): an update expecting an older or a newer version fails with key, expected and actual versions and writes nothing")
  void updateWithStaleVersionIsRejected() {
    RecordKey key = RecordKey.of("archive", "a-1");
    commit(RecordWrite.create(key, SCOPE_A, body("v1"), Set.of()));
    commit(RecordWrite.update(key, 1, SCOPE_A, body("v2"), Set.of()));
    commit(RecordWrite.update(key, 2, SCOPE_A, body("v3"), Set.of()));
    List<StoredRecord> before = store().history(key);

    assertStale(() -> commit(RecordWrite.update(key, 2, SCOPE_A, body("lost"), Set.of())), key, 2, 3);
    assertStale(() -> commit(RecordWrite.update(key, 1, SCOPE_A, body("lost"), Set.of())), key, 1, 3);
    assertStale(() -> commit(RecordWrite.update(key, 4, SCOPE_A, body("ahead"), Set.of())), key, 4, 3);

    assertThat(store().history(key)).isEqualTo(before);
    assertThat(store().read(key)).map(StoredRecord::body).hasValue(body("v3"));
  }

  @Test
  @DisplayName("clause 1 (versions): an update of an absent record fails with actual version 0 and creates nothing")
  void updateOfAbsentRecordIsStale() {
    RecordKey key = RecordKey.of("archive", "ghost");
    assertStale(() -> commit(RecordWrite.update(key, 1, SCOPE_A, body("x"), Set.of())), key, 1, 0);

    assertThat(store().read(key)).isEmpty();
    assertThat(store().history(key)).isEmpty();
    assertThat(scan("archive", ScopeFilter.all())).isEmpty();
  }

  // ---------------------------------------------------------------- clause 2: atomicity

  @Test
  @DisplayName("clause 2 (atomicity): a commit whose third write is stale leaves its first two writes absent: records, versions, index entries and history")
  void commitWithStaleThirdWriteWritesNothing() {
    RecordKey a = RecordKey.of("archive", "a");
    RecordKey c = RecordKey.of("archive", "c");
    RecordKey x = RecordKey.of("archive", "x");
    commit(RecordWrite.create(a, SCOPE_A, body("a1"), Set.of(IndexEntry.of("tag", "old"))));
    commit(RecordWrite.create(c, SCOPE_A, body("c1"), Set.of()));
    commit(RecordWrite.update(c, 1, SCOPE_A, body("c2"), Set.of()));
    List<StoredRecord> aBefore = store().history(a);
    List<StoredRecord> cBefore = store().history(c);

    assertStale(
        () ->
            commit(
                RecordWrite.create(x, SCOPE_B, body("x1"), Set.of(IndexEntry.of("born", "2020-05-01"))),
                RecordWrite.update(a, 1, SCOPE_B, body("a2"), Set.of(IndexEntry.of("tag", "new"))),
                RecordWrite.update(c, 1, SCOPE_A, body("c-lost"), Set.of())),
        c, 1, 2);

    assertThat(store().read(x)).as("first write (create)").isEmpty();
    assertThat(store().read(x, 1)).isEmpty();
    assertThat(store().history(x)).isEmpty();
    assertThat(store().history(a)).as("second write (update)").isEqualTo(aBefore);
    assertThat(store().history(c)).as("third, stale write").isEqualTo(cBefore);
    assertThat(find(IndexQuery.equalTo("archive", "born", "2020-05-01"), ScopeFilter.all())).isEmpty();
    assertThat(find(IndexQuery.equalTo("archive", "tag", "new"), ScopeFilter.all())).isEmpty();
    assertThat(ids(find(IndexQuery.equalTo("archive", "tag", "old"), ScopeFilter.all()))).containsExactly("a");
    assertThat(ids(scan("archive", ScopeFilter.all()))).containsExactly("a", "c");
    assertThat(scan("archive", ScopeFilter.within(SCOPE_B))).isEmpty();
  }

  @Test
  @DisplayName("clause 2 (atomicity): a scan running beside commits never sees part of a commit")
  void concurrentScanNeverSeesPartOfACommit() throws Exception {
    List<RecordKey> pair = List.of(RecordKey.of("pair", "left"), RecordKey.of("pair", "right"));
    commit(
        RecordWrite.create(pair.get(0), SCOPE_A, body("0"), Set.of(IndexEntry.of("value", pad(0)))),
        RecordWrite.create(pair.get(1), SCOPE_A, body("0"), Set.of(IndexEntry.of("value", pad(0)))));
    int writers = 4;
    int commitsPerWriter = 500;
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger scans = new AtomicInteger();
    AtomicReference<String> torn = new AtomicReference<>();

    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    try {
      CountDownLatch start = new CountDownLatch(1);
      Future<?> reader =
          pool.submit(
              () -> {
                start.await();
                do {
                  List<StoredRecord> seen = scan("pair", ScopeFilter.all());
                  IndexQuery values = IndexQuery.range("pair", "value", pad(0), pad(Integer.MAX_VALUE));
                  // the store itself, not find(…) below: its cross-checks would read other snapshots
                  List<StoredRecord> found = ModelSteps.collect(store().find(values, ScopeFilter.all()));
                  List<IndexMatch> matches;
                  try (Stream<IndexMatch> stream = store().findMatches(values, ScopeFilter.all())) {
                    matches = stream.toList();
                  }
                  scans.incrementAndGet();
                  if (matches.size() != 2 || !matches.get(0).value().equals(matches.get(1).value())) {
                    torn.compareAndSet(null, "findMatches saw " + matches.size() + " matches of different values");
                  }
                  if (seen.size() != 2 || seen.get(0).version() != seen.get(1).version()
                      || !text(seen.get(0)).equals(text(seen.get(1)))) {
                    torn.compareAndSet(null, "scan saw " + describe(seen));
                  }
                  if (found.size() != 2 || found.get(0).version() != found.get(1).version()) {
                    torn.compareAndSet(null, "find saw " + describe(found));
                  }
                } while (writing.get());
                return null;
              });
      List<Future<?>> writerFutures = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        writerFutures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int done = 0; done < commitsPerWriter; ) {
                    StoredRecord left = store().read(pair.get(0)).orElseThrow();
                    StoredRecord right = store().read(pair.get(1)).orElseThrow();
                    int next = Integer.parseInt(text(left)) + 1;
                    try {
                      commit(
                          RecordWrite.update(pair.get(0), left.version(), SCOPE_A, body("" + next),
                              Set.of(IndexEntry.of("value", pad(next)))),
                          RecordWrite.update(pair.get(1), right.version(), SCOPE_A, body("" + next),
                              Set.of(IndexEntry.of("value", pad(next)))));
                      done++;
                    } catch (StaleVersionException e) {
                      // Another writer got there first (or the two reads straddled its commit): retry.
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      try {
        for (Future<?> writer : writerFutures) {
          writer.get();
        }
      } finally {
        writing.set(false);
      }
      reader.get();
    } finally {
      pool.shutdownNow();
    }

    assertThat(torn.get()).as("a torn read").isNull();
    assertThat(scans.get()).isPositive();
    long expected = 1L + writers * commitsPerWriter;
    assertThat(store().read(pair.get(0))).map(StoredRecord::version).hasValue(expected);
    assertThat(store().read(pair.get(1))).map(StoredRecord::version).hasValue(expected);
  }

  // ---------------------------------------------------------------- clause 3: history

  @Test
  @DisplayName("clause 3 (history): every version is kept, oldest first, with body, scope, index entries, author, reason and time")
  void historyKeepsEveryVersion() {
    RecordKey key = RecordKey.of("archive", "a-1");
    Instant t1 = T0;
    Instant t2 = T0.plus(Duration.ofHours(1)).plusMillis(7);
    Instant t3 = T0.plus(Duration.ofDays(400)).plusMillis(999);
    store().commit(Commit.of("staff-1", "archive.open", t1, List.of(
        RecordWrite.create(key, SCOPE_A, body("one"),
            Set.of(IndexEntry.of("born", "2020-05-01"), IndexEntry.of("tag", "hyp"))))));
    store().commit(Commit.of("staff-2", "archive.amend", t2, List.of(
        RecordWrite.update(key, 1, SCOPE_B, body("two"), Set.of(IndexEntry.of("born", "2020-05-02"))))));
    store().commit(Commit.of("staff-3", "", t3, List.of(
        RecordWrite.update(key, 2, SCOPE_D, new byte[0], Set.of()))));

    List<StoredRecord> expected =
        List.of(
            stored(key, 1, SCOPE_A, body("one"),
                Set.of(IndexEntry.of("born", "2020-05-01"), IndexEntry.of("tag", "hyp")), t1, "staff-1", "archive.open"),
            stored(key, 2, SCOPE_B, body("two"), Set.of(IndexEntry.of("born", "2020-05-02")), t2, "staff-2", "archive.amend"),
            stored(key, 3, SCOPE_D, new byte[0], Set.of(), t3, "staff-3", ""));
    assertThat(store().history(key)).containsExactlyElementsOf(expected);
    assertThat(store().read(key)).hasValue(expected.get(2));
  }

  @Test
  @DisplayName("clause 3 (history): an old version is read by its number; numbers outside 1..current give nothing")
  void oldVersionIsReadByNumber() {
    RecordKey key = RecordKey.of("archive", "a-1");
    commit(RecordWrite.create(key, SCOPE_A, body("one"), Set.of(IndexEntry.of("tag", "x"))));
    commit(RecordWrite.update(key, 1, SCOPE_B, body("two"), Set.of()));
    commit(RecordWrite.update(key, 2, SCOPE_C, body("three"), Set.of()));
    List<StoredRecord> history = store().history(key);

    assertThat(store().read(key, 1)).hasValue(history.get(0));
    assertThat(store().read(key, 2)).hasValue(history.get(1));
    assertThat(store().read(key, 3)).hasValue(history.get(2));
    assertThat(store().read(key, 1)).map(StoredRecord::body).hasValue(body("one"));
    assertThat(store().read(key, 1)).map(StoredRecord::scope).hasValue(SCOPE_A);
    assertThat(store().read(key, 0)).isEmpty();
    assertThat(store().read(key, -1)).isEmpty();
    assertThat(store().read(key, 4)).isEmpty();
    assertThat(store().read(RecordKey.of("archive", "other"), 1)).isEmpty();
    assertThat(store().history(RecordKey.of("archive", "other"))).isEmpty();
    assertThat(store().read(RecordKey.of("family", "a-1"))).as("another kind").isEmpty();
  }

  // ---------------------------------------------------------------- clause 4: index

  @Test
  @DisplayName("clause 4 (index): an exact look-up matches the current version's entries only; an entry removed in v2 no longer matches")
  void exactLookUpSeesCurrentVersionOnly() {
    RecordKey r1 = RecordKey.of("archive", "r1");
    RecordKey r2 = RecordKey.of("archive", "r2");
    RecordKey r3 = RecordKey.of("archive", "r3");
    commit(
        RecordWrite.create(r1, SCOPE_A, body("r1"), Set.of(IndexEntry.of("born", "2020-01-15"), IndexEntry.of("tag", "hyp"))),
        RecordWrite.create(r2, SCOPE_A, body("r2"), Set.of(IndexEntry.of("born", "2020-01-15"), IndexEntry.of("tag", "dm"))),
        RecordWrite.create(r3, SCOPE_A, body("r3"), Set.of(IndexEntry.of("born", "2021-03-01"))));

    assertThat(ids(find(IndexQuery.equalTo("archive", "born", "2020-01-15"), ScopeFilter.all()))).containsExactly("r1", "r2");
    assertThat(ids(find(IndexQuery.equalTo("archive", "tag", "hyp"), ScopeFilter.all()))).containsExactly("r1");
    assertThat(find(IndexQuery.equalTo("archive", "tag", "none"), ScopeFilter.all())).isEmpty();

    commit(RecordWrite.update(r1, 1, SCOPE_A, body("r1 v2"), Set.of(IndexEntry.of("born", "2020-01-15"), IndexEntry.of("tag", "dm"))));

    assertThat(find(IndexQuery.equalTo("archive", "tag", "hyp"), ScopeFilter.all())).as("entry removed in v2").isEmpty();
    List<StoredRecord> dm = find(IndexQuery.equalTo("archive", "tag", "dm"), ScopeFilter.all());
    assertThat(ids(dm)).containsExactly("r1", "r2");
    assertThat(dm.get(0)).as("the current version is returned").isEqualTo(store().read(r1).orElseThrow());
    assertThat(dm.get(0).version()).isEqualTo(2);

    commit(RecordWrite.update(r1, 2, SCOPE_A, body("r1 v3"), Set.of()));
    assertThat(ids(find(IndexQuery.equalTo("archive", "born", "2020-01-15"), ScopeFilter.all()))).containsExactly("r2");
    commit(RecordWrite.update(r1, 3, SCOPE_A, body("r1 v4"), Set.of(IndexEntry.of("tag", "hyp"))));
    assertThat(ids(find(IndexQuery.equalTo("archive", "tag", "hyp"), ScopeFilter.all()))).as("entry back in v4").containsExactly("r1");
  }

  @Test
  @DisplayName("clause 4 (index): a date range [from, to) of ISO dates includes from and excludes to")
  void dateRangeIsHalfOpen() {
    String[][] born = {
      {"d0", "2019-12-31"}, {"d1", "2020-01-01"}, {"d2", "2020-06-30"}, {"d3", "2020-12-31"}, {"d4", "2021-01-01"}
    };
    List<RecordWrite> writes = new ArrayList<>();
    for (String[] record : born) {
      writes.add(RecordWrite.create(RecordKey.of("archive", record[0]), SCOPE_A, body(record[0]),
          Set.of(IndexEntry.of("born", record[1]))));
    }
    commit(writes.toArray(RecordWrite[]::new));

    assertThat(ids(find(IndexQuery.range("archive", "born", "2020-01-01", "2021-01-01"), ScopeFilter.all())))
        .containsExactly("d1", "d2", "d3");
    assertThat(ids(find(IndexQuery.range("archive", "born", "2020-06-30", "2020-07-01"), ScopeFilter.all())))
        .containsExactly("d2");
    assertThat(find(IndexQuery.range("archive", "born", "2020-06-30", "2020-06-30"), ScopeFilter.all()))
        .as("an empty range").isEmpty();
    assertThat(ids(find(IndexQuery.range("archive", "born", "2019-01-01", "2019-12-31"), ScopeFilter.all())))
        .as("to is exclusive").isEmpty();
    assertThat(ids(find(IndexQuery.range("archive", "born", "2000-01-01", "2100-01-01"), ScopeFilter.all())))
        .containsExactly("d0", "d1", "d2", "d3", "d4");
  }

  @Test
  @DisplayName("clause 4 (index): look-ups are ordered by index value then id, once per matching value")
  void lookUpsAreOrderedByValueThenId() {
    commit(
        RecordWrite.create(RecordKey.of("archive", "z1"), SCOPE_A, body("z1"), Set.of(IndexEntry.of("born", "2020-01-01"))),
        RecordWrite.create(RecordKey.of("archive", "a1"), SCOPE_A, body("a1"), Set.of(IndexEntry.of("born", "2020-03-01"))),
        RecordWrite.create(RecordKey.of("archive", "m1"), SCOPE_A, body("m1"), Set.of(IndexEntry.of("born", "2020-01-01"))),
        RecordWrite.create(RecordKey.of("archive", "M1"), SCOPE_A, body("M1"), Set.of(IndexEntry.of("born", "2020-01-01"))));
    commit(
        RecordWrite.create(RecordKey.of("archive", "multi"), SCOPE_A, body("multi"),
            Set.of(IndexEntry.of("tag", "x-2"), IndexEntry.of("tag", "x-1"), IndexEntry.of("tag", "y"))),
        RecordWrite.create(RecordKey.of("archive", "b"), SCOPE_A, body("b"), Set.of(IndexEntry.of("tag", "x-1"))));

    assertThat(ids(find(IndexQuery.range("archive", "born", "2020-01-01", "2021-01-01"), ScopeFilter.all())))
        .as("by value, then id in String order (upper case first)")
        .containsExactly("M1", "m1", "z1", "a1");
    assertThat(ids(find(IndexQuery.range("archive", "tag", "x-0", "x-9"), ScopeFilter.all())))
        .as("a record with two matching values appears twice")
        .containsExactly("b", "multi", "multi");
    assertThat(ids(find(IndexQuery.equalTo("archive", "tag", "y"), ScopeFilter.all()))).containsExactly("multi");
  }

  @Test
  @DisplayName("clause 4 (index): a look-up matches only its own kind and index name")
  void lookUpIsPerKindAndIndexName() {
    commit(
        RecordWrite.create(RecordKey.of("archive", "r1"), SCOPE_A, body("a"), Set.of(IndexEntry.of("born", "2020-01-01"))),
        RecordWrite.create(RecordKey.of("family", "r1"), SCOPE_A, body("f"), Set.of(IndexEntry.of("born", "2020-01-01"))),
        RecordWrite.create(RecordKey.of("archive", "r2"), SCOPE_A, body("b"), Set.of(IndexEntry.of("died", "2020-01-01"))));

    List<StoredRecord> found = find(IndexQuery.equalTo("archive", "born", "2020-01-01"), ScopeFilter.all());
    assertThat(found).extracting(StoredRecord::key).containsExactly(RecordKey.of("archive", "r1"));
    assertThat(find(IndexQuery.equalTo("visit", "born", "2020-01-01"), ScopeFilter.all())).isEmpty();
    assertThat(find(IndexQuery.equalTo("archive", "moved", "2020-01-01"), ScopeFilter.all())).isEmpty();
  }

  // ---------------------------------------------------------------- clause 5: scans

  @Test
  @DisplayName("clause 5 (scans): a scan returns the current version of every record of the kind, ordered by id")
  void scanReturnsCurrentVersionsOrderedById() {
    List<String> ids = new ArrayList<>(List.of("b", "a10", "a9", "A1", "a1", "0", "a-1", "a.1", "a_1", ":", "Z", "z"));
    Collections.shuffle(ids, new Random(42));
    for (String id : ids) {
      commit(RecordWrite.create(RecordKey.of("archive", id), SCOPE_A, body(id), Set.of()));
    }
    commit(RecordWrite.create(RecordKey.of("family", "a0"), SCOPE_A, body("other kind"), Set.of()));
    commit(RecordWrite.update(RecordKey.of("archive", "a9"), 1, SCOPE_A, body("a9 v2"), Set.of()));

    List<StoredRecord> scanned = scan("archive", ScopeFilter.all());
    assertThat(ids(scanned)).containsExactlyElementsOf(ids.stream().sorted().toList());
    assertThat(scanned).allSatisfy(r -> assertThat(store().read(r.key())).hasValue(r));
    assertThat(store().read(RecordKey.of("archive", "a9"))).map(StoredRecord::version).hasValue(2L);
    assertThat(scan("visit", ScopeFilter.all())).as("a kind with no records").isEmpty();
  }

  @Test
  @DisplayName("clause 5 (scans): a scan and a look-up over 100,000 records are consumed as streams, in order")
  void largeScanIsStreamed() {
    fillLarge();

    try (Stream<StoredRecord> all = store().scan("bulk", ScopeFilter.all())) {
      Iterator<StoredRecord> iterator = all.iterator();
      String previous = "";
      long count = 0;
      while (iterator.hasNext()) {
        String id = iterator.next().key().id();
        assertThat(id).isGreaterThan(previous);
        previous = id;
        count++;
      }
      assertThat(count).isEqualTo(LARGE);
    }
    try (Stream<StoredRecord> half = store().scan("bulk", ScopeFilter.within("110101"))) {
      assertThat(half.count()).isEqualTo(LARGE / 2);
    }
    try (Stream<StoredRecord> range =
        store().find(IndexQuery.range("bulk", "seq", pad(25_000), pad(75_000)), ScopeFilter.all())) {
      assertThat(range.count()).isEqualTo(LARGE / 2);
    }
    assertThat(store().count(IndexQuery.range("bulk", "seq", pad(25_000), pad(75_000)), ScopeFilter.all()))
        .isEqualTo(LARGE / 2);
    assertThat(store().count(IndexQuery.range("bulk", "seq", pad(0), pad(LARGE)), ScopeFilter.within("110101")))
        .isEqualTo(LARGE / 2);
    try (Stream<StoredRecord> none = store().scan("bulk", ScopeFilter.within(Set.of()))) {
      assertThat(none.count()).isZero();
    }
  }

  @Test
  @DisplayName("clause 5 (scans): limit(10) of a scan over 100,000 records reads lazily, not the whole kind")
  void scanIsLazy() {
    fillLarge();
    assertLazy("scan", () -> store().scan("bulk", ScopeFilter.all()));
  }

  @Test
  @DisplayName("clause 5 (scans): limit(10) of a look-up matching 100,000 records reads lazily, not every match")
  void findIsLazy() {
    fillLarge();
    assertLazy("find", () -> store().find(IndexQuery.range("bulk", "seq", pad(0), pad(LARGE)), ScopeFilter.all()));
  }

  // ---------------------------------------------------------------- clause 6: scope

  @Test
  @DisplayName("clause 6 (scope): scans and look-ups return records whose scope starts with one of the filter's prefixes")
  void scopeFilterHasPrefixSemantics() {
    fillScopes();

    assertThat(ids(scan("archive", ScopeFilter.within("110101001")))).containsExactly("p1", "p2");
    assertThat(ids(scan("archive", ScopeFilter.within("110101")))).containsExactly("p1", "p2", "p3", "p5");
    assertThat(ids(scan("archive", ScopeFilter.within(SCOPE_B, "110102")))).containsExactly("p2", "p4");
    assertThat(ids(scan("archive", ScopeFilter.within(SCOPE_A)))).containsExactly("p1");
    assertThat(scan("archive", ScopeFilter.within(SCOPE_A + "1"))).as("a prefix longer than the scope").isEmpty();
    assertThat(scan("archive", ScopeFilter.within("2"))).isEmpty();

    IndexQuery everyone = IndexQuery.equalTo("archive", "tag", "all");
    assertThat(ids(find(everyone, ScopeFilter.within("110101001")))).containsExactly("p1", "p2");
    assertThat(ids(find(everyone, ScopeFilter.within(SCOPE_B, "110102")))).containsExactly("p2", "p4");
  }

  @Test
  @DisplayName("clause 6 (scope): an empty prefix set matches nothing; ScopeFilter.all() matches everything")
  void emptyFilterMatchesNothingAndAllMatchesEverything() {
    fillScopes();
    IndexQuery everyone = IndexQuery.equalTo("archive", "tag", "all");

    assertThat(scan("archive", ScopeFilter.within(Set.of()))).isEmpty();
    assertThat(find(everyone, ScopeFilter.within(Set.of()))).isEmpty();
    assertThat(ids(scan("archive", ScopeFilter.all()))).containsExactly("p1", "p2", "p3", "p4", "p5");
    assertThat(ids(find(everyone, ScopeFilter.all()))).containsExactly("p1", "p2", "p3", "p4", "p5");
  }

  @Test
  @DisplayName("clause 6 (scope): the filter applies to the current version's scope")
  void filterUsesCurrentScope() {
    fillScopes();
    commit(RecordWrite.update(RecordKey.of("archive", "p1"), 1, SCOPE_D, body("moved"), Set.of(IndexEntry.of("tag", "all"))));

    assertThat(ids(scan("archive", ScopeFilter.within("110101001")))).containsExactly("p2");
    assertThat(ids(scan("archive", ScopeFilter.within("110102")))).containsExactly("p1", "p4");
    assertThat(ids(find(IndexQuery.equalTo("archive", "tag", "all"), ScopeFilter.within("110101001")))).containsExactly("p2");
    assertThat(find(IndexQuery.equalTo("archive", "tag", "all"), ScopeFilter.within("110102")))
        .extracting(StoredRecord::version).containsExactly(2L, 1L);
  }

  // ---------------------------------------------------------------- clause 7: isolation

  @Test
  @DisplayName("clause 7 (isolation): 8 threads × 2,000 read-modify-write increments with retry lose no update")
  void concurrentIncrementsLoseNoUpdate() throws Exception {
    int threads = 8;
    int incrementsPerThread = 2_000;
    int counters = 4;
    List<RecordKey> keys = new ArrayList<>();
    for (int c = 0; c < counters; c++) {
      RecordKey key = RecordKey.of("counter", "c" + c);
      keys.add(key);
      commit(RecordWrite.create(key, SCOPE_A, body("0"), Set.of(IndexEntry.of("count", pad(0)))));
    }
    AtomicLongArray successes = new AtomicLongArray(counters);
    AtomicReference<String> badException = new AtomicReference<>();

    runConcurrently(threads, thread -> {
      for (int i = 0; i < incrementsPerThread; i++) {
        int c = (thread + i) % counters;
        RecordKey key = keys.get(c);
        while (true) {
          StoredRecord current = store().read(key).orElseThrow();
          int next = Integer.parseInt(text(current)) + 1;
          try {
            store().commit(Commit.of("staff-" + thread, "counter.increment", T0,
                List.of(RecordWrite.update(key, current.version(), SCOPE_A, body("" + next),
                    Set.of(IndexEntry.of("count", pad(next)))))));
            successes.incrementAndGet(c);
            break;
          } catch (StaleVersionException e) {
            if (!e.key().equals(key) || e.expectedVersion() != current.version()
                || e.actualVersion() <= current.version()) {
              badException.compareAndSet(null, e.getMessage());
            }
          }
        }
      }
    });

    assertThat(badException.get()).as("a StaleVersionException naming the wrong key or versions").isNull();
    long total = 0;
    for (int c = 0; c < counters; c++) {
      long n = successes.get(c);
      total += n;
      StoredRecord last = store().read(keys.get(c)).orElseThrow();
      assertThat(text(last)).as("final count of %s", keys.get(c)).isEqualTo("" + n);
      assertThat(last.version()).as("one version per successful commit").isEqualTo(n + 1);
      List<StoredRecord> history = store().history(keys.get(c));
      assertThat(history).hasSize((int) n + 1);
      for (int v = 0; v < history.size(); v++) {
        assertThat(history.get(v).version()).isEqualTo(v + 1L);
        assertThat(text(history.get(v))).as("each version adds exactly one").isEqualTo("" + v);
      }
      assertThat(ids(find(IndexQuery.equalTo("counter", "count", pad((int) n)), ScopeFilter.all())))
          .contains("c" + c);
      assertThat(find(IndexQuery.range("counter", "count", pad(0), pad((int) n)), ScopeFilter.all()))
          .as("index entries of replaced versions").isEmpty();
    }
    assertThat(total).isEqualTo((long) threads * incrementsPerThread);
  }

  @Test
  @DisplayName("clause 7 (isolation): when 8 threads create one record at once, exactly one wins and the others get StaleVersionException")
  void concurrentCreatesHaveOneWinner() throws Exception {
    int threads = 8;
    int rounds = 200;
    CyclicBarrier barrier = new CyclicBarrier(threads);
    AtomicLongArray winners = new AtomicLongArray(rounds);
    AtomicReference<String> unexpected = new AtomicReference<>();

    runConcurrently(threads, thread -> {
      for (int round = 0; round < rounds; round++) {
        RecordKey key = RecordKey.of("race", "r" + round);
        barrier.await();
        try {
          store().commit(Commit.of("staff-" + thread, "race.create", T0,
              List.of(RecordWrite.create(key, SCOPE_A, body("" + thread), Set.of()))));
          winners.incrementAndGet(round);
        } catch (StaleVersionException e) {
          if (!e.key().equals(key) || e.expectedVersion() != 0 || e.actualVersion() != 1) {
            unexpected.compareAndSet(null, e.getMessage());
          }
        } catch (RuntimeException e) {
          unexpected.compareAndSet(null, e.toString());
        }
      }
    });

    assertThat(unexpected.get()).isNull();
    for (int round = 0; round < rounds; round++) {
      assertThat(winners.get(round)).as("winners of round %d", round).isEqualTo(1);
      assertThat(store().history(RecordKey.of("race", "r" + round))).hasSize(1);
    }
  }

  // ---------------------------------------------------------------- clause 8: multi-key reads

  @Test
  @DisplayName("clause 8 (multi-key reads): readAll returns what read returns for each key, in the keys' order, absent keys left out")
  void readAllMatchesReadForEachKey() {
    RecordKey a = RecordKey.of("archive", "a");
    RecordKey b = RecordKey.of("resident", "b");
    RecordKey c = RecordKey.of("claim.citizen-id", "c");
    RecordKey missing = RecordKey.of("archive", "missing");
    commit(
        RecordWrite.create(a, SCOPE_A, body("a1"), Set.of(IndexEntry.of("tag", "x"))),
        RecordWrite.create(b, SCOPE_B, body("b1"), Set.of()),
        RecordWrite.create(c, SCOPE_C, body("c1"), Set.of()));
    commit(RecordWrite.update(a, 1, SCOPE_D, body("a2"), Set.of(IndexEntry.of("tag", "y"))));

    java.util.Map<RecordKey, StoredRecord> found = store().readAll(List.of(c, missing, a, b, a));

    assertThat(found.keySet()).containsExactly(c, a, b);
    assertThat(found.get(a)).isEqualTo(store().read(a).orElseThrow());
    assertThat(found.get(a).version()).isEqualTo(2);
    assertThat(found.get(a).body()).isEqualTo(body("a2"));
    assertThat(found.get(b)).isEqualTo(store().read(b).orElseThrow());
    assertThat(found.get(c)).isEqualTo(store().read(c).orElseThrow());
    assertThatThrownBy(() -> found.put(missing, found.get(a))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("clause 8 (multi-key reads): no keys, or only absent ones, give an empty map; a null key is refused")
  void readAllOfNothing() {
    assertThat(store().readAll(List.of())).isEmpty();
    assertThat(store().readAll(List.of(RecordKey.of("archive", "none"), RecordKey.of("resident", "none")))).isEmpty();
    List<RecordKey> withNull = new ArrayList<>();
    withNull.add(RecordKey.of("archive", "a"));
    withNull.add(null);
    assertThatThrownBy(() -> store().readAll(withNull)).isInstanceOf(NullPointerException.class);
  }

  @Test
  @DisplayName("clause 8 (multi-key reads): readAll of many keys of many kinds finds each record's current version")
  void readAllOfManyKeys() {
    List<RecordKey> keys = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      RecordKey key = RecordKey.of(i % 2 == 0 ? "archive" : "resident", "r-" + i);
      keys.add(key);
      commit(RecordWrite.create(key, SCOPE_A, body("v1-" + i), Set.of()));
      if (i % 3 == 0) {
        commit(RecordWrite.update(key, 1, SCOPE_A, body("v2-" + i), Set.of()));
      }
      keys.add(RecordKey.of("archive", "absent-" + i));
    }

    java.util.Map<RecordKey, StoredRecord> found = store().readAll(keys);

    assertThat(found).hasSize(250);
    for (int i = 0; i < 250; i++) {
      StoredRecord record = found.get(RecordKey.of(i % 2 == 0 ? "archive" : "resident", "r-" + i));
      assertThat(record.version()).isEqualTo(i % 3 == 0 ? 2 : 1);
      assertThat(record.body()).isEqualTo(body((i % 3 == 0 ? "v2-" : "v1-") + i));
    }
  }

  // ---------------------------------------------------------------- close

  @Test
  @DisplayName("close: every later call fails with StoreException; closing again has no effect")
  void closedStoreFails() {
    RecordKey key = RecordKey.of("archive", "a-1");
    commit(RecordWrite.create(key, SCOPE_A, body("x"), Set.of(IndexEntry.of("tag", "x"))));
    RecordStore closed = store();
    closed.close();

    assertThatThrownBy(() -> closed.read(key)).isInstanceOf(StoreException.class);
    assertThatThrownBy(() -> closed.read(key, 1)).isInstanceOf(StoreException.class);
    assertThatThrownBy(() -> closed.history(key)).isInstanceOf(StoreException.class);
    assertThatThrownBy(() -> closed.readAll(List.of(key))).isInstanceOf(StoreException.class);
    assertThatThrownBy(
            () -> closed.commit(Commit.of("staff-1", "x", T0,
                List.of(RecordWrite.update(key, 1, SCOPE_A, body("y"), Set.of())))))
        .isInstanceOf(StoreException.class)
        .isNotInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> ModelSteps.collect(closed.scan("archive", ScopeFilter.all())))
        .isInstanceOf(StoreException.class);
    assertThatThrownBy(() -> ModelSteps.collect(closed.find(IndexQuery.equalTo("archive", "tag", "x"), ScopeFilter.all())))
        .isInstanceOf(StoreException.class);
    assertThatCode(closed::close).as("a second close").doesNotThrowAnyException();
  }

  // ---------------------------------------------------------------- all clauses: model

  @Test
  @DisplayName("clauses 1-6 (model): random operation sequences give the same outcomes and final state as a reference model")
  void behavesLikeTheReferenceModel() {
    qt().withExamples(200)
        .withShrinkCycles(200)
        .forAll(lists().of(ModelSteps.steps()).ofSizeBetween(1, 40))
        .checkAssert(
            steps -> {
              ModelSteps.Run run = new ModelSteps.Run(store(), "model-" + MODEL_RUNS.incrementAndGet());
              for (ModelSteps.Step step : steps) {
                step.run(run);
              }
              run.compareFinalState();
            });
  }

  // ---------------------------------------------------------------- helpers

  /** Work one thread of a concurrency test does; it may throw. */
  @FunctionalInterface
  private interface ThreadWork {
    void run(int thread) throws Exception;
  }

  private static void runConcurrently(int threads, ThreadWork work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Callable<@Nullable Void> task =
            () -> {
              start.await();
              work.run(thread);
              return null;
            };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Checks that {@code limit(10)} of a stream over 100,000 records does not read them all, by the
   * bytes this thread allocates (a count HotSpot keeps exactly, unlike heap figures, which GC
   * blurs): a lazy stream allocates under 64 KiB, or under a quarter of what the full stream does.
   * A store that materialises the result (even as a list of references: 400 KB and more) fails.
   */
  private void assertLazy(String what, Supplier<Stream<StoredRecord>> open) {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "the JVM counts allocated bytes per thread");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(threads.isThreadAllocatedMemorySupported(), "the JVM counts allocated bytes per thread");
    if (!threads.isThreadAllocatedMemoryEnabled()) {
      threads.setThreadAllocatedMemoryEnabled(true);
    }
    // Warm up, so that class loading and lambda linkage do not count.
    for (int i = 0; i < 3; i++) {
      try (Stream<StoredRecord> stream = open.get()) {
        assertThat(stream.limit(10).count()).isEqualTo(10);
      }
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    long count;
    try (Stream<StoredRecord> stream = open.get()) {
      count = stream.count();
    }
    long full = threads.getCurrentThreadAllocatedBytes() - before;

    before = threads.getCurrentThreadAllocatedBytes();
    List<StoredRecord> first;
    try (Stream<StoredRecord> stream = open.get()) {
      first = stream.limit(10).toList();
    }
    long limited = threads.getCurrentThreadAllocatedBytes() - before;

    assertThat(count).isEqualTo(LARGE);
    assertThat(ids(first)).containsExactly(
        "r000000", "r000001", "r000002", "r000003", "r000004", "r000005", "r000006", "r000007", "r000008", "r000009");
    assertThat(limited < 64 * 1024 || limited * 4 < full)
        .withFailMessage(
            "%s(...).limit(10) allocated %,d bytes against %,d for the whole stream of %,d records:"
                + " the store reads the whole result before the first element", what, limited, full, count)
        .isTrue();
  }

  /** 100,000 records of kind {@code bulk}, half in county 110101 and half in 110102. */
  private void fillLarge() {
    int batch = 1_000;
    for (int start = 0; start < LARGE; start += batch) {
      RecordWrite[] writes = new RecordWrite[batch];
      for (int i = 0; i < batch; i++) {
        int n = start + i;
        writes[i] = RecordWrite.create(RecordKey.of("bulk", "r" + pad(n, 6)),
            n % 2 == 0 ? SCOPE_A : SCOPE_D, body("record " + n), Set.of(IndexEntry.of("seq", pad(n))));
      }
      commit(writes);
    }
  }

  /** Five records p1..p5 of kind {@code archive} in five scopes, all tagged {@code all}. */
  private void fillScopes() {
    Set<IndexEntry> all = Set.of(IndexEntry.of("tag", "all"));
    commit(
        RecordWrite.create(RecordKey.of("archive", "p1"), SCOPE_A, body("p1"), all),
        RecordWrite.create(RecordKey.of("archive", "p2"), SCOPE_B, body("p2"), all),
        RecordWrite.create(RecordKey.of("archive", "p3"), SCOPE_C, body("p3"), all),
        RecordWrite.create(RecordKey.of("archive", "p4"), SCOPE_D, body("p4"), all),
        RecordWrite.create(RecordKey.of("archive", "p5"), "110101", body("p5"), all));
  }

  private void commit(RecordWrite... writes) {
    tick++;
    store().commit(Commit.of("staff-1", "tck.write", T0.plusSeconds(tick), List.of(writes)));
  }

  private List<StoredRecord> scan(String kind, ScopeFilter scope) {
    return ModelSteps.collect(store().scan(kind, scope));
  }

  /**
   * Every look-up of the contract also checks that {@link RecordStore#count} counts what it finds
   * and that {@link RecordStore#findMatches} streams its keys and values.
   */
  private List<StoredRecord> find(IndexQuery query, ScopeFilter scope) {
    List<StoredRecord> found = ModelSteps.collect(store().find(query, scope));
    assertThat(store().count(query, scope)).as("count(%s, %s)", query, scope).isEqualTo(found.size());
    ModelSteps.checkMatches(store(), query, scope, found);
    return found;
  }

  private static void assertStale(Runnable commit, RecordKey key, long expected, long actual) {
    assertThatThrownBy(commit::run)
        .isInstanceOfSatisfying(
            StaleVersionException.class,
            e -> {
              assertThat(e.key()).as("key").isEqualTo(key);
              assertThat(e.expectedVersion()).as("expected version").isEqualTo(expected);
              assertThat(e.actualVersion()).as("actual version").isEqualTo(actual);
            });
  }

  private static StoredRecord stored(RecordKey key, long version, String scope, byte[] body,
      Set<IndexEntry> index, Instant at, String by, String reason) {
    return new StoredRecord(key, version, scope, body, index, at, by, reason);
  }

  private static List<String> ids(List<StoredRecord> records) {
    return records.stream().map(r -> r.key().id()).toList();
  }

  private static byte[] body(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(StoredRecord record) {
    return new String(record.body(), StandardCharsets.UTF_8);
  }

  /** A count as a sortable index value: zero-padded to ten digits. */
  private static String pad(int n) {
    return pad(n, 10);
  }

  private static String pad(int n, int width) {
    String digits = Integer.toString(n);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  private static String describe(List<StoredRecord> records) {
    return records.stream().map(r -> r.key() + " v" + r.version()).toList().toString();
  }
}
