package io.github.weisheng.internal;

import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.StoredRecord;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The {@code archive-date} index entry ({@code <archive number>/<ISO date>}) that every service
 * record on an archive carries — a service recorded on the archive, a follow-up visit, a
 * key-population contact — and the look-ups through it: the one home of its name and format, which
 * the search for dynamic archives reads without decoding the records.
 */
final class ServiceIndex {
  /** The entry's name. */
  static final String ARCHIVE_DATE = "archive-date";

  private ServiceIndex() {}

  /** The entry of a service on an archive on a date. */
  static IndexEntry of(ArchiveNumber archive, LocalDate date) {
    return IndexEntry.of(ARCHIVE_DATE, archive.value() + "/" + date);
  }

  /** The services of one archive dated from {@code from} (or from its first, when null) to {@code to}, both included. */
  static IndexQuery between(ArchiveNumber archive, @Nullable LocalDate from, LocalDate to) {
    return IndexQuery.range(Kinds.ARCHIVE_SERVICE, ARCHIVE_DATE, archive.value() + "/" + (from == null ? "" : from),
        archive.value() + "/" + to.plusDays(1));
  }

  /** A record's entry read back: the archive number and the ISO date, as text. */
  record Entry(String archive, String date) {}

  /** A record's entry, or null when it has none. */
  static @Nullable Entry valueOf(StoredRecord record) {
    String value = IndexValues.of(record, ARCHIVE_DATE);
    if (value == null) {
      return null;
    }
    int slash = value.lastIndexOf('/');
    return new Entry(value.substring(0, slash), value.substring(slash + 1));
  }
}
