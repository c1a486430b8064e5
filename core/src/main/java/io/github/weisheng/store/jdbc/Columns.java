package io.github.weisheng.store.jdbc;

import io.github.weisheng.spi.storage.IndexEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * How values map to columns: the index entries of a version ({@code ws_record_version.idx_entries}),
 * the sortable key of an index value ({@code ws_index.idx_key}) and the text both databases store
 * unchanged.
 */
final class Columns {
  private static final Comparator<IndexEntry> ENTRY_ORDER =
      Comparator.comparing(IndexEntry::name).thenComparing(IndexEntry::value);

  private Columns() {}

  /**
   * Encodes index entries as {@code name:length:value} items sorted by name then value, for
   * example {@code visit.date:10:2026-04-01}; a name never contains {@code ':'} and the length
   * (in UTF-16 code units) delimits the value, so any value can be stored.
   */
  static String encodeEntries(Set<IndexEntry> entries) {
    List<IndexEntry> sorted = new ArrayList<>(entries);
    sorted.sort(ENTRY_ORDER);
    StringBuilder text = new StringBuilder();
    for (IndexEntry entry : sorted) {
      text.append(entry.name()).append(':').append(entry.value().length()).append(':')
          .append(entry.value());
    }
    return text.toString();
  }

  /**
   * Decodes {@link #encodeEntries}.
   *
   * @throws IllegalArgumentException when the text is not such an encoding
   */
  static Set<IndexEntry> decodeEntries(String text) {
    List<IndexEntry> entries = new ArrayList<>(4);
    int at = 0;
    while (at < text.length()) {
      int nameEnd = text.indexOf(':', at);
      int lengthEnd = nameEnd < 0 ? -1 : text.indexOf(':', nameEnd + 1);
      if (lengthEnd < 0) {
        throw new IllegalArgumentException("malformed index entries");
      }
      int length;
      try {
        length = Integer.parseInt(text, nameEnd + 1, lengthEnd, 10);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("malformed index entries");
      }
      int valueEnd = lengthEnd + 1 + length;
      if (length < 0 || valueEnd > text.length()) {
        throw new IllegalArgumentException("malformed index entries");
      }
      entries.add(IndexEntry.of(text.substring(at, nameEnd), text.substring(lengthEnd + 1, valueEnd)));
      at = valueEnd;
    }
    try {
      return Set.of(entries.toArray(IndexEntry[]::new)); // StoredRecord keeps this set as it is
    } catch (IllegalArgumentException repeated) { // never written so; its message would quote the value
      throw new IllegalArgumentException("malformed index entries");
    }
  }

  /**
   * Returns the UTF-16 code units of a value, big-endian: unsigned byte-wise comparison of two
   * keys is {@link String#compareTo} of the values, in both databases and whatever their locale.
   */
  static byte[] sortKey(String value) {
    byte[] key = new byte[value.length() * 2];
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      key[2 * i] = (byte) (c >>> 8);
      key[2 * i + 1] = (byte) c;
    }
    return key;
  }

  /**
   * Checks that text survives both databases unchanged: PostgreSQL stores neither U+0000 nor an
   * unpaired surrogate (its drivers turn the latter into '?'), so both stores refuse them alike.
   *
   * @param field the field's name for the message (never the value)
   */
  static void checkStorable(String text, String field) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        throw new IllegalArgumentException(
            field + " must not contain U+0000 / " + field + " 不能包含空字符 U+0000");
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        throw unpaired(field);
      }
      if (Character.isLowSurrogate(c)) {
        throw unpaired(field);
      }
    }
  }

  private static IllegalArgumentException unpaired(String field) {
    return new IllegalArgumentException(field + " must be well-formed Unicode (no unpaired surrogate) / "
        + field + " 须为合法的 Unicode 文本");
  }
}
