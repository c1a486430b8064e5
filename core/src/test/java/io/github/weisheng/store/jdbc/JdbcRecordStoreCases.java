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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC record store promises beyond the storage contract: its schema (creation,
 * migration, refusal of a newer store), whole-or-nothing commits under injected failures, driver
 * messages kept out of exceptions, and bounded memory while streaming. Subclasses supply a
 * database: H2 in file mode or a real PostgreSQL.
 */
abstract class JdbcRecordStoreCases extends RecordStoreContract {
  private final List<AutoCloseable> resources = new ArrayList<>();

  /**
   * Returns a pooled data source over a new, empty database (or schema); closed after the test.
   *
   * @return the data source
   */
  protected abstract TestPool newEmptyDatabase();

  /**
   * Returns the dialect of the databases this class tests.
   *
   * @return the dialect
   */
  protected abstract JdbcDialect dialect();

  /** Registers a resource to close after the test, newest first. */
  <T extends AutoCloseable> T closeLater(T resource) {
    resources.add(resource);
    return resource;
  }

  @AfterEach
  void closeResources() throws Exception {
    for (int i = resources.size() - 1; i >= 0; i--) {
      resources.get(i).close();
    }
    resources.clear();
  }

  JdbcRecordStore openOn(javax.sql.DataSource dataSource) {
    return closeLater(JdbcRecordStore.open(dataSource, dialect()));
  }

  static List<Integer> schemaVersions(TestPool database) throws SQLException {
    return queryInts(database, "SELECT schema_version FROM ws_schema ORDER BY schema_version");
  }

