package io.github.weisheng.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DynamicArchivePolicyTest {
  private static final ArchiveNumber NUMBER = ArchiveNumber.of(CommitteeCode.parse("110105001001"), 1);
  private static final OrgUnitId CENTRE = OrgUnitId.of("c");

  private static ServiceRecord on(LocalDate date, ServiceType type) {
    return ServiceRecord.of(NUMBER, date, type, CENTRE);
  }

  @Test
  void theDefaultWindowIsTwelveMonthsEndingOnTheAsOfDate() {
    DynamicArchivePolicy p = DynamicArchivePolicy.defaults();
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    assertThat(p.windowStart(asOf)).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(p.counts(on(LocalDate.of(2025, 7, 1), ServiceType.OTHER), asOf)).isTrue();
    assertThat(p.counts(on(LocalDate.of(2025, 6, 30), ServiceType.OTHER), asOf)).isFalse();
    assertThat(p.counts(on(LocalDate.of(2026, 7, 1), ServiceType.OTHER), asOf)).isFalse();
    // leap day: a 12-month window ending 2024-02-29 starts 2023-03-01
    assertThat(p.windowStart(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2023, 3, 1));
  }

  @Test
  void aHostMayNarrowTheWindowAndTheCountedTypes() {
    DynamicArchivePolicy p = DynamicArchivePolicy.of(Period.ofMonths(6), Set.of(ServiceType.FOLLOW_UP));
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    List<ServiceRecord> records = List.of(
        on(LocalDate.of(2026, 6, 1), ServiceType.CONSULTATION),
        on(LocalDate.of(2026, 2, 1), ServiceType.FOLLOW_UP),
        on(LocalDate.of(2025, 12, 31), ServiceType.FOLLOW_UP));
    assertThat(p.latestCountingDate(records, asOf)).contains(LocalDate.of(2026, 2, 1));
    assertThatThrownBy(() -> DynamicArchivePolicy.of(Period.ZERO, Set.of(ServiceType.OTHER)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DynamicArchivePolicy.of(Period.ofMonths(1), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRecordCountsExactlyWhenItLiesInsideTheWindow() {
    DynamicArchivePolicy p = DynamicArchivePolicy.defaults();
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    qt().forAll(integers().between(-800, 400)).checkAssert(offset -> {
      LocalDate date = asOf.plusDays(offset);
      boolean inside = !date.isAfter(asOf) && date.isAfter(asOf.minusYears(1));
      assertThat(p.counts(on(date, ServiceType.FOLLOW_UP), asOf)).isEqualTo(inside);
    });
  }
}
