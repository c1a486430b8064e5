package io.github.weisheng.internal;

import io.github.weisheng.resident.Resident;
import io.github.weisheng.spi.storage.IndexEntry;
import java.util.Set;

/** The index entries of a resident record: no personal identifiers, only what look-ups need. */
final class ResidentIndex {
  private ResidentIndex() {}

  static Set<IndexEntry> of(Resident resident) {
    return Set.of(
        IndexEntry.of("committee", resident.committee().value()),
        IndexEntry.of("birth-date", resident.birthDate().toString()));
  }
}