  static List<Integer> queryInts(TestPool database, String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<Integer> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getInt(1));
      }
      return values;
    }
  }

  static void execute(TestPool database, String... sql) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      for (String one : sql) {
        statement.execute(one);
      }
    }
  }

  // ------------------------------------------------------------------ schema

  @Test
  @DisplayName("Schema: an empty database gets the four tables and schema version 1")
  void emptyDatabaseGetsSchema() throws SQLException {
    TestPool database = newEmptyDatabase();
    JdbcRecordStore store = openOn(database);
    assertThat(store.dialect()).isSameAs(dialect());
    assertThat(schemaVersions(database)).containsExactly(1);
    for (String table : List.of("ws_record", "ws_record_version", "ws_index")) {
      assertThat(queryInts(database, "SELECT COUNT(*) FROM " + table)).containsExactly(0);
    }
  }

  @Test
  @DisplayName("Schema: opening an existing store keeps its data and applies nothing twice")
  void reopeningKeepsData() throws SQLException {
    TestPool database = newEmptyDatabase();
    RecordWrite write = create("kept", "110101", "body", entry("tag", "t"));
    Commit commit = commitOf(write);
    try (JdbcRecordStore store = JdbcRecordStore.open(database, dialect())) {
      store.commit(commit);
      store.commit(commitOf(update("kept", 1, "110101", "body2", entry("tag", "u"))));
    }
    JdbcRecordStore reopened = openOn(database);
    assertThat(reopened.history(key("kept"))).hasSize(2);
    assertThat(reopened.read(key("kept"), 1)).contains(StoredRecord.of(write, commit));
    assertThat(ids(reopened.find(IndexQuery.equalTo(KIND, "tag", "u"), ScopeFilter.all()))).containsExactly("kept");
    assertThat(schemaVersions(database)).containsExactly(1);
  }

  @Test
  @DisplayName("Schema: a store whose ws_schema records a future version is refused, untouched")
  void futureSchemaIsRefused() throws SQLException {
    TestPool database = newEmptyDatabase();
    try (JdbcRecordStore store = JdbcRecordStore.open(database, dialect())) {
      store.commit(commitOf(create("a", "s1", "x")));
    }
    execute(database, "INSERT INTO ws_schema (schema_version, description) VALUES (99, 'future')");

    assertThatThrownBy(() -> JdbcRecordStore.open(database, dialect()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("version 99")
        .hasMessageContaining("version " + dialect().schemaVersion())
        .hasMessageContaining("upgrade");
    assertThat(schemaVersions(database)).containsExactly(1, 99);
    assertThat(queryInts(database, "SELECT COUNT(*) FROM ws_record")).containsExactly(1);
  }

  @Test
  @DisplayName("Schema: a newer library migrates an older store in order; the older library then refuses it")
  void olderStoreIsMigrated() throws SQLException {
    TestPool database = newEmptyDatabase();
    try (JdbcRecordStore store = JdbcRecordStore.open(database, dialect())) {
      store.commit(commitOf(create("a", "110101", "x", entry("tag", "t"))));
    }
    List<SchemaScript> newer = new ArrayList<>(dialect().schemaScripts());
    newer.add(SchemaScript.of(2, "scope-index", String.join("\n",
        "-- a test migration",
        "CREATE INDEX ws_record_by_scope ON ws_record (kind, scope);",
        "INSERT INTO ws_schema (schema_version, description) VALUES (2, 'scope-index');")));
    newer.add(SchemaScript.of(3, "note", String.join("\n",
        "ALTER TABLE ws_record_version ADD COLUMN note VARCHAR(20);",
        "INSERT INTO ws_schema (schema_version, description) VALUES (3, 'note');")));
    JdbcDialect newerDialect = dialect().withScripts(newer);

    try (JdbcRecordStore migrated = JdbcRecordStore.open(database, newerDialect)) {
      assertThat(schemaVersions(database)).containsExactly(1, 2, 3);
      assertThat(migrated.read(key("a"))).isPresent();
      migrated.commit(commitOf(update("a", 1, "110101001", "y", entry("tag", "t"))));
      assertThat(ids(migrated.scan(KIND, ScopeFilter.within("110101001")))).containsExactly("a");
    }
    try (JdbcRecordStore again = JdbcRecordStore.open(database, newerDialect)) {
      assertThat(again.history(key("a"))).hasSize(2);
    }
    assertThat(schemaVersions(database)).containsExactly(1, 2, 3);
    assertThatThrownBy(() -> JdbcRecordStore.open(database, dialect()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("version 3");
  }

  @Test
  @DisplayName("Schema: a host may run the DDL scripts itself; the store then finds them applied")
  void hostMayRunTheScripts() throws SQLException {
    TestPool database = newEmptyDatabase();
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        for (SchemaScript script : dialect().schemaScripts()) {
          for (String sql : script.statements()) {
            statement.execute(sql);
          }
        }
      }
      connection.commit();
    }
    JdbcRecordStore store = openOn(database);
    store.commit(commitOf(create("a", "s1", "x")));
    assertThat(schemaVersions(database)).containsExactly(1);
  }

  @Test
  @DisplayName("Schema: foreign tables named ws_record without ws_schema are refused")
  void tablesWithoutSchemaVersionAreRefused() throws SQLException {
    TestPool database = newEmptyDatabase();
    execute(database, "CREATE TABLE ws_record (something INTEGER)");
    assertThatThrownBy(() -> JdbcRecordStore.open(database, dialect()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("ws_schema");
  }

  @Test
  @DisplayName("Dialect: recognised from the data source")
  void dialectIsDetected() {
    TestPool database = newEmptyDatabase();
    assertThat(JdbcDialect.detect(database)).isSameAs(dialect());
    assertThat(closeLater(JdbcRecordStore.open(database)).dialect()).isSameAs(dialect());
  }

  // ------------------------------------------------------------------ whole or nothing

  /** Each index row of a record by entry name, as the database's identity of that row version. */
  private Map<String, String> indexRowIdentities(TestPool database, String id) throws SQLException {
    // H2: the hidden row id, new for a re-inserted row; PostgreSQL: xmin, the inserting transaction
    String identity = dialect().isH2() ? "CAST(_ROWID_ AS VARCHAR)" : "xmin::text";
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT idx_name, " + identity
            + " FROM ws_index WHERE kind = '" + KIND + "' AND id = '" + id + "'")) {
      Map<String, String> identities = new LinkedHashMap<>();
      while (rows.next()) {
        identities.put(rows.getString(1), rows.getString(2));
      }
      return identities;
    }
  }

  @Test
  @DisplayName("Index rows: a new version rewrites only the index rows whose entries changed")
  void unchangedIndexRowsAreNotRewritten() throws SQLException {
    TestPool database = newEmptyDatabase();
    JdbcRecordStore store = openOn(database);
    store.commit(commitOf(create("a", "s1", "a1", entry("tag", "hyp"), entry("born", "2020-01-15"),
        entry("team", "t1"))));
    Map<String, String> v1 = indexRowIdentities(database, "a");
    assertThat(v1).containsOnlyKeys("tag", "born", "team");

    store.commit(commitOf(update("a", 1, "s1", "a2", entry("tag", "hyp"), entry("born", "2020-01-15"),
        entry("team", "t1"))));
    assertThat(indexRowIdentities(database, "a")).as("same entries: no row rewritten").isEqualTo(v1);

    store.commit(commitOf(update("a", 2, "s2", "a3", entry("tag", "dm"), entry("born", "2020-01-15"),
        entry("opened", "2026-01-01"))));
    Map<String, String> v3 = indexRowIdentities(database, "a");
    assertThat(v3).containsOnlyKeys("tag", "born", "opened");
    assertThat(v3.get("born")).as("kept entry").isEqualTo(v1.get("born"));
    assertThat(v3.get("tag")).as("changed entry").isNotEqualTo(v1.get("tag"));
    assertThat(ids(store.find(IndexQuery.equalTo(KIND, "tag", "dm"), ScopeFilter.all()))).containsExactly("a");
    assertThat(store.find(IndexQuery.equalTo(KIND, "tag", "hyp"), ScopeFilter.all())).isEmpty();
    assertThat(store.find(IndexQuery.equalTo(KIND, "team", "t1"), ScopeFilter.all())).isEmpty();
    assertThat(ids(store.find(IndexQuery.equalTo(KIND, "opened", "2026-01-01"), ScopeFilter.within("s2"))))
        .containsExactly("a");
  }

  @Test
  @DisplayName("Atomicity: a commit failing at any of its statements leaves nothing behind")
  void commitFailingHalfwayLeavesNothing() {
    FailingDataSource failing = new FailingDataSource(newEmptyDatabase());
    JdbcRecordStore store = openOn(failing);
    store.commit(commitOf(
        create("a", "s1", "a1", entry("tag", "a1")), create("b", "s1", "b1", entry("tag", "b1"))));
    List<StoredRecord> before = snapshot(store);
    Commit commit = commitOf(
        update("a", 1, "s2", "a2", entry("tag", "a2"), entry("more", "x")),
        create("c", "s1", "c1", entry("tag", "c1")),
        update("b", 1, "s1", "b2"));

    int failurePoints = 0;
    for (int n = 1; ; n++) {
      failing.failExecution(n);
      try {
        store.commit(commit);
      } catch (StoreException e) {
        assertThat(e).isNotInstanceOf(StaleVersionException.class);
        assertNoSecret(e);
        failing.disarm();
        assertThat(snapshot(store)).as("after a failure at statement %d", n).isEqualTo(before);
        assertThat(ids(store.find(IndexQuery.range(KIND, "tag", "a", "z"), ScopeFilter.all())))
            .containsExactly("a", "b");
        failurePoints++;
        continue;
      }
      break; // n is past the commit's last statement: it went through
    }
    failing.disarm();
    assertThat(failurePoints).as("statements of the commit").isGreaterThanOrEqualTo(5);
    assertThat(text(store.read(key("c")).orElseThrow())).isEqualTo("c1");
    assertThat(store.read(key("a")).orElseThrow().version()).isEqualTo(2);
    assertThat(ids(store.find(IndexQuery.range(KIND, "tag", "a", "z"), ScopeFilter.all())))
        .containsExactly("a", "c");
  }

  @Test
  @DisplayName("Atomicity: a connection failing at COMMIT is reported as an unknown outcome")
  void failingCommitCallLeavesNothing() {
    FailingDataSource failing = new FailingDataSource(newEmptyDatabase());
    JdbcRecordStore store = openOn(failing);
    store.commit(commitOf(create("a", "s1", "a1")));
    List<StoredRecord> before = snapshot(store);
    failing.failCommit();
    assertThatThrownBy(() -> store.commit(commitOf(update("a", 1, "s1", "a2"), create("b", "s1", "b1"))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("during COMMIT")
        .hasMessageContaining("unknown")
        .satisfies(e -> assertNoSecret(e));
    assertThat(snapshot(store)).isEqualTo(before);
  }

  private static List<StoredRecord> snapshot(RecordStore store) {
    List<StoredRecord> everything = new ArrayList<>();
    for (StoredRecord current : all(store.scan(KIND, ScopeFilter.all()))) {
      everything.addAll(store.history(current.key()));
    }
    return everything;
  }

  // ------------------------------------------------------------------ privacy

  @Test
  @DisplayName("Privacy: a driver message is never passed on (reads and commits)")
  void injectedDriverMessagesAreWithheld() {
    FailingDataSource failing = new FailingDataSource(newEmptyDatabase());
    JdbcRecordStore store = openOn(failing);
    store.commit(commitOf(create("a", "s1", "x")));
    failing.failExecution(1);
    assertThatThrownBy(() -> store.read(key("a")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(KIND + "/a")
        .hasMessageContaining("java.sql.SQLException")
        .hasMessageContaining("08006")
        .satisfies(e -> assertNoSecret(e));
    failing.failExecution(1);
    assertThatThrownBy(() -> store.scan(KIND, ScopeFilter.all()).close())
        .isInstanceOf(StoreException.class)
        .satisfies(e -> assertNoSecret(e));
  }

  @Test
  @DisplayName("Privacy: a real constraint violation quoting an index value is reported without it")
  void realDriverMessagesAreWithheld() throws SQLException {
    TestPool database = newEmptyDatabase();
    JdbcRecordStore store = openOn(database);
    execute(database, "ALTER TABLE ws_index ADD CONSTRAINT test_no_secret CHECK (idx_value <> '"
        + FailingDataSource.SECRET + "')");
    assertThatThrownBy(() -> store.commit(commitOf(
            create("a", "s1", "x", entry("name.key", FailingDataSource.SECRET)))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(KIND + "/a")
        .hasMessageContaining("23")
        .satisfies(e -> assertNoSecret(e));
    assertThat(store.read(key("a"))).isEmpty();
  }

  static void assertNoSecret(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(FailingDataSource.SECRET).doesNotContain("张三");
      assertThat(t.toString()).doesNotContain(FailingDataSource.SECRET);
      for (Throwable suppressed : t.getSuppressed()) {
        assertNoSecret(suppressed);
      }
    }
  }

  // ------------------------------------------------------------------ streams

  @Test
  @DisplayName("Scans: 100,000 records stream through a JVM whose heap could not hold them")
  void streamsInBoundedMemory() throws Exception {
    int count = 100_000;
    TestPool database = newEmptyDatabase();
    Random random = new Random(11);
    try (JdbcRecordStore store = JdbcRecordStore.open(database, dialect())) {
      for (int first = 0; first < count; first += 1000) {
        List<RecordWrite> writes = new ArrayList<>();
        for (int i = first; i < first + 1000; i++) {
          byte[] body = new byte[1024];
          random.nextBytes(body);
          String n = String.format("%06d", i);
          writes.add(RecordWrite.create(RecordKey.of("bulk", "r" + n), "110101", body,
              Set.of(entry("seq", "v" + n))));
        }
        store.commit(Commit.of("staff-1", "test.bulk", T0, writes));
      }
    }
    database.closeIdle(); // an H2 file may be open in one process at a time
    // ~100 MB of bodies; a 48 MB heap holds them only if they are streamed.
    Process child = ChildJvm.command(entry -> true, List.of("-Xmx48m"), ScanChild.class,
            List.of(dialect().id(), database.url(), database.user(), database.password(), "bulk", "seq"))
        .redirectErrorStream(true)
        .start();
    List<String> output;
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      output = reader.lines().collect(Collectors.toList());
    }
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as(String.join("\n", output)).isZero();
    assertThat(output).contains("scanned " + count, "found " + count);
  }

  /** Opens a store whose streams read {@code pageSize} records per page (H2) or per fetch (PostgreSQL). */
  JdbcRecordStore openWithPages(TestPool database, int pageSize) {
    return closeLater(JdbcRecordStore.open(database, dialect(), null, pageSize));
  }

  @Test
  @DisplayName("Scans: a stream read over many pages shows the store as it was at its first query")
  void streamShowsOneSnapshotAcrossPages() {
    JdbcRecordStore store = openWithPages(newEmptyDatabase(), 3);
    List<RecordWrite> writes = new ArrayList<>();
    List<String> before = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String id = String.format("r%02d", i);
      before.add(id);
      writes.add(create(id, "110101", "v1", entry("tag", "all"), entry("seq", id)));
    }
    store.commit(commitOf(writes.toArray(RecordWrite[]::new)));
    List<Stream<StoredRecord>> streams = List.of(
        store.scan(KIND, ScopeFilter.all()),
        store.find(IndexQuery.equalTo(KIND, "tag", "all"), ScopeFilter.all()),
        store.find(IndexQuery.range(KIND, "seq", "r", "s"), ScopeFilter.all()));
    List<Iterator<StoredRecord>> iterators = new ArrayList<>();
    List<List<StoredRecord>> seen = new ArrayList<>();
    for (Stream<StoredRecord> stream : streams) {
      Iterator<StoredRecord> iterator = stream.iterator();
      List<StoredRecord> first = new ArrayList<>();
      first.add(iterator.next());
      first.add(iterator.next()); // the first page has been read
      iterators.add(iterator);
      seen.add(first);
    }

    // one commit that changes records of later pages and adds records after the streams' positions
    store.commit(commitOf(
        update("r15", 1, "110101", "v2", entry("tag", "all"), entry("seq", "r15b")),
        update("r19", 1, "110101", "v2"),
        create("r20", "110101", "new", entry("tag", "all"), entry("seq", "r20")),
        create("r05x", "110101", "new", entry("tag", "all"), entry("seq", "r05x"))));

    for (int s = 0; s < streams.size(); s++) {
      iterators.get(s).forEachRemaining(seen.get(s)::add);
      streams.get(s).close();
      assertThat(seen.get(s)).as("stream %d", s).extracting(r -> r.key().id()).containsExactlyElementsOf(before);
      assertThat(seen.get(s)).as("stream %d", s).allSatisfy(r -> {
        assertThat(r.version()).isEqualTo(1);
        assertThat(text(r)).isEqualTo("v1");
      });
    }
    assertThat(ids(store.scan(KIND, ScopeFilter.all()))).hasSize(22).contains("r05x", "r20");
    assertThat(ids(store.find(IndexQuery.equalTo(KIND, "tag", "all"), ScopeFilter.all())))
        .hasSize(21).doesNotContain("r19");
    assertThat(all(store.find(IndexQuery.range(KIND, "seq", "r15", "r16"), ScopeFilter.all())))
        .singleElement().satisfies(r -> assertThat(r.index()).contains(entry("seq", "r15b")));
  }

  @Test
  @DisplayName("Scans: a stream gives its connection back, as it found it, when read to its end or closed")
  void streamsGiveTheirConnectionBack() throws SQLException {
    TestPool database = newEmptyDatabase();
    JdbcRecordStore store = openWithPages(database, 2);
    store.commit(commitOf(create("a", "s1", "a", entry("tag", "t")), create("b", "s1", "b", entry("tag", "t")),
        create("c", "s1", "c", entry("tag", "t")), create("d", "s1", "d", entry("tag", "t")),
        create("e", "s1", "e", entry("tag", "t"))));
    assertThat(database.borrowed()).isZero();

    Iterator<StoredRecord> unclosed = store.scan(KIND, ScopeFilter.all()).iterator();
    assertThat(unclosed.next().key().id()).isEqualTo("a");
    assertThat(database.borrowed()).as("while streaming").isEqualTo(1);
    List<String> rest = new ArrayList<>();
    unclosed.forEachRemaining(r -> rest.add(r.key().id()));
    assertThat(rest).containsExactly("b", "c", "d", "e");
    assertThat(database.borrowed()).as("read to its end, never closed").isZero();

    Stream<StoredRecord> abandoned = store.find(IndexQuery.equalTo(KIND, "tag", "t"), ScopeFilter.all());
    assertThat(abandoned.iterator().next().key().id()).isEqualTo("a");
    assertThat(database.borrowed()).isEqualTo(1);
    abandoned.close();
    assertThat(database.borrowed()).as("closed early").isZero();

    try (Connection connection = database.getConnection()) {
      assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
      assertThat(connection.getAutoCommit()).isTrue();
    }
  }

  /** Ids of the paging model, in no particular order: mixed case, digits and punctuation. */
  private static final List<String> MODEL_IDS = List.of(
      "a", "B", "Z", "b", "A", "z", "0", "9", "a.b", "a-b", "a:b", "a_b", "A1", "a1", "a10", "a9");
  /**
   * Index values of the paging model, in no particular order: shared prefixes, case, and a
   * supplementary character (U+20000) that sorts below U+FF21 by UTF-16 code units, as {@link
   * String#compareTo} does, but above it by code point.
   */
  private static final List<String> MODEL_VALUES = List.of(
      "a", "a0", "a00", "b", "B", "\u00e9", "\uff21", "\ud840\udc00", "z", "0");

  @Test
  @DisplayName("Scans and look-ups in pages of 1 to 4 return what a sorted model returns: page boundaries within shared values, ranges, scopes")
  void pagedStreamsMatchTheModel() {
    TestPool database = newEmptyDatabase();
    List<JdbcRecordStore> stores = new ArrayList<>();
    for (int pageSize = 1; pageSize <= 4; pageSize++) {
      stores.add(openWithPages(database, pageSize));
    }
    AtomicInteger runs = new AtomicInteger();
    qt().withExamples(60)
        .withShrinkCycles(100)
        .forAll(lists().of(integers().between(0, 99)).ofSizeBetween(0, 60), integers().between(1, 4),
            integers().between(0, MODEL_VALUES.size() - 1), integers().between(0, MODEL_VALUES.size() - 1))
        .checkAssert((codes, pageSize, a, b) -> {
          JdbcRecordStore store = stores.get(pageSize - 1);
          String kind = "paged" + runs.incrementAndGet();
          // every 4 codes make a record: id, two index values (or none), scope
          Map<String, RecordWrite> records = new LinkedHashMap<>();
          for (int at = 0; at + 3 < codes.size(); at += 4) {
            String id = MODEL_IDS.get(codes.get(at) % MODEL_IDS.size());
            Set<IndexEntry> index = new LinkedHashSet<>();
            for (int value : List.of(codes.get(at + 1), codes.get(at + 2))) {
              if (value % (MODEL_VALUES.size() + 1) < MODEL_VALUES.size()) {
                index.add(entry("v", MODEL_VALUES.get(value % (MODEL_VALUES.size() + 1))));
              }
            }
            String scope = codes.get(at + 3) % 2 == 0 ? "110101001" : "110102001";
            records.putIfAbsent(id, RecordWrite.create(RecordKey.of(kind, id), scope, body(id), index));
          }
          if (!records.isEmpty()) {
            store.commit(Commit.of("staff-0001", "test.paging", T0, List.copyOf(records.values())));
          }
          ScopeFilter county = ScopeFilter.within("110101");

          assertThat(ids(store.scan(kind, ScopeFilter.all()))).as("scan")
              .containsExactlyElementsOf(records.keySet().stream().sorted().toList());
          assertThat(ids(store.scan(kind, county))).as("scan in scope")
              .containsExactlyElementsOf(records.values().stream().filter(w -> w.scope().startsWith("110101"))
                  .map(w -> w.key().id()).sorted().toList());
          for (String value : MODEL_VALUES) {
            assertThat(ids(store.find(IndexQuery.equalTo(kind, "v", value), ScopeFilter.all())))
                .as("exact %s", value)
                .containsExactlyElementsOf(model(records, value, value + "\u0000", w -> true));
          }
          String from = MODEL_VALUES.get(Math.min(a, b));
          String to = MODEL_VALUES.get(Math.max(a, b));
          if (from.compareTo(to) > 0) {
            String swap = from;
            from = to;
            to = swap;
          }
          assertThat(ids(store.find(IndexQuery.range(kind, "v", from, to), ScopeFilter.all())))
              .as("range [%s, %s)", from, to)
              .containsExactlyElementsOf(model(records, from, to, w -> true));
          assertThat(ids(store.find(IndexQuery.range(kind, "v", "", "\uffff"), county)))
              .as("everything in scope")
              .containsExactlyElementsOf(model(records, "", "\uffff", w -> w.scope().startsWith("110101")));
        });
  }

  /** The ids a look-up of values in {@code [from, to)} returns: one per matching entry, by value then id. */
  private static List<String> model(Map<String, RecordWrite> records, String from, String to,
      Predicate<RecordWrite> inScope) {
    record Hit(String value, String id) {}
    List<Hit> hits = new ArrayList<>();
    for (RecordWrite write : records.values()) {
      for (IndexEntry entry : write.index()) {
        if (inScope.test(write) && entry.value().compareTo(from) >= 0 && entry.value().compareTo(to) < 0) {
          hits.add(new Hit(entry.value(), write.key().id()));
        }
      }
    }
    hits.sort(Comparator.comparing(Hit::value).thenComparing(Hit::id));
    return hits.stream().map(Hit::id).toList();
  }

  @Test
  @DisplayName("Close: closing the store closes its open streams")
  void closingTheStoreClosesOpenStreams() {
    JdbcRecordStore store = JdbcRecordStore.open(newEmptyDatabase(), dialect());
    store.commit(commitOf(create("a", "s1", "x"), create("b", "s1", "y"), create("c", "s1", "z")));
    Stream<StoredRecord> records = store.scan(KIND, ScopeFilter.all());
    Iterator<StoredRecord> iterator = records.iterator();
    assertThat(iterator.next().key().id()).isEqualTo("a");
    store.close();
    // the result set is closed: the stream ends or fails with StoreException, never hangs or leaks
    List<String> rest = new ArrayList<>();
    try {
      iterator.forEachRemaining(r -> rest.add(r.key().id()));
    } catch (StoreException expected) {
      assertThat(expected).hasMessageContaining("closed");
    }
    assertThat(rest).hasSizeLessThanOrEqualTo(2);
    records.close();
  }

  // ------------------------------------------------------------------ arguments

  @Test
  @DisplayName("Text that PostgreSQL cannot store (U+0000, unpaired surrogates) is refused on every database")
  void unstorableTextIsRefused() {
    JdbcRecordStore store = openOn(newEmptyDatabase());
    assertThatThrownBy(() -> store.commit(Commit.of("staff\u0000", "r", T0, List.of(create("a", "s1", "x")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("author");
    assertThatThrownBy(() -> store.commit(Commit.of("staff", "why\uD800", T0, List.of(create("a", "s1", "x")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> store.commit(commitOf(create("a", "s1", "x", entry("tag", "x\uDC00y")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index.value");
    assertThat(store.read(key("a"))).isEmpty();
    store.commit(commitOf(create("a", "s1", "x", entry("tag", "\uD840\uDC00 ok"))));
    assertThat(store.read(key("a"))).isPresent();
  }

  @Test
  @DisplayName("Null arguments are refused with NullPointerException; a malformed kind with IllegalArgumentException")
  void nullsAndMalformedKinds() {
    JdbcRecordStore store = openOn(newEmptyDatabase());
    NullPointerTester tester = new NullPointerTester()
        .setDefault(RecordKey.class, key("a"))
        .setDefault(Commit.class, commitOf(create("npe", "s1", "x")))
        .setDefault(IndexQuery.class, IndexQuery.equalTo(KIND, "tag", "t"))
        .setDefault(ScopeFilter.class, ScopeFilter.all())
        .setDefault(JdbcDialect.class, dialect())
        .setDefault(H2FileOptions.class, H2FileOptions.defaults())
        .setDefault(javax.sql.DataSource.class, newEmptyDatabase());
    tester.testAllPublicInstanceMethods(store);
    tester.testAllPublicStaticMethods(JdbcRecordStore.class);
    assertThatThrownBy(() -> store.scan("Not A Kind", ScopeFilter.all()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
