package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.DAY;
import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class HypertensionFindingsTest {

  private static HypertensionFindings.Builder base() {
    return HypertensionFindings.builder().visitDate(DAY).age(67).bloodPressure(bp(146, 88));
  }

  @Test
  void defaultsAreNone() {
    HypertensionFindings f = base().build();
    assertThat(f.adverseReaction()).isEqualTo(AdverseReaction.NONE);
    assertThat(f.complication()).isEqualTo(ComplicationChange.NONE);
    assertThat(f.dangerSigns()).isEmpty();
    assertThat(f.pregnantOrLactating()).isFalse();
    assertThat(f.lowerTargetIndicated()).isFalse();
  }

  @Test
  void theAgeIsChecked() {
    assertRules(() -> HypertensionFindings.builder().visitDate(DAY).age(-1).bloodPressure(bp(146, 88)).build(),
        "age [chronic.age.range]");
    assertRules(() -> HypertensionFindings.builder().visitDate(DAY).age(151).bloodPressure(bp(146, 88)).build(),
        "age [chronic.age.range]");
    assertThatThrownBy(() -> HypertensionFindings.builder().visitDate(DAY).age(50).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void toStringRedactsTheAgeAndTheReading() {
    assertThat(base().build().toString()).doesNotContain("67").doesNotContain("146");
  }

  @Test
  void jsonRoundTripAndEquality() {
    HypertensionFindings full = base().adverseReaction(AdverseReaction.CONTROLLABLE)
        .complication(ComplicationChange.WORSENED).addDangerSigns(HypertensionDangerSign.EYE_PAIN)
        .pregnantOrLactating(true).lowerTargetIndicated(true).build();
    assertThat(roundTrip(full, HypertensionFindings.class)).isEqualTo(full);
    new EqualsTester()
        .addEqualityGroup(base().build(), base().build())
        .addEqualityGroup(full)
        .testEquals();
  }
}
