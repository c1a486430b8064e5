package io.github.weisheng.internal;

import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The index entries of a resident record (no personal identifiers, only what look-ups need), the
 * archives' entry naming their resident, and the passes over a scope's residents and archives that
 * read those entries back.
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

  /** The birth date a resident record's index entry gives, or null when it has none. */
  static @Nullable LocalDate birthDateOf(StoredRecord resident) {
    String value = IndexValues.of(resident, BIRTH_DATE);
    return value == null ? null : LocalDate.parse(value);
  }

  /** The resident id an archive record's index entry gives, or null when it has none. */
  static @Nullable String residentOf(StoredRecord archive) {
    return IndexValues.of(archive, ARCHIVE_RESIDENT);
  }

  /**
   * The birth date of an archive's resident, read from the archive's and the resident's index
   * entries: two look-ups by key, a record decoded only when it lacks its entry.
   *
   * @return empty when the archive or its resident is not in the store
   */
  static Optional<LocalDate> birthDateOfArchive(Records records, ArchiveNumber number) {
    return records.store().read(RecordKey.of(Kinds.ARCHIVE, number.value())).flatMap(archive -> {
      String resident = residentOf(archive);
      return records.store().read(RecordKey.of(Kinds.RESIDENT, resident != null ? resident
          : records.json().read(archive.body(), HealthArchive.class).resident().value()));
    }).map(resident -> {
      LocalDate birthDate = birthDateOf(resident);
      return birthDate != null ? birthDate : records.json().read(resident.body(), Resident.class).birthDate();
    });
  }

  /**
   * One pass over the residents in scope: each birth date is read from its index entry, and only
   * the residents whose birth date passes {@code born} are decoded (a record without the entry is
   * decoded to find it). For a report over a whole age band, reading the scope in sequence costs a
   * fraction of looking each resident up through the birth-date index.
   *
   * @param keep what to keep of a resident of the age, or null to leave them out
   * @return what was kept, by resident id
   */
  static <T> Map<String, T> residentsBorn(Records records, ScopeFilter scopes, Predicate<LocalDate> born,
      Function<Resident, @Nullable T> keep) {
    Map<String, T> kept = new HashMap<>();
    try (Stream<StoredRecord> residents = records.store().scan(Kinds.RESIDENT, scopes)) {
      residents.forEach(stored -> {
        LocalDate birthDate = birthDateOf(stored);
        if (birthDate != null && !born.test(birthDate)) {
          return;
        }
        Resident resident = records.json().read(stored.body(), Resident.class);
        T value = born.test(resident.birthDate()) ? keep.apply(resident) : null;
        if (value != null) {
          kept.put(stored.key().id(), value);
        }
      });
    }
    return kept;
  }

  /**
   * One pass over the archives in scope, by number: those of the given residents (told by the
   * archive's index entry; only those are decoded). A lazy stream to close.
   */
  static Stream<HealthArchive> scanArchivesOf(Records records, ScopeFilter scopes, Set<String> residents) {
    return records.store().scan(Kinds.ARCHIVE, scopes).<HealthArchive>mapMulti((stored, sink) -> {
      String resident = residentOf(stored);
      if (resident == null || residents.contains(resident)) {
        HealthArchive archive = records.json().read(stored.body(), HealthArchive.class);
        if (residents.contains(archive.resident().value())) {
          sink.accept(archive);
        }
      }
    });
  }
}
