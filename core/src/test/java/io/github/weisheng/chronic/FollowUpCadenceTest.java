package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.DAY;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class FollowUpCadenceTest {
  private static final FollowUpCadence QUARTERLY = FollowUpCadence.of(90, 14, 14);

  @Test
  void theDueDateAndItsWindow() {
    assertThat(QUARTERLY.nextDue(DAY)).isEqualTo(DAY.plusDays(90));
    assertThat(QUARTERLY.windowOpens(DAY)).isEqualTo(DAY.plusDays(76));
    assertThat(QUARTERLY.windowCloses(DAY)).isEqualTo(DAY.plusDays(104));
    assertThat(QUARTERLY.isOverdue(DAY, DAY.plusDays(104))).isFalse();
    assertThat(QUARTERLY.isOverdue(DAY, DAY.plusDays(105))).isTrue();
  }

  @Test
  void boundsAreChecked() {
    assertThatThrownBy(() -> FollowUpCadence.of(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FollowUpCadence.of(30, 30, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FollowUpCadence.of(30, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FollowUpCadence.of(30, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(FollowUpCadence.of(1, 0, 0).nextDue(DAY)).isEqualTo(DAY.plusDays(1));
  }

  @Test
  void jsonRoundTripAndToString() {
    assertThat(roundTrip(QUARTERLY)).isEqualTo(QUARTERLY);
    assertThat(QUARTERLY).hasToString("every 90 days (-14/+14)");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(QUARTERLY, FollowUpCadence.of(90, 14, 14))
        .addEqualityGroup(FollowUpCadence.of(60, 14, 14))
        .addEqualityGroup(FollowUpCadence.of(90, 7, 14))
        .addEqualityGroup(FollowUpCadence.of(90, 14, 7))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(FollowUpCadence.class);
    new NullPointerTester().testAllPublicInstanceMethods(QUARTERLY);
  }
}
