package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrontageAgreementTest {
  private static final LocalDate SIGNED = LocalDate.of(2026, 3, 1);

  @Test
  void anAgreementIsInForceFromItsSigningToItsLastDay() {
    FrontageAgreement year = FrontageAgreement.of(SIGNED, FrontageDuties.hygieneGreeningOrder(), LocalDate.of(2026, 12, 31));
    assertThat(year.inForceOn(SIGNED.minusDays(1))).isFalse();
    assertThat(year.inForceOn(SIGNED)).isTrue();
    assertThat(year.inForceOn(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(year.inForceOn(LocalDate.of(2027, 1, 1))).isFalse();
    FrontageAgreement open = FrontageAgreement.of(SIGNED, FrontageDuties.hygieneGreeningOrder());
    assertThat(open.inForceOn(LocalDate.of(2040, 1, 1))).isTrue();
    assertThat(roundTrip(year, FrontageAgreement.class)).isEqualTo(year);
    assertRules(() -> FrontageAgreement.of(SIGNED, FrontageDuties.hygieneGreeningOrder(), SIGNED.minusDays(1)),
        "validUntil [frontageAgreement.period]");
  }
}
