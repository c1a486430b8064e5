package io.github.weisheng.spi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordWriteTest {
  private static final RecordKey KEY = RecordKey.of("archive", "a-1");
  private static final String SCOPE = "110101001001";

  @Test
  void createExpectsVersionZero() {
    RecordWrite write = RecordWrite.create(KEY, SCOPE, bytes("x"), Set.of());
    assertThat(write.expectedVersion()).isZero();
    assertThat(write.key()).isEqualTo(KEY);
    assertThat(write.scope()).isEqualTo(SCOPE);
  }

  @Test
  void updateExpectsTheVersionRead() {
    assertThat(RecordWrite.update(KEY, 7, SCOPE, bytes("x"), Set.of()).expectedVersion()).isEqualTo(7);
  }

  @Test
  void updateRejectsVersionsBelowOne() {
    assertThatThrownBy(() -> RecordWrite.update(KEY, 0, SCOPE, bytes("x"), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNegativeExpectedVersions() {
    assertThatThrownBy(() -> new RecordWrite(KEY, -1, SCOPE, bytes("x"), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsMalformedScopes() {
    assertThatThrownBy(() -> RecordWrite.create(KEY, "", bytes("x"), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scope");
    assertThatThrownBy(() -> RecordWrite.create(KEY, "1101 01", bytes("x"), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(RecordKey.class, KEY)
            .setDefault(String.class, SCOPE)
            .setDefault(long.class, 1L);
    tester.testAllPublicStaticMethods(RecordWrite.class);
    tester.testAllPublicConstructors(RecordWrite.class);
  }

  @Test
  void copiesTheBodyOnTheWayInAndOut() {
    byte[] body = bytes("original");
    RecordWrite write = RecordWrite.create(KEY, SCOPE, body, Set.of());
    body[0] = 'X';
    assertThat(write.body()).isEqualTo(bytes("original"));

    write.body()[0] = 'Y';
    assertThat(write.body()).isEqualTo(bytes("original"));
  }

  @Test
  void copiesTheIndexAndMakesItUnmodifiable() {
    Set<IndexEntry> index = new HashSet<>(Set.of(IndexEntry.of("tag", "a")));
    RecordWrite write = RecordWrite.create(KEY, SCOPE, bytes("x"), index);
    index.add(IndexEntry.of("tag", "b"));
    assertThat(write.index()).containsExactly(IndexEntry.of("tag", "a"));
    assertThatThrownBy(() -> write.index().add(IndexEntry.of("tag", "c")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalsComparesBodyContent() {
    Set<IndexEntry> index = Set.of(IndexEntry.of("tag", "a"));
    new EqualsTester()
        .addEqualityGroup(
            RecordWrite.update(KEY, 2, SCOPE, bytes("body"), index),
            RecordWrite.update(KEY, 2, SCOPE, bytes("body"), new HashSet<>(index)))
        .addEqualityGroup(RecordWrite.update(KEY, 2, SCOPE, bytes("other"), index))
        .addEqualityGroup(RecordWrite.update(KEY, 3, SCOPE, bytes("body"), index))
        .addEqualityGroup(RecordWrite.update(KEY, 2, "110101001002", bytes("body"), index))
        .addEqualityGroup(RecordWrite.update(KEY, 2, SCOPE, bytes("body"), Set.of()))
        .addEqualityGroup(RecordWrite.update(RecordKey.of("archive", "a-2"), 2, SCOPE, bytes("body"), index))
        .testEquals();
  }

  @Test
  void toStringNeverPrintsBodyOrIndexValues() {
    byte[] body = bytes("{\"name\":\"张三\"}");
    String printed =
        RecordWrite.create(KEY, SCOPE, body, Set.of(IndexEntry.of("phone", "13800138000"))).toString();
    assertThat(printed)
        .contains("archive/a-1", SCOPE, body.length + " bytes")
        .doesNotContain("张三", "name", "13800138000", Arrays.toString(body));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
