package io.github.weisheng.sanitation;

import static io.github.weisheng.sanitation.SanitationTesting.dec;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class DensityLimitTest {

  @Test
  void aLimitIsNotNegativeAndEqualLimitsAreEqual() {
    assertRules(() -> DensityLimit.of("-1", Confirmation.CONFIRMED, "x"), "limit [densityLimit.negative]");
    new EqualsTester()
        .addEqualityGroup(DensityLimit.of("5.0", Confirmation.CONFIRMED, "x"), DensityLimit.of("5", Confirmation.CONFIRMED, "x"))
        .addEqualityGroup(DensityLimit.of("5", Confirmation.UNCONFIRMED, "x"))
        .testEquals();
    assertThat(DensityLimit.of("10", Confirmation.CONFIRMED, "x").limit()).isEqualTo(dec("10"));
    DensityLimit l = DensityLimit.builder().limit(dec("0.50")).confirmation(Confirmation.SECONDARY).build();
    assertThat(l.evidence()).isEmpty();
    assertThat(roundTrip(l, DensityLimit.class)).isEqualTo(l);
  }
}
