package io.github.weisheng.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.weisheng.spi.storage.IndexEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ColumnsTest {
  private static final Gen<String> NAMES = strings().betweenCodePoints('a', 'e').ofLengthBetween(1, 6)
      .zip(integers().between(0, 2), (name, suffix) -> name + (suffix == 0 ? "" : "." + suffix));
  private static final Gen<String> VALUES = strings().allPossible().ofLengthBetween(1, 40);

  @Test
  @DisplayName("Index entries survive encoding, whatever the values (including ':' and digits)")
  void entriesRoundTrip() {
    qt().forAll(lists().of(NAMES.zip(VALUES, IndexEntry::of)).ofSizeBetween(0, 6))
        .checkAssert(entries -> {
          Set<IndexEntry> set = new HashSet<>(entries);
          assertThat(Columns.decodeEntries(Columns.encodeEntries(set))).isEqualTo(set);
        });
  }

  @Test
  @DisplayName("Encoding is sorted and readable: name:length:value")
  void encodingIsReadable() {
    assertThat(Columns.encodeEntries(Set.of(
            IndexEntry.of("visit.date", "2026-04-01"), IndexEntry.of("tag", "a:3:b"))))
        .isEqualTo("tag:5:a:3:bvisit.date:10:2026-04-01");
    assertThat(Columns.encodeEntries(Set.of())).isEmpty();
    assertThat(Columns.decodeEntries("")).isEmpty();
  }

  @Test
  void malformedEncodingsAreRejected() {
    for (String bad : List.of("tag", "tag:", "tag:x:v", "tag:5:abc", "tag:-1:", "tag:1:")) {
      assertThatThrownBy(() -> Columns.decodeEntries(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
    // an entry written twice is malformed too, and the message does not quote the value
    assertThatThrownBy(() -> Columns.decodeEntries("tag:6:secrettag:6:secret"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("malformed index entries");
  }

  @Test
  @DisplayName("Sort keys compare, unsigned byte by byte, exactly as String.compareTo")
  void sortKeysOrderAsStrings() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 8), strings().allPossible().ofLengthBetween(0, 8))
        .checkAssert((a, b) -> assertThat(Integer.signum(compareUnsigned(Columns.sortKey(a), Columns.sortKey(b))))
            .isEqualTo(Integer.signum(a.compareTo(b))));
    assertThat(compareUnsigned(Columns.sortKey("\uD840\uDC00"), Columns.sortKey("\uFF10"))).isNegative();
  }

  private static int compareUnsigned(byte[] a, byte[] b) {
    return java.util.Arrays.compareUnsigned(a, b);
  }

  @Test
  @DisplayName("Storable text: no U+0000, no unpaired surrogate; paired surrogates are fine")
  void storableText() {
    Columns.checkStorable("卫生 \uD840\uDC00 ok", "reason");
    for (String bad : List.of("a\u0000b", "\uD800", "x\uDC00", "\uD800x", "\uDC00\uD800")) {
      assertThatThrownBy(() -> Columns.checkStorable(bad, "reason")).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("reason must");
    }
  }
}
