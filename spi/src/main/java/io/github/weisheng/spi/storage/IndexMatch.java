package io.github.weisheng.spi.storage;

import java.util.Objects;

/**
 * One match of an index look-up without its record: the key of the record whose current version
 * carries the matching entry, and that entry's value. {@link RecordStore#findMatches} streams these
 * for a report that needs only what the index says (which records, which values), not the bodies.
 *
 * <p>Index values are written by services and carry nothing personal, but {@link #toString()}
 * still names the record only, as every storage type does.
 *
 * @param key the record's key
 * @param value the matching entry's value
 * @since 0.1.0
 */
public record IndexMatch(RecordKey key, String value) {

  /** Checks that both parts are present. */
  public IndexMatch {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return "IndexMatch[" + key + "]";
  }
}
