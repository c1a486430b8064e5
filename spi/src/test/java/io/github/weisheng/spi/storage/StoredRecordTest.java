package io.github.weisheng.spi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoredRecordTest {
  private static final RecordKey KEY = RecordKey.of("archive", "a-1");
  private static final String SCOPE = "110101001001";
  private static final Instant AT = Instant.parse("2026-03-01T08:00:00.123Z");

  @Test
  void ofWriteAndCommitIsTheNextVersionWithWhoWhenAndWhy() {
    Set<IndexEntry> index = Set.of(IndexEntry.of("born", "2020-01-01"));
    RecordWrite write = RecordWrite.update(KEY, 4, SCOPE, bytes("body"), index);
    Commit commit = Commit.of("staff-9", "archive.amend", AT, List.of(write));

    StoredRecord stored = StoredRecord.of(write, commit);

    assertThat(stored)
        .isEqualTo(new StoredRecord(KEY, 5, SCOPE, bytes("body"), index, AT, "staff-9", "archive.amend"));
  }

  @Test
  void ofACreateIsVersionOne() {
    RecordWrite write = RecordWrite.create(KEY, SCOPE, bytes("body"), Set.of());
    assertThat(StoredRecord.of(write, Commit.of("staff-1", "x", AT, List.of(write))).version()).isEqualTo(1);
  }

  @Test
  void rejectsVersionsBelowOneAndMalformedScopes() {
    assertThatThrownBy(() -> record(0, bytes("x"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StoredRecord(KEY, 1, "a b", bytes("x"), Set.of(), AT, "s", "r"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(RecordKey.class, KEY)
            .setDefault(String.class, SCOPE)
            .setDefault(long.class, 1L)
            .setDefault(Instant.class, AT);
    tester.testAllPublicConstructors(StoredRecord.class);
    RecordWrite write = RecordWrite.create(KEY, SCOPE, bytes("x"), Set.of());
    tester.setDefault(RecordWrite.class, write)
        .setDefault(Commit.class, Commit.of("staff-1", "x", AT, List.of(write)))
        .testAllPublicStaticMethods(StoredRecord.class);
  }

  @Test
  void copiesTheBodyOnTheWayInAndOut() {
    byte[] body = bytes("original");
    StoredRecord stored = record(1, body);
    body[0] = 'X';
    assertThat(stored.body()).isEqualTo(bytes("original"));
    stored.body()[0] = 'Y';
    assertThat(stored.body()).isEqualTo(bytes("original"));
  }

  @Test
  void copiesTheIndex() {
    Set<IndexEntry> index = new HashSet<>(Set.of(IndexEntry.of("tag", "a")));
    StoredRecord stored = new StoredRecord(KEY, 1, SCOPE, bytes("x"), index, AT, "s", "r");
    index.clear();
    assertThat(stored.index()).containsExactly(IndexEntry.of("tag", "a"));
    assertThatThrownBy(() -> stored.index().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalsComparesBodyContentAndEveryPart() {
    Set<IndexEntry> index = Set.of(IndexEntry.of("tag", "a"));
    new EqualsTester()
        .addEqualityGroup(
            new StoredRecord(KEY, 2, SCOPE, bytes("b"), index, AT, "s", "r"),
            new StoredRecord(KEY, 2, SCOPE, bytes("b"), new HashSet<>(index), AT, "s", "r"))
        .addEqualityGroup(new StoredRecord(RecordKey.of("archive", "a-2"), 2, SCOPE, bytes("b"), index, AT, "s", "r"))
        .addEqualityGroup(new StoredRecord(KEY, 3, SCOPE, bytes("b"), index, AT, "s", "r"))
        .addEqualityGroup(new StoredRecord(KEY, 2, "110101001002", bytes("b"), index, AT, "s", "r"))
        .addEqualityGroup(new StoredRecord(KEY, 2, SCOPE, bytes("c"), index, AT, "s", "r"))
        .addEqualityGroup(new StoredRecord(KEY, 2, SCOPE, bytes("b"), Set.of(), AT, "s", "r"))
        .addEqualityGroup(new StoredRecord(KEY, 2, SCOPE, bytes("b"), index, AT.plusMillis(1), "s", "r"))
        .addEqualityGroup(new StoredRecord(KEY, 2, SCOPE, bytes("b"), index, AT, "t", "r"))
        .addEqualityGroup(new StoredRecord(KEY, 2, SCOPE, bytes("b"), index, AT, "s", "q"))
        .testEquals();
  }

  @Test
  void toStringNeverPrintsBodyOrIndexValues() {
    byte[] body = bytes("{\"name\":\"张三\"}");
    String printed =
        new StoredRecord(KEY, 2, SCOPE, body, Set.of(IndexEntry.of("phone", "13800138000")), AT, "staff-1", "r")
            .toString();
    assertThat(printed)
        .contains("archive/a-1", "v2", SCOPE, body.length + " bytes", "staff-1")
        .doesNotContain("张三", "name", "13800138000", Arrays.toString(body));
  }

  private static StoredRecord record(long version, byte[] body) {
    return new StoredRecord(KEY, version, SCOPE, body, Set.of(), AT, "staff-1", "reason");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
