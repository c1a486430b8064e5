package io.github.weisheng.store.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.StoredRecord;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small builders of keys, writes and commits shared by the record store tests. */
final class StoreFixtures {
  static final String KIND = "archive";
  static final Instant T0 = Instant.parse("2026-04-01T08:30:00.123456789Z");

  private StoreFixtures() {}

  static RecordKey key(String id) {
    return RecordKey.of(KIND, id);
  }

  static byte[] body(String text) {
    return text.getBytes(UTF_8);
  }

  static String text(StoredRecord record) {
    return new String(record.body(), UTF_8);
  }

  static Commit commitOf(Instant at, RecordWrite... writes) {
    return Commit.of("staff-0001", "test.write", at, List.of(writes));
  }

  static Commit commitOf(RecordWrite... writes) {
    return commitOf(T0, writes);
  }

  static RecordWrite create(String id, String scope, String body, IndexEntry... index) {
    return RecordWrite.create(key(id), scope, body(body), Set.of(index));
  }

  static RecordWrite update(String id, long expected, String scope, String body, IndexEntry... index) {
    return RecordWrite.update(key(id), expected, scope, body(body), Set.of(index));
  }

  static IndexEntry entry(String name, String value) {
    return IndexEntry.of(name, value);
  }

  static List<String> ids(Stream<StoredRecord> records) {
    try (records) {
      return records.map(r -> r.key().id()).collect(Collectors.toList());
    }
  }

  static List<StoredRecord> all(Stream<StoredRecord> records) {
    try (records) {
      return records.collect(Collectors.toList());
    }
  }
}
