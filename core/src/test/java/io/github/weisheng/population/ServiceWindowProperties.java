package io.github.weisheng.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Window arithmetic on random anchors and offsets. */
class ServiceWindowProperties {
  private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

  @Test
  void daysAfterContainsExactlyItsDays() {
    qt().forAll(integers().between(0, 20_000), integers().between(0, 60), integers().between(0, 60),
            integers().between(-100, 200))
        .checkAssert((anchorDay, first, span, probe) -> {
          LocalDate anchor = EPOCH.plusDays(anchorDay);
          ServiceWindow w = ServiceWindow.daysAfter(anchor, first, first, first + span);
          LocalDate date = anchor.plusDays(probe);
          assertThat(w.contains(date)).isEqualTo(probe >= first && probe <= first + span);
          assertThat(w.daysLate(date)).isEqualTo(Math.max(0, probe - (first + span)));
          assertThat(w.status(date) == WindowStatus.CLOSED).isEqualTo(probe > first + span);
        });
  }

  @Test
  void gestationalWindowsCoverWholeWeeks() {
    qt().forAll(integers().between(0, 20_000), integers().between(0, 41), integers().between(0, 5))
        .checkAssert((lmpDay, from, extra) -> {
          LocalDate lmp = EPOCH.plusDays(lmpDay);
          int to = from + extra;
          ServiceWindow w = ServiceWindow.gestationalWeeks(lmp, from, to);
          assertThat(ChronoUnit.DAYS.between(lmp, w.opens()) / 7).isEqualTo((long) from);
          assertThat(ChronoUnit.DAYS.between(lmp, w.closes()) / 7).isEqualTo((long) to);
          assertThat(ChronoUnit.DAYS.between(lmp, w.closes().plusDays(1)) / 7).isEqualTo(to + 1L);
          assertThat(ChronoUnit.DAYS.between(lmp, w.opens().minusDays(1)) / 7).isLessThan(from == 0 ? 1L : (long) from);
          assertThat(ChronoUnit.DAYS.between(w.opens(), w.closes()) + 1).isEqualTo(7L * (extra + 1));
        });
  }

  @Test
  void ageWindowsAreOrderedAroundTheBirthday() {
    qt().forAll(integers().between(0, 20_000), integers().between(0, 84), integers().between(0, 60),
            integers().between(0, 90))
        .checkAssert((birthDay, months, early, late) -> {
          LocalDate birth = EPOCH.plusDays(birthDay);
          ServiceWindow w = ServiceWindow.atAgeInMonths(birth, months, early, late);
          assertThat(w.opens()).isBeforeOrEqualTo(w.due());
          assertThat(w.due()).isBeforeOrEqualTo(w.closes());
          assertThat(w.due()).isEqualTo(birth.plusMonths(months));
          assertThat(ChronoUnit.MONTHS.between(birth, w.due().plusDays(3))).isGreaterThanOrEqualTo((long) months);
          assertThat(w.contains(w.opens()) && w.contains(w.closes())).isTrue();
          assertThat(w.status(w.opens().minusDays(1))).isEqualTo(WindowStatus.NOT_YET_OPEN);
          assertThat(w.status(w.closes().plusDays(1))).isEqualTo(WindowStatus.CLOSED);
        });
  }

  @Test
  void deadlineInHoursIsInclusiveToTheMinute() {
    qt().forAll(integers().between(0, 10_000_000), integers().between(1, 500), integers().between(-2_000, 40_000))
        .checkAssert((minute, hours, probe) -> {
          var from = EPOCH.atStartOfDay().plusMinutes(minute);
          ServiceDeadline d = ServiceDeadline.within(from, hours);
          assertThat(d.isMetBy(from.plusMinutes(probe))).isEqualTo(probe >= 0 && probe <= hours * 60L);
        });
  }
}
