package io.github.weisheng.internal;

import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.StoredRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a value back from the index entries a store returns with a record, so that a search can
 * use what the entry holds (an archive number, a date) without decoding the body.
 */
final class IndexValues {
  private IndexValues() {}

  /**
   * Returns the value of a record's entry of a name that has one value per record.
   *
   * @param record the stored record
   * @param name the entry's name
   * @return the value, or null when the record has no such entry (written before the entry existed)
   */
  static @Nullable String of(StoredRecord record, String name) {
    for (IndexEntry entry : record.index()) {
      if (entry.name().equals(name)) {
        return entry.value();
      }
    }
    return null;
  }
}
