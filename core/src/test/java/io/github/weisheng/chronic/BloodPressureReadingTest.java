package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.testing.Checks.JSON;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BloodPressureReadingTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Test
  void jsonRoundTripAndToString() {
    BloodPressureReading r = BloodPressureReading.of(DAY, bp(142, 88));
    assertThat(new String(JSON.write(r), StandardCharsets.UTF_8))
        .isEqualTo("{\"date\":\"2026-03-01\",\"bloodPressure\":{\"systolic\":142,\"diastolic\":88}}");
    assertThat(roundTrip(r)).isEqualTo(r);
    assertThat(r.toString()).doesNotContain("142");
    assertThat(r.date()).isEqualTo(DAY);
    assertThat(r.bloodPressure()).isEqualTo(bp(142, 88));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(BloodPressureReading.of(DAY, bp(142, 88)), BloodPressureReading.of(DAY, bp(142, 88)))
        .addEqualityGroup(BloodPressureReading.of(DAY.plusDays(1), bp(142, 88)))
        .addEqualityGroup(BloodPressureReading.of(DAY, bp(142, 87)))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().setDefault(BloodPressure.class, bp(120, 80)).testAllPublicStaticMethods(BloodPressureReading.class);
  }
}
