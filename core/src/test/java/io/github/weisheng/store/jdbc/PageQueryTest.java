package io.github.weisheng.store.jdbc;

import static io.github.weisheng.store.jdbc.StoreFixtures.KIND;
import static io.github.weisheng.store.jdbc.StoreFixtures.commitOf;
import static io.github.weisheng.store.jdbc.StoreFixtures.create;
import static io.github.weisheng.store.jdbc.StoreFixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.ScopeFilter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page queries of scans and look-ups: on H2 each page walks a primary key from where the page
 * before ended, which H2's own plan shows ({@code EXPLAIN ANALYZE}: index sorted, rows scanned).
 */
class PageQueryTest {
  private static final int PAGE = 50;
  private static final int RECORDS = 400;
  private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

  @TempDir Path temp;

  @Test
  @DisplayName("On H2 every page is index sorted and reads at most a page and one row more, even where a value is shared by many pages")
  void everyPageWalksAPrimaryKey() throws SQLException {
    try (TestPool pool = new TestPool(H2Files.url(temp.resolve("db")), "sa", "");
        JdbcRecordStore store = JdbcRecordStore.open(pool, JdbcDialect.h2(), null, PAGE)) {
      // ids r000..r399; "half" is "a" for the first half and "b" for the second (each value spans
      // four pages); "seq" is unique; "long" takes two values of the longest length (256), so
      // that the key after the first is one byte longer than the column; all in one scope
      String longA = "a".repeat(IndexEntry.MAX_VALUE_LENGTH);
      String longB = "b".repeat(IndexEntry.MAX_VALUE_LENGTH);
      for (int first = 0; first < RECORDS; first += 100) {
        List<RecordWrite> writes = new ArrayList<>();
        for (int i = first; i < first + 100; i++) {
          String n = String.format("%03d", i);
          boolean low = i < RECORDS / 2;
          writes.add(create("r" + n, "110101", "x", entry("half", low ? "a" : "b"), entry("seq", "s" + n),
              entry("long", low ? longA : longB)));
        }
        store.commit(commitOf(writes.toArray(RecordWrite[]::new)));
      }
      List<String> all = IntStream.range(0, RECORDS).mapToObj(i -> String.format("r%03d", i)).toList();
      ScopeFilter county = ScopeFilter.within("110101");

      assertThat(walk(pool, PageQuery.scan(KIND, ScopeFilter.all(), PAGE, true))).isEqualTo(all);
      assertThat(walk(pool, PageQuery.scan(KIND, county, PAGE, true))).isEqualTo(all);
      assertThat(walk(pool, PageQuery.find(IndexQuery.equalTo(KIND, "half", "a"), ScopeFilter.all(), PAGE, true)))
          .isEqualTo(all.subList(0, RECORDS / 2));
      assertThat(walk(pool, PageQuery.find(IndexQuery.range(KIND, "half", "a", "c"), county, PAGE, true)))
          .isEqualTo(all);
      assertThat(walk(pool, PageQuery.find(IndexQuery.range(KIND, "seq", "s", "t"), ScopeFilter.all(), PAGE, true)))
          .isEqualTo(all);
      assertThat(walk(pool, PageQuery.find(IndexQuery.range(KIND, "long", longA, longB + "c"), county, PAGE, true)))
          .isEqualTo(all);
    }
  }

  @Test
  @DisplayName("The key after another is that key and a zero byte")
  void successorIsTheLeastGreaterKey() {
    assertThat(PageQuery.successor(new byte[0])).containsExactly(0);
    assertThat(PageQuery.successor(Columns.sortKey("ab"))).containsExactly(0, 'a', 0, 'b', 0);
  }

  @Test
  @DisplayName("Without keyset paging there is one query, the first page's without its limit")
  void withoutKeysetOneQueryReadsEverything() {
    PageQuery keyset = PageQuery.find(IndexQuery.range(KIND, "seq", "a", "b"), ScopeFilter.all(), PAGE, true);
    PageQuery single = PageQuery.find(IndexQuery.range(KIND, "seq", "a", "b"), ScopeFilter.all(), PAGE, false);
    assertThat(keyset.first().sql()).endsWith(" FETCH FIRST " + PAGE + " ROWS ONLY");
    assertThat(single.first().sql() + " FETCH FIRST " + PAGE + " ROWS ONLY").isEqualTo(keyset.first().sql());
    assertThat(single.first().parameters()).hasSize(4);
    assertThat(single.next(PAGE)).isNull();
    assertThat(PageQuery.scan(KIND, ScopeFilter.all(), PAGE, false).next(PAGE)).isNull();
    assertThatThrownBy(() -> PageQuery.scan(KIND, ScopeFilter.all(), 0, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Reads every page as a stream would, checking each page's plan first; returns the ids read.
   */
  private static List<String> walk(TestPool pool, PageQuery pages) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Connection connection = pool.getConnection()) {
      for (PageQuery.Page page = pages.first(); page != null; ) {
        String plan;
        try (PreparedStatement explain = prepare(connection, "EXPLAIN ANALYZE " + page.sql(), page.parameters());
            ResultSet rows = explain.executeQuery()) {
          rows.next();
          plan = rows.getString(1);
        }
        assertThat(plan).as(page.sql()).contains("/* index sorted */");
        Matcher scanned = SCAN_COUNT.matcher(plan);
        assertThat(scanned.find()).as(plan).isTrue();
        assertThat(Integer.parseInt(scanned.group(1))).as("rows of the first table scanned by\n%s", plan)
            .isLessThanOrEqualTo(PAGE + 1);
        int count = 0;
        try (PreparedStatement query = prepare(connection, page.sql(), page.parameters());
            ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            count++;
            pages.saw(rows);
            ids.add(rows.getString(1));
          }
        }
        page = pages.next(count);
      }
    }
    return ids;
  }

  private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    new PageQuery.Page(sql, parameters).bind(statement);
    return statement;
  }
}
