package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class BloodPressureTargetTest {
  private static final BloodPressureTarget GENERAL = BloodPressureTarget.of(140, 90);

  @Test
  void bothPressuresMustBeBelowTheLimits() {
    assertThat(GENERAL.isMetBy(bp(139, 89))).isTrue();
    assertThat(GENERAL.isMetBy(bp(140, 89))).isFalse();
    assertThat(GENERAL.isMetBy(bp(139, 90))).isFalse();
    assertThat(GENERAL.isMetBy(bp(140, 90))).isFalse();
  }

  @Test
  void stricterTakesTheLowerLimitOfEach() {
    assertThat(BloodPressureTarget.of(150, 90).stricter(BloodPressureTarget.of(130, 80)))
        .isEqualTo(BloodPressureTarget.of(130, 80));
    assertThat(BloodPressureTarget.of(150, 80).stricter(BloodPressureTarget.of(130, 90)))
        .isEqualTo(BloodPressureTarget.of(130, 80));
  }

  @Test
  void implausibleTargetsAreIllegal() {
    assertThatThrownBy(() -> BloodPressureTarget.of(90, 90)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BloodPressureTarget.of(50, 30)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BloodPressureTarget.of(400, 90)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BloodPressureTarget.of(140, 250)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonRoundTripAndToString() {
    assertThat(roundTrip(GENERAL)).isEqualTo(GENERAL);
    assertThat(GENERAL).hasToString("<140/90");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(GENERAL, BloodPressureTarget.of(140, 90))
        .addEqualityGroup(BloodPressureTarget.of(150, 90))
        .addEqualityGroup(BloodPressureTarget.of(140, 85))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(BloodPressureTarget.class);
    new NullPointerTester().testAllPublicInstanceMethods(GENERAL);
  }
}
