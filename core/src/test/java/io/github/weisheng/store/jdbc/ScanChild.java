package io.github.weisheng.store.jdbc;

import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Run in a child JVM with a small heap: streams every record of a kind by scan and by a range
 * look-up, checking count and order, and prints {@code scanned N} and {@code found N}. Arguments:
 * dialect id, JDBC URL, user, password, kind, index name.
 */
public final class ScanChild {
  private ScanChild() {}

  public static void main(String[] args) throws Exception {
    JdbcDialect dialect = args[0].equals("h2") ? JdbcDialect.h2() : JdbcDialect.postgresql();
    String kind = args[4];
    String index = args[5];
    try (TestPool pool = new TestPool(args[1], args[2], args[3]);
        JdbcRecordStore store = JdbcRecordStore.open(pool, dialect)) {
      try (Stream<StoredRecord> records = store.scan(kind, ScopeFilter.all())) {
        System.out.println("scanned " + countInOrder(records.iterator(), false));
      }
      try (Stream<StoredRecord> records =
          store.find(IndexQuery.range(kind, index, "", "\uFFFF"), ScopeFilter.all())) {
        System.out.println("found " + countInOrder(records.iterator(), true));
      }
    }
  }

  private static long countInOrder(Iterator<StoredRecord> records, boolean byIndexValue) {
    long count = 0;
    String previous = "";
    while (records.hasNext()) {
      StoredRecord record = records.next();
      String sortKey = byIndexValue
          ? record.index().iterator().next().value() + "/" + record.key().id()
          : record.key().id();
      if (count > 0 && sortKey.compareTo(previous) <= 0) {
        throw new AssertionError("out of order at record " + count);
      }
      previous = sortKey;
      count++;
    }
    return count;
  }
}
