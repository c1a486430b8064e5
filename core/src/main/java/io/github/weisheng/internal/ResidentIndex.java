package io.github.weisheng.internal;

import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The index entries of a resident record (no personal identifiers, only what look-ups need), and
 * the look-ups through them and through the archives' index of their residents.
 */
final class ResidentIndex {
  /** The archives' index entry naming their resident. */
  static final String ARCHIVE_RESIDENT = "resident";

  private static final String BIRTH_DATE = "birth-date";

  private ResidentIndex() {}

  static Set<IndexEntry> of(Resident resident) {
    return Set.of(
        IndexEntry.of("committee", resident.committee().value()),
        IndexEntry.of(BIRTH_DATE, resident.birthDate().toString()));
  }

  /** The residents born from {@code from} to {@code to}, both included, by birth date. */
  static IndexQuery bornBetween(LocalDate from, LocalDate to) {
    return IndexQuery.range(Kinds.RESIDENT, BIRTH_DATE, from.toString(), to.plusDays(1).toString());
  }

  /** The residents born on or before a date. */
  static IndexQuery bornOnOrBefore(LocalDate date) {
    return bornBetween(LocalDate.of(0, 1, 1), date);
  }

  /** A resident's archives in scope (usually one), by number. */
  static List<HealthArchive> archivesOf(Records records, ResidentId resident, ScopeFilter scopes) {
    IndexQuery query = IndexQuery.equalTo(Kinds.ARCHIVE, ARCHIVE_RESIDENT, resident.value());
    try (Stream<StoredRecord> found = records.store().find(query, scopes)) {
      return found.map(r -> records.json().read(r.body(), HealthArchive.class))
          .sorted(Comparator.comparing(HealthArchive::number)).collect(Collectors.toList());
    }
  }
}
