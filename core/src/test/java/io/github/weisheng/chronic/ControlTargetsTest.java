package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.chronic.ChronicTesting.fpg;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The target tables of domain reference §3 "Targets" and §4. */
class ControlTargetsTest {

  private static boolean met(ControlTargets targets, int age, boolean lower, int s, int d) {
    return targets.bloodPressureTarget(age, lower).isMetBy(bp(s, d));
  }

  @ParameterizedTest
  @CsvSource({
    // age, SBP, DBP, at target under the 2017 specification (<140/90; >=65 <150/90)
    "50, 139, 89, true",
    "50, 140, 89, false",
    "50, 139, 90, false",
    "50, 140, 90, false",
    "64, 149, 89, false",
    "64, 139, 89, true",
    "65, 149, 89, true",
    "65, 150, 89, false",
    "65, 149, 90, false",
    "65, 150, 90, false",
    "90, 149, 89, true",
    "0, 139, 89, true"
  })
  void defaultsAreTheServiceSpecification(int age, int s, int d, boolean atTarget) {
    assertThat(ControlTargets.defaults()).isSameAs(ControlTargets.bphs2017());
    assertThat(met(ControlTargets.defaults(), age, false, s, d)).isEqualTo(atTarget);
    // The specification gives no figure for the lower target: indicating it changes nothing.
    assertThat(met(ControlTargets.defaults(), age, true, s, d)).isEqualTo(atTarget);
  }

  @ParameterizedTest
  @CsvSource({
    "50, false, 139, 89, true",
    "50, true, 129, 79, true",
    "50, true, 130, 79, false",
    "50, true, 129, 80, false",
    "70, false, 149, 89, true",
    "70, true, 135, 85, false",
    "70, true, 129, 79, true",
    "85, false, 149, 89, true"
  })
  void primaryCare2020(int age, boolean lower, int s, int d, boolean atTarget) {
    assertThat(met(ControlTargets.primaryCare2020(), age, lower, s, d)).isEqualTo(atTarget);
  }

  @ParameterizedTest
  @CsvSource({
    "79, 129, 79, true",
    "79, 130, 79, false",
    "79, 129, 80, false",
    "40, 135, 85, false",
    "80, 149, 89, true",
    "80, 150, 89, false"
  })
  void primaryCare2025(int age, int s, int d, boolean atTarget) {
    assertThat(met(ControlTargets.primaryCare2025(), age, false, s, d)).isEqualTo(atTarget);
  }

  @Test
  void theGlucoseTargetIsBelowSeven() {
    for (ControlTargets t : new ControlTargets[] {
        ControlTargets.bphs2017(), ControlTargets.primaryCare2020(), ControlTargets.primaryCare2025()}) {
      assertThat(t.isAtTarget(fpg("6.9"))).isTrue();
      assertThat(t.isAtTarget(fpg("7.0"))).isFalse();
    }
  }

  @Test
  void aHostBuildsItsOwnTable() {
    ControlTargets host = ControlTargets.builder()
        .name("zj-2024")
        .putBloodPressureByAge(0, BloodPressureTarget.of(135, 85))
        .putBloodPressureByAge(60, BloodPressureTarget.of(145, 90))
        .putBloodPressureByAge(80, BloodPressureTarget.of(150, 90))
        .fastingGlucoseBelow(fpg("7.5"))
        .build();
    assertThat(host.bloodPressureTarget(59, false)).isEqualTo(BloodPressureTarget.of(135, 85));
    assertThat(host.bloodPressureTarget(60, false)).isEqualTo(BloodPressureTarget.of(145, 90));
    assertThat(host.bloodPressureTarget(100, false)).isEqualTo(BloodPressureTarget.of(150, 90));
    assertThat(host.isAtTarget(fpg("7.4"))).isTrue();
  }

  @Test
  void aTableNeedsTheBandFromAgeZero() {
    assertThatThrownBy(() -> ControlTargets.builder().name("x")
        .putBloodPressureByAge(18, BloodPressureTarget.of(140, 90)).fastingGlucoseBelow(fpg("7.0")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ControlTargets.builder().name("x")
        .putBloodPressureByAge(0, BloodPressureTarget.of(140, 90))
        .putBloodPressureByAge(151, BloodPressureTarget.of(150, 90)).fastingGlucoseBelow(fpg("7.0")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ControlTargets.builder().name(" ")
        .putBloodPressureByAge(0, BloodPressureTarget.of(140, 90)).fastingGlucoseBelow(fpg("7.0")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ControlTargets.builder().name("a").name("b"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ControlTargets.defaults().bloodPressureTarget(151, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonRoundTrip() {
    for (ControlTargets t : new ControlTargets[] {
        ControlTargets.bphs2017(), ControlTargets.primaryCare2020(), ControlTargets.primaryCare2025()}) {
      assertThat(roundTrip(t, ControlTargets.class)).isEqualTo(t);
    }
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(ControlTargets.bphs2017(), roundTrip(ControlTargets.bphs2017(), ControlTargets.class))
        .addEqualityGroup(ControlTargets.primaryCare2020())
        .addEqualityGroup(ControlTargets.primaryCare2025())
        .testEquals();
  }
}
