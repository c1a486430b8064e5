package io.github.weisheng.chronic;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.testing.Checks;
import org.junit.jupiter.api.Test;

class MedicationTest {

  @Test
  void aDrugWithItsDoseAndFrequencyRoundTrips() {
    Medication m = Medication.of("氨氯地平", "5 mg", "每日1次");
    assertThat(m.drug()).isEqualTo("氨氯地平");
    assertThat(m.dose()).isEqualTo("5 mg");
    assertThat(m.frequency()).isEqualTo("每日1次");
    assertThat(roundTrip(m, Medication.class)).isEqualTo(m);
    assertThat(Checks.JSON.write(m)).isNotEmpty();
  }

  @Test
  void blankOrOverlongTextIsRefusedEveryFieldAtOnce() {
    assertRules(() -> Medication.of(" ", "x".repeat(101), ""),
        "medication.drug [medication.text]", "medication.dose [medication.text]",
        "medication.frequency [medication.text]");
    assertThat(Medication.of("x".repeat(100), "1", "1").drug()).hasSize(100);
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Medication.of("二甲双胍", "0.5 g", "每日3次"), Medication.of("二甲双胍", "0.5 g", "每日3次"))
        .addEqualityGroup(Medication.of("二甲双胍", "0.5 g", "每日2次"))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(Medication.class);
  }
}
