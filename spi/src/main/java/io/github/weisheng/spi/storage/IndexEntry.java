package io.github.weisheng.spi.storage;

import java.util.Objects;

/**
 * A secondary index entry of a record: a name and a value that exact and range look-ups match.
 *
 * <p>Values compare as strings in {@link String#compareTo} order (UTF-16 code units), so writers
 * encode values that must range-scan in a sortable form: ISO-8601 dates ({@code 2026-04-01}),
 * zero-padded numbers. A value is at most 256 characters.
 *
 * @param name the index name ({@code [a-z][a-z0-9.-]{0,62}})
 * @param value the indexed value
 * @since 0.1.0
 */
public record IndexEntry(String name, String value) {

  /** Maximum length of an index value. */
  public static final int MAX_VALUE_LENGTH = 256;

  /** Checks the name's shape and the value's length. */
  public IndexEntry {
    Identifiers.name(name, "index.name");
    Objects.requireNonNull(value, "index.value");
    if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
      throw new IllegalArgumentException(
          "index.value must be 1-256 characters / 索引值长度须为 1-256 个字符");
    }
  }

  /**
   * Returns an index entry.
   *
   * @param name the index name
   * @param value the indexed value
   * @return the entry
   */
  public static IndexEntry of(String name, String value) {
    return new IndexEntry(name, value);
  }

  @Override
  public String toString() {
    return "IndexEntry[" + name + "]";
  }
}
