package io.github.weisheng.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.weisheng.chronic.ChronicCondition;
import io.github.weisheng.chronic.EnrolmentId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The merge of {@link YearlyStatusMerge} reads the enrolments by id and the year's index entries by
 * value side by side, so the two orders must agree: an enrolment's entries together, and the groups
 * in the order of the enrolments' ids, whatever the ids ({@code [A-Za-z0-9._-]}, one a prefix of
 * another) and the dates. With '/' as the separator (as {@code enrolment-date} has it) "a-b" sorts
 * before "a" in the entries but after it as ids, and this property fails (tried).
 */
class YearlyStatusMergeProperties {
  /** Ids over a small alphabet with the characters that sort around the separator, so prefixes are common. */
  private static final Gen<String> IDS = lists().of(integers().between(0, 6).map(i -> "a-._0zZ".substring(i, i + 1)))
      .ofSizeBetween(1, 4).map(chars -> String.join("", chars));

  @Test
  void theEntriesOfEachEnrolmentAreTogetherAndInTheOrderOfTheIds() {
    qt().withExamples(500)
        .forAll(lists().of(IDS).ofSizeBetween(1, 8), lists().of(integers().between(0, 364)).ofSizeBetween(1, 8))
        .checkAssert((ids, days) -> {
          record Entry(String id, String value) {}
          List<Entry> entries = IntStream.range(0, ids.size()).boxed()
              .flatMap(i -> days.stream().map(d -> new Entry(ids.get(i), YearlyStatusMerge.entry(
                  ChronicCondition.HYPERTENSION, EnrolmentId.parse(ids.get(i)), LocalDate.of(2026, 1, 1).plusDays(d),
                  d % 2 == 0).value())))
              .sorted(Comparator.comparing(Entry::value))
              .toList();
          List<String> idsInEntryOrder = entries.stream().map(Entry::id).distinct().toList();
          assertThat(idsInEntryOrder).as("groups in id order").isSorted();
          for (int i = 1; i < entries.size(); i++) {
            String before = entries.get(i - 1).id();
            if (!entries.get(i).id().equals(before)) {
              assertThat(entries.subList(i, entries.size())).as("the entries of %s together", before)
                  .noneMatch(e -> e.id().equals(before));
            }
          }
          assertThat(entries).allMatch(e -> YearlyStatusMerge.yearOf(ChronicCondition.HYPERTENSION, 2026).matches(e.value()));
          assertThat(entries).noneMatch(e -> YearlyStatusMerge.yearOf(ChronicCondition.HYPERTENSION, 2025).matches(e.value())
              || YearlyStatusMerge.yearOf(ChronicCondition.TYPE_2_DIABETES, 2026).matches(e.value()));
        });
  }
}
