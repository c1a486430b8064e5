package io.github.weisheng.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  @Test
  void periodsHaveTheirCalendarBounds() {
    assertThat(ReportingPeriod.year(2026).start()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(ReportingPeriod.year(2026).end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(ReportingPeriod.halfYear(2026, 2).start()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(ReportingPeriod.quarter(2024, 1).end()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(ReportingPeriod.month(YearMonth.of(2024, 2)).end()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(ReportingPeriod.month(YearMonth.of(2026, 2)).end()).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void labelsReadAsReportsWriteThem() {
    assertThat(ReportingPeriod.year(2026).label(Locale.CHINA)).isEqualTo("2026年");
    assertThat(ReportingPeriod.halfYear(2026, 1).label(Locale.CHINA)).isEqualTo("2026年上半年");
    assertThat(ReportingPeriod.halfYear(2026, 2).label(Locale.CHINA)).isEqualTo("2026年下半年");
    assertThat(ReportingPeriod.quarter(2026, 3).label(Locale.CHINA)).isEqualTo("2026年第三季度");
    assertThat(ReportingPeriod.month(YearMonth.of(2026, 3)).label(Locale.CHINA)).isEqualTo("2026年3月");
    assertThat(ReportingPeriod.quarter(2026, 3).label(Locale.ENGLISH)).isEqualTo("Q3 2026");
  }

  @Test
  void thePreviousPeriodCrossesTheYear() {
    assertThat(ReportingPeriod.quarter(2026, 1).previous()).isEqualTo(ReportingPeriod.quarter(2025, 4));
    assertThat(ReportingPeriod.halfYear(2026, 2).previous()).isEqualTo(ReportingPeriod.halfYear(2026, 1));
    assertThat(ReportingPeriod.year(2026).yearEarlier()).isEqualTo(ReportingPeriod.year(2025));
  }

  @Test
  void outOfRangeIsRefused() {
    assertThatThrownBy(() -> ReportingPeriod.quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportingPeriod.halfYear(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportingPeriod.year(1899)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyDateLiesInExactlyThePeriodThatContainsIt() {
    qt().forAll(integers().between(0, 365 * 8)).checkAssert(offset -> {
      LocalDate date = LocalDate.of(2020, 1, 1).plusDays(offset);
      for (ReportingPeriod.Length length : ReportingPeriod.Length.values()) {
        ReportingPeriod period = ReportingPeriod.containing(length, date);
        assertThat(period.contains(date)).isTrue();
        assertThat(period.previous().contains(date)).isFalse();
        assertThat(period.previous().end().plusDays(1)).isEqualTo(period.start());
      }
    });
  }

  @Test
  void equalByLengthYearAndIndex() {
    new EqualsTester()
        .addEqualityGroup(ReportingPeriod.quarter(2026, 1), ReportingPeriod.containing(ReportingPeriod.Length.QUARTER,
            LocalDate.of(2026, 2, 14)))
        .addEqualityGroup(ReportingPeriod.month(YearMonth.of(2026, 1)))
        .addEqualityGroup(ReportingPeriod.year(2026))
        .testEquals();
  }
}
