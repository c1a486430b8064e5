package io.github.weisheng.store.jdbc;

import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.StoredRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Run in a child JVM that the crash test kills: commits to the H2 file store in {@code args[0]}
 * forever and prints {@code ack <n>} after commit {@code n} returned. Commit {@code n} creates
 * records {@code c<n>-a}, {@code c<n>-b}, {@code c<n>-c} and writes version {@code n} of record
 * {@code head}, so a partial commit shows as records without the head version or the reverse.
 * {@code args[1]}, when given, is the store's compaction interval in commits (default: {@link
 * H2FileOptions#defaults()}).
 */
public final class H2CrashChild {
  static final String KIND = "crash";
  static final RecordKey HEAD = RecordKey.of(KIND, "head");
  static final List<String> PARTS = List.of("a", "b", "c");

  private H2CrashChild() {}

  static String number(long n) {
    return String.format("%08d", n);
  }

  static RecordKey part(long n, String part) {
    return RecordKey.of(KIND, "c" + number(n) + "-" + part);
  }

  static byte[] body(long n, String part) {
    return ("commit " + n + " part " + part + " " + "x".repeat(200)).getBytes(StandardCharsets.UTF_8);
  }

  public static void main(String[] args) {
    H2FileOptions options = args.length > 1
        ? H2FileOptions.compactingEvery(Integer.parseInt(args[1])).compactingBelowFillRate(100).withCompactionSlack(0) // a round at every check
        : H2FileOptions.defaults();
    try (JdbcRecordStore store = JdbcRecordStore.openH2File(Path.of(args[0]), options)) {
      long n = store.read(HEAD).map(StoredRecord::version).orElse(0L);
      while (true) {
        n++;
        List<RecordWrite> writes = new ArrayList<>();
        for (String part : PARTS) {
          writes.add(RecordWrite.create(part(n, part), "110101001001", body(n, part),
              Set.of(IndexEntry.of("commit", number(n)))));
        }
        writes.add(new RecordWrite(HEAD, n - 1, "110101001001", body(n, "head"), Set.of()));
        store.commit(Commit.of("staff-crash", "test.crash", Instant.ofEpochSecond(n, n), writes));
        System.out.println("ack " + n);
        System.out.flush();
      }
    }
  }
}
