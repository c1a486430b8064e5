package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationTesting.d;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.testing.Checks;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The programme's age arithmetic, §1 "General rules" → Ages [C] JXCDC, worked by hand. */
class ProgrammeAgeTest {

  @ParameterizedTest
  @CsvSource({
    // birth, months, the day the child turns that many months
    "2024-01-31, 1, 2024-02-29", // leap year: the month end
    "2023-01-31, 1, 2023-02-28",
    "2023-01-31, 2, 2023-03-31", // counted from birth, not month by month (not 03-28)
    "2023-01-30, 1, 2023-02-28",
    "2023-01-29, 1, 2023-02-28",
    "2023-01-28, 1, 2023-02-28",
    "2023-03-31, 1, 2023-04-30",
    "2023-03-31, 6, 2023-09-30",
    "2023-08-31, 6, 2024-02-29",
    "2024-02-29, 12, 2025-02-28",
    "2024-02-29, 48, 2028-02-29",
    "2023-05-15, 8, 2024-01-15",
    "2023-12-31, 2, 2024-02-29"
  })
  void turnsNMonths(String birth, int months, String turns) {
    assertThat(ProgrammeAge.ofMonths(months).reachedOn(d(birth))).isEqualTo(d(turns));
    assertThat(ProgrammeAge.completedMonths(d(birth), d(turns))).isEqualTo(months);
    assertThat(ProgrammeAge.completedMonths(d(birth), d(turns).minusDays(1))).isEqualTo(months - 1);
  }

  @Test
  void periodBetweenIsOffByOneAtMonthEndsAndThisIsNot() {
    // The trap the issue names: java.time says 0 months 28 days.
    assertThat(Period.between(d("2023-01-31"), d("2023-02-28")).toTotalMonths()).isZero();
    assertThat(ProgrammeAge.completedMonths(d("2023-01-31"), d("2023-02-28"))).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource({
    // birth, N, first and last day of the N月龄 window
    "2023-05-15, 8, 2024-01-15, 2024-02-14",
    "2023-01-31, 1, 2023-02-28, 2023-03-30",
    "2024-01-31, 1, 2024-02-29, 2024-03-30",
    "2023-06-30, 2, 2023-08-30, 2023-09-29",
    "2024-07-31, 7, 2025-02-28, 2025-03-30"
  })
  void theMonthWindow(String birth, int n, String first, String last) {
    ProgrammeAge age = ProgrammeAge.ofMonths(n);
    assertThat(age.reachedOn(d(birth))).isEqualTo(d(first));
    assertThat(age.windowEnd(d(birth))).isEqualTo(d(last));
    assertThat(ProgrammeAge.completedMonths(d(birth), d(last))).isEqualTo(n);
    assertThat(ProgrammeAge.completedMonths(d(birth), d(last).plusDays(1))).isEqualTo(n + 1);
  }

  @ParameterizedTest
  @CsvSource({
    "2020-02-29, 1, 2021-02-28",
    "2020-02-29, 4, 2024-02-29",
    "2019-03-01, 1, 2020-03-01",
    "2018-12-31, 6, 2024-12-31"
  })
  void turnsNYears(String birth, int years, String turns) {
    assertThat(ProgrammeAge.ofYears(years).reachedOn(d(birth))).isEqualTo(d(turns));
    assertThat(ProgrammeAge.completedYears(d(birth), d(turns))).isEqualTo(years);
    assertThat(ProgrammeAge.completedYears(d(birth), d(turns).minusDays(1))).isEqualTo(years - 1);
    assertThat(ProgrammeAge.ofYears(years).windowEnd(d(birth)))
        .isEqualTo(ProgrammeAge.ofYears(years + 1).reachedOn(d(birth)).minusDays(1));
  }

  @Test
  void birthAndDays() {
    LocalDate born = d("2025-03-10");
    assertThat(ProgrammeAge.BIRTH.reachedOn(born)).isEqualTo(born);
    assertThat(ProgrammeAge.BIRTH.windowEnd(born)).isEqualTo(born);
    assertThat(ProgrammeAge.BIRTH.isBirth()).isTrue();
    assertThat(ProgrammeAge.ofDays(28).reachedOn(born)).isEqualTo(d("2025-04-07"));
    assertThat(ProgrammeAge.completedDays(born, d("2025-04-07"))).isEqualTo(28);
    assertThat(ProgrammeAge.of(1, 6, 0).reachedOn(d("2023-08-31"))).isEqualTo(d("2025-02-28"));
    assertThat(ProgrammeAge.ofMonths(8).isReachedOn(d("2023-05-15"), d("2024-01-14"))).isFalse();
    assertThat(ProgrammeAge.ofMonths(8).isReachedOn(d("2023-05-15"), d("2024-01-15"))).isTrue();
  }

  @Test
  void datesBeforeBirthAndNegativeAgesAreRejected() {
    assertThatThrownBy(() -> ProgrammeAge.completedMonths(d("2024-01-02"), d("2024-01-01")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProgrammeAge.completedYears(d("2024-01-02"), d("2024-01-01")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProgrammeAge.of(0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertRules(() -> ProgrammeAge.parse("P-1M"), "age [immunization.age.format]");
    assertRules(() -> ProgrammeAge.parse("eight months"), "age [immunization.age.format]");
  }

  @Test
  void orderAndEquality() {
    assertThat(ProgrammeAge.ofMonths(12)).isEqualByComparingTo(ProgrammeAge.ofYears(1));
    assertThat(ProgrammeAge.ofMonths(18)).isGreaterThan(ProgrammeAge.ofYears(1)).isLessThan(ProgrammeAge.ofYears(2));
    assertThat(ProgrammeAge.ofDays(31)).isGreaterThan(ProgrammeAge.ofMonths(1));
    new EqualsTester()
        .addEqualityGroup(ProgrammeAge.ofMonths(8), ProgrammeAge.parse("P8M"), ProgrammeAge.from(Period.ofMonths(8)))
        .addEqualityGroup(ProgrammeAge.ofYears(1))
        .addEqualityGroup(ProgrammeAge.ofMonths(12))
        .addEqualityGroup(ProgrammeAge.BIRTH, ProgrammeAge.ofDays(0))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(ProgrammeAge.class);
    new NullPointerTester().testAllPublicInstanceMethods(ProgrammeAge.ofMonths(3));
  }

  @Test
  void jsonIsTheIsoPeriod() {
    assertThat(new String(Checks.JSON.write(ProgrammeAge.ofMonths(18)), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("\"P18M\"");
    for (ProgrammeAge a : new ProgrammeAge[] {ProgrammeAge.BIRTH, ProgrammeAge.of(1, 6, 3), ProgrammeAge.ofYears(13)}) {
      assertThat(roundTrip(a, ProgrammeAge.class)).isEqualTo(a);
      assertThat(ProgrammeAge.parse(a.toString())).isEqualTo(a);
    }
  }
}
