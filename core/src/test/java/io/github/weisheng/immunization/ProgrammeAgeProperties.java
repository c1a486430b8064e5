package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationTesting.birthDates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Invariants of the programme's age arithmetic. */
class ProgrammeAgeProperties {

  @Test
  void theChildTurnsNMonthsExactlyOnTheReachedDay() {
    qt().forAll(birthDates(), integers().between(0, 240)).checkAssert((birth, n) -> {
      LocalDate turns = ProgrammeAge.ofMonths(n).reachedOn(birth);
      assertThat(ProgrammeAge.completedMonths(birth, turns)).isEqualTo(n);
      if (n > 0) {
        assertThat(ProgrammeAge.completedMonths(birth, turns.minusDays(1))).isEqualTo(n - 1);
      }
    });
  }

  @Test
  void completedMonthsNeverDecreasesAndStepsByOne() {
    qt().forAll(birthDates(), integers().between(0, 3000)).checkAssert((birth, days) -> {
      LocalDate on = birth.plusDays(days);
      int today = ProgrammeAge.completedMonths(birth, on);
      int tomorrow = ProgrammeAge.completedMonths(birth, on.plusDays(1));
      assertThat(tomorrow - today).isBetween(0, 1);
      assertThat(ProgrammeAge.ofMonths(today).isReachedOn(birth, on)).isTrue();
      assertThat(ProgrammeAge.ofMonths(today + 1).isReachedOn(birth, on)).isFalse();
    });
  }

  @Test
  void theNMonthWindowsTileTheCalendar() {
    // From 1 month: age zero is birth, whose window is the day of birth.
    qt().forAll(birthDates(), integers().between(1, 240)).checkAssert((birth, n) -> {
      ProgrammeAge age = ProgrammeAge.ofMonths(n);
      assertThat(age.windowEnd(birth).plusDays(1)).isEqualTo(ProgrammeAge.ofMonths(n + 1).reachedOn(birth));
      assertThat(age.windowEnd(birth)).isAfterOrEqualTo(age.reachedOn(birth));
    });
  }

  @Test
  void completedYearsIsCompletedMonthsOverTwelve() {
    qt().forAll(birthDates(), integers().between(0, 7000)).checkAssert((birth, days) -> {
      LocalDate on = birth.plusDays(days);
      assertThat(ProgrammeAge.completedYears(birth, on)).isEqualTo(ProgrammeAge.completedMonths(birth, on) / 12);
    });
  }
}
