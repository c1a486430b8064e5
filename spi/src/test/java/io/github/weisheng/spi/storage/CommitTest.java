package io.github.weisheng.spi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommitTest {
  private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");
  private static final RecordWrite A =
      RecordWrite.create(RecordKey.of("archive", "a"), "110101001001", bytes("张三"), Set.of());
  private static final RecordWrite B =
      RecordWrite.create(RecordKey.of("archive", "b"), "110101001001", bytes("b"), Set.of());

  @Test
  void keepsWritesInOrderWithWhoWhenAndWhy() {
    Commit commit = Commit.of("staff-1", "archive.open", AT, List.of(B, A));
    assertThat(commit.writes()).containsExactly(B, A);
    assertThat(commit.author()).isEqualTo("staff-1");
    assertThat(commit.reason()).isEqualTo("archive.open");
    assertThat(commit.at()).isEqualTo(AT);
  }

  @Test
  void copiesTheWrites() {
    List<RecordWrite> writes = new ArrayList<>(List.of(A));
    Commit commit = Commit.of("staff-1", "x", AT, writes);
    writes.add(B);
    assertThat(commit.writes()).containsExactly(A);
    assertThatThrownBy(() -> commit.writes().add(B)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsAnEmptyCommit() {
    assertThatThrownBy(() -> Commit.of("staff-1", "x", AT, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("writes");
  }

  @Test
  void rejectsTwoWritesToOneRecord() {
    RecordWrite again = RecordWrite.update(A.key(), 1, "110101001001", bytes("again"), Set.of());
    assertThatThrownBy(() -> Commit.of("staff-1", "x", AT, List.of(A, again)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("archive/a")
        .hasMessageNotContaining("张三");
  }

  @Test
  void authorIsOneTo128Characters() {
    assertThat(Commit.of("s".repeat(128), "x", AT, List.of(A)).author()).hasSize(128);
    assertThatThrownBy(() -> Commit.of("", "x", AT, List.of(A))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Commit.of("  ", "x", AT, List.of(A))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Commit.of("s".repeat(129), "x", AT, List.of(A)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reasonIsAtMost512Characters() {
    assertThat(Commit.of("staff-1", "", AT, List.of(A)).reason()).isEmpty();
    assertThat(Commit.of("staff-1", "r".repeat(512), AT, List.of(A)).reason()).hasSize(512);
    assertThatThrownBy(() -> Commit.of("staff-1", "r".repeat(513), AT, List.of(A)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(String.class, "staff-1")
            .setDefault(Instant.class, AT)
            .setDefault(List.class, List.of(A));
    tester.testAllPublicStaticMethods(Commit.class);
    tester.testAllPublicConstructors(Commit.class);
    List<RecordWrite> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> Commit.of("staff-1", "x", AT, withNull)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void equalsFollowsEveryPart() {
    new EqualsTester()
        .addEqualityGroup(Commit.of("staff-1", "x", AT, List.of(A, B)), Commit.of("staff-1", "x", AT, new ArrayList<>(List.of(A, B))))
        .addEqualityGroup(Commit.of("staff-1", "x", AT, List.of(B, A)))
        .addEqualityGroup(Commit.of("staff-2", "x", AT, List.of(A, B)))
        .addEqualityGroup(Commit.of("staff-1", "y", AT, List.of(A, B)))
        .addEqualityGroup(Commit.of("staff-1", "x", AT.plusMillis(1), List.of(A, B)))
        .testEquals();
  }

  @Test
  void toStringNeverPrintsBodies() {
    assertThat(Commit.of("staff-1", "archive.open", AT, List.of(A)).toString())
        .contains("staff-1", "archive.open", "archive/a")
        .doesNotContain("张三");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
