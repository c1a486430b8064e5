package io.github.weisheng.internal;

import com.google.common.collect.Iterators;
import com.google.common.collect.PeekingIterator;
import io.github.weisheng.chronic.ChronicCarePolicy;
import io.github.weisheng.chronic.ChronicCondition;
import io.github.weisheng.chronic.Enrolment;
import io.github.weisheng.chronic.EnrolmentId;
import io.github.weisheng.chronic.FollowUpVisit;
import io.github.weisheng.chronic.YearlyStatus;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexMatch;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.StoredRecord;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The yearly statuses of a condition's enrolments from two ordered streams read side by side: the
 * enrolments (by id) and the year's visits of the condition from the {@value #INDEX} index entries
 * alone (by enrolment, then date), so a visit's record is read only when it is the year's latest
 * of its enrolment, {@value #CHUNK} enrolments to a multi-key read. Memory holds one chunk
 * whatever the number of patients.
 *
 * <p>The entry's value is {@code CONDITION/year/enrolment,date,f2f|remote}. The comma sorts below
 * every character of an id ({@code [A-Za-z0-9._-]}), so the entries of one enrolment are together
 * and in the order of enrolment ids, which is the order the enrolments are looked up in.
 */
final class YearlyStatusMerge {
  /** The index of a follow-up visit by condition and year. */
  static final String INDEX = "condition-year";

  /** Enrolments whose latest visits are read together. */
  static final int CHUNK = 256;

  private static final String FACE_TO_FACE = "f2f";
  private static final String REMOTE = "remote";

  private YearlyStatusMerge() {}

  /** The visit's entry in {@value #INDEX}. */
  static IndexEntry entry(FollowUpVisit visit) {
    return entry(visit.condition(), visit.enrolment(), visit.visitDate(), visit.faceToFace());
  }

  /** The entry of a visit of an enrolment on a date. */
  static IndexEntry entry(ChronicCondition condition, EnrolmentId enrolment, LocalDate date, boolean faceToFace) {
    return IndexEntry.of(INDEX, prefix(condition, date.getYear()) + enrolment.value() + "," + date + ","
        + (faceToFace ? FACE_TO_FACE : REMOTE));
  }

  /** The look-up of every visit of a condition in a year ('0' follows '/'). */
  static IndexQuery yearOf(ChronicCondition condition, int year) {
    String prefix = prefix(condition, year);
    return IndexQuery.range(Kinds.CHRONIC_VISIT, INDEX, prefix,
        prefix.substring(0, prefix.length() - 1) + "0");
  }

  private static String prefix(ChronicCondition condition, int year) {
    return condition.name() + "/" + year + "/";
  }

  /** What one enrolment's entries of the year say: the count, face-to-face dates and latest visit. */
  private static final class Visits {
    final List<LocalDate> faceToFace = new ArrayList<>();
    int count;
    @Nullable RecordKey latest;
    @Nullable String latestDate;
  }

  /**
   * Streams the statuses; closing the result closes both inputs.
   *
   * @param enrolments the enrolments managed in the year, in id order
   * @param matches the year's entries of their condition, in value order
   * @param condition the condition
   * @param year the year
   * @param records reads the latest visits
   * @param policy the tables the statuses are assessed by
   * @param alone an enrolment's status from its own look-up, for a latest visit amended since its
   *     entry was read
   * @return the statuses, in enrolment order
   */
  static Stream<YearlyStatus> statuses(Stream<Enrolment> enrolments, Stream<IndexMatch> matches,
      ChronicCondition condition, int year, Records records, ChronicCarePolicy policy,
      Function<Enrolment, YearlyStatus> alone) {
    Iterator<Enrolment> left = enrolments.iterator();
    PeekingIterator<IndexMatch> right = Iterators.peekingIterator(matches.iterator());
    int skip = prefix(condition, year).length();
    ArrayDeque<YearlyStatus> ready = new ArrayDeque<>();
    Spliterator<YearlyStatus> merged = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super YearlyStatus> action) {
        if (ready.isEmpty()) {
          fill();
        }
        YearlyStatus next = ready.poll();
        if (next == null) {
          return false;
        }
        action.accept(next);
        return true;
      }

      private void fill() {
        List<Enrolment> chunk = new ArrayList<>(CHUNK);
        List<Visits> visits = new ArrayList<>(CHUNK);
        List<RecordKey> latest = new ArrayList<>(CHUNK);
        while (chunk.size() < CHUNK && left.hasNext()) {
          Enrolment enrolment = left.next();
          Visits of = visitsOf(enrolment.id());
          chunk.add(enrolment);
          visits.add(of);
          if (of.latest != null) {
            latest.add(of.latest);
          }
        }
        Map<RecordKey, StoredRecord> read = latest.isEmpty() ? Map.of() : records.store().readAll(latest);
        for (int i = 0; i < chunk.size(); i++) {
          ready.add(assess(chunk.get(i), visits.get(i), read));
        }
      }

      /** Skips the entries of enrolments before this one (other scopes, closed), takes its own. */
      private Visits visitsOf(EnrolmentId enrolment) {
        Visits visits = new Visits();
        String id = enrolment.value();
        while (right.hasNext()) {
          String value = right.peek().value();
          int dateAt = value.indexOf(',', skip);
          int order = value.substring(skip, dateAt).compareTo(id);
          if (order > 0) {
            break;
          }
          IndexMatch match = right.next();
          if (order < 0) {
            continue;
          }
          int modeAt = value.indexOf(',', dateAt + 1);
          String date = value.substring(dateAt + 1, modeAt);
          visits.count++;
          if (value.startsWith(FACE_TO_FACE, modeAt + 1)) {
            visits.faceToFace.add(LocalDate.parse(date));
          }
          // the latest date's last id, as the enrolment's own look-up orders them
          if (visits.latestDate == null || date.compareTo(visits.latestDate) > 0
              || date.equals(visits.latestDate) && match.key().compareTo(visits.latest) > 0) {
            visits.latest = match.key();
            visits.latestDate = date;
          }
        }
        return visits;
      }

      private YearlyStatus assess(Enrolment enrolment, Visits visits, Map<RecordKey, StoredRecord> read) {
        if (visits.latest == null) {
          return YearlyStatus.assess(enrolment, visits.faceToFace, 0, Optional.empty(), year, policy);
        }
        StoredRecord record = read.get(visits.latest);
        FollowUpVisit last = record == null ? null : records.json().read(record.body(), FollowUpVisit.class);
        if (last == null || !last.enrolment().equals(enrolment.id())
            || !last.visitDate().toString().equals(visits.latestDate)) {
          return alone.apply(enrolment); // amended since the entries were read
        }
        return YearlyStatus.assess(enrolment, visits.faceToFace, visits.count, Optional.of(last), year, policy);
      }
    };
    return StreamSupport.stream(merged, false).onClose(() -> {
      try (enrolments) {
        matches.close();
      }
    });
  }
}
