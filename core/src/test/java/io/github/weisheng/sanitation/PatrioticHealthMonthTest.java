package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PatrioticHealthMonthTest {

  @Test
  void theNthMonthIsInYear1988PlusN() {
    assertThat(PatrioticHealthMonth.number(1989)).isEqualTo(1);
    assertThat(PatrioticHealthMonth.number(2018)).isEqualTo(30);
    assertThat(PatrioticHealthMonth.number(2023)).isEqualTo(35);
    assertThat(PatrioticHealthMonth.year(35)).isEqualTo(2023);
    assertThat(PatrioticHealthMonth.title(2023)).isEqualTo("第35个爱国卫生月");
    assertThat(PatrioticHealthMonth.month(2026)).isEqualTo(YearMonth.of(2026, 4));
    qt().forAll(integers().between(1989, 3000))
        .checkAssert(y -> assertThat(PatrioticHealthMonth.year(PatrioticHealthMonth.number(y))).isEqualTo(y));
  }

  @Test
  void itIsAprilFrom1989On() {
    assertThat(PatrioticHealthMonth.contains(LocalDate.of(2026, 4, 1))).isTrue();
    assertThat(PatrioticHealthMonth.contains(LocalDate.of(2026, 4, 30))).isTrue();
    assertThat(PatrioticHealthMonth.contains(LocalDate.of(2026, 5, 1))).isFalse();
    assertThat(PatrioticHealthMonth.contains(LocalDate.of(1988, 4, 15))).isFalse();
    assertRules(() -> PatrioticHealthMonth.number(1988), "year [patrioticHealthMonth.year]");
    assertRules(() -> PatrioticHealthMonth.year(0), "number [patrioticHealthMonth.year]");
  }
}
