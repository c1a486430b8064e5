package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.testing.Checks.JSON;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.spi.storage.StoreException;
import io.github.weisheng.validation.RuleViolationException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BloodPressureTest {

  @Test
  void keepsBothPressures() {
    BloodPressure reading = bp(138, 88);
    assertThat(reading.systolic()).isEqualTo(138);
    assertThat(reading.diastolic()).isEqualTo(88);
  }

  @ParameterizedTest
  @CsvSource({"50, 30", "300, 200", "51, 50", "300, 30", "201, 200"})
  void theBoundsArePlausible(int systolic, int diastolic) {
    assertThat(bp(systolic, diastolic).systolic()).isEqualTo(systolic);
  }

  @Test
  void impossibleValuesAreRefusedWithTheirFieldAndRule() {
    assertRules(() -> BloodPressure.of(49, 30), "bloodPressure.systolic [bloodPressure.systolic.range]");
    assertRules(() -> BloodPressure.of(301, 90), "bloodPressure.systolic [bloodPressure.systolic.range]");
    assertRules(() -> BloodPressure.of(120, 29), "bloodPressure.diastolic [bloodPressure.diastolic.range]");
    assertRules(() -> BloodPressure.of(250, 201), "bloodPressure.diastolic [bloodPressure.diastolic.range]");
    assertRules(() -> BloodPressure.of(120, 120), "bloodPressure [bloodPressure.systolicAboveDiastolic]");
    assertRules(() -> BloodPressure.of(80, 120), "bloodPressure [bloodPressure.systolicAboveDiastolic]");
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    RuleViolationException e = assertRules(() -> BloodPressure.of(20, 250),
        "bloodPressure.systolic [bloodPressure.systolic.range]",
        "bloodPressure.diastolic [bloodPressure.diastolic.range]",
        "bloodPressure [bloodPressure.systolicAboveDiastolic]");
    assertThat(e.getMessage())
        .contains("systolic pressure must be 50-300 mmHg", "收缩压须在 50-300 mmHg 之间")
        .doesNotContain("250").doesNotContain("20 ");
    assertThat(e.under("visit").violations().get(0).field()).isEqualTo("visit.bloodPressure.systolic");
  }

  @ParameterizedTest
  @CsvSource({
    "140, 89, true",
    "139, 89, false",
    "140, 90, false",
    "180, 70, true",
    "165, 95, false"
  })
  void isolatedSystolicHypertension(int systolic, int diastolic, boolean isolated) {
    assertThat(bp(systolic, diastolic).isolatedSystolic()).isEqualTo(isolated);
  }

  @Test
  void atLeastIsAndOr() {
    assertThat(bp(180, 90).atLeast(180, 110)).isTrue();
    assertThat(bp(150, 110).atLeast(180, 110)).isTrue();
    assertThat(bp(179, 109).atLeast(180, 110)).isFalse();
  }

  @Test
  void categoryIsTheGuidelineCategory() {
    assertThat(bp(185, 70).category()).isEqualTo(BloodPressureCategory.GRADE_3);
  }

  @Test
  void toStringDoesNotPrintTheReading() {
    assertThat(bp(163, 97).toString()).doesNotContain("163").doesNotContain("97");
  }

  @Test
  void jsonRoundTrip() {
    BloodPressure reading = bp(138, 88);
    assertThat(new String(JSON.write(reading), StandardCharsets.UTF_8)).isEqualTo("{\"systolic\":138,\"diastolic\":88}");
    assertThat(roundTrip(reading)).isEqualTo(reading);
  }

  @Test
  void jsonWithAnImpossibleReadingIsRefused() {
    assertThatThrownBy(() -> JSON.read("{\"systolic\":80,\"diastolic\":120}".getBytes(StandardCharsets.UTF_8),
        BloodPressure.class)).isInstanceOf(StoreException.class).hasMessageNotContaining("120");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(bp(140, 90), bp(140, 90))
        .addEqualityGroup(bp(140, 89))
        .addEqualityGroup(bp(139, 90))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(BloodPressure.class);
    new NullPointerTester().testAllPublicInstanceMethods(bp(120, 80));
  }
}
