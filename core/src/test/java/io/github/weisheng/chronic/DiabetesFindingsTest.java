package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.DAY;
import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.chronic.ChronicTesting.fpg;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class DiabetesFindingsTest {

  private static DiabetesFindings.Builder base() {
    return DiabetesFindings.builder().visitDate(DAY).fastingGlucose(fpg("8.4"));
  }

  @Test
  void defaultsAreNone() {
    DiabetesFindings f = base().build();
    assertThat(f.bloodPressure()).isEmpty();
    assertThat(f.adverseReaction()).isEqualTo(AdverseReaction.NONE);
    assertThat(f.complication()).isEqualTo(ComplicationChange.NONE);
    assertThat(f.dangerSigns()).isEmpty();
    assertThat(f.toString()).doesNotContain("8.4");
  }

  @Test
  void jsonRoundTripAndEquality() {
    DiabetesFindings full = base().bloodPressure(bp(150, 90)).adverseReaction(AdverseReaction.UNCONTROLLABLE)
        .complication(ComplicationChange.NEW).addDangerSigns(DiabetesDangerSign.DEEP_BREATHING).build();
    assertThat(roundTrip(full, DiabetesFindings.class)).isEqualTo(full);
    assertThat(roundTrip(base().build(), DiabetesFindings.class)).isEqualTo(base().build());
    new EqualsTester()
        .addEqualityGroup(base().build(), base().build())
        .addEqualityGroup(full)
        .testEquals();
  }
}
