package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.fpg;
import static io.github.weisheng.testing.Checks.JSON;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FollowUpCriteriaTest {

  @Test
  void defaultsAreTheReference() {
    FollowUpCriteria c = FollowUpCriteria.defaults();
    assertThat(c.urgentSystolicFrom()).isEqualTo(180);
    assertThat(c.urgentDiastolicFrom()).isEqualTo(110);
    assertThat(c.urgentGlucoseFrom()).isEqualTo(fpg("16.7"));
    assertThat(c.urgentGlucoseUpTo()).isEqualTo(fpg("3.9"));
    assertThat(c.pregnancyRaisedSystolicFrom()).isEqualTo(140);
    assertThat(c.pregnancyRaisedDiastolicFrom()).isEqualTo(90);
    assertThat(c.unsatisfiedVisitsForReferral()).isEqualTo(2);
    assertThat(c.earlyReviewDays()).isEqualTo(14);
    assertThat(c.referralCheckDays()).isEqualTo(14);
    assertThat(c.hypertensionUrgentSigns()).containsExactlyInAnyOrder(HypertensionDangerSign.values());
    assertThat(c.diabetesUrgentSigns()).containsExactlyInAnyOrder(DiabetesDangerSign.values());
  }

  @Test
  void aHostChangesOneCriterionAndKeepsTheRest() {
    FollowUpCriteria c = FollowUpCriteria.builder()
        .earlyReviewDays(10)
        .addNonUrgentDiabetesSigns(DiabetesDangerSign.SWEATING, DiabetesDangerSign.FLUSHED_SKIN)
        .build();
    assertThat(c.earlyReviewDays()).isEqualTo(10);
    assertThat(c.diabetesUrgentSigns()).hasSize(DiabetesDangerSign.values().length - 2)
        .doesNotContain(DiabetesDangerSign.SWEATING, DiabetesDangerSign.FLUSHED_SKIN);
    assertThat(c.hypertensionUrgentSigns()).containsExactlyInAnyOrder(HypertensionDangerSign.values());
    assertThat(roundTrip(c, FollowUpCriteria.class)).isEqualTo(c);
    assertThat(c.urgentSystolicFrom()).isEqualTo(180);
    assertThat(c).isNotEqualTo(FollowUpCriteria.defaults());
  }

  @Test
  void inconsistentCriteriaAreIllegal() {
    assertThatThrownBy(() -> FollowUpCriteria.builder().urgentGlucoseUpTo(fpg("17.0")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FollowUpCriteria.builder().earlyReviewDays(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FollowUpCriteria.builder().unsatisfiedVisitsForReferral(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FollowUpCriteria.builder().urgentSystolicFrom(40).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FollowUpCriteria.builder().referralCheckDays(7).referralCheckDays(10))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void jsonRoundTripAndMissingFieldsTakeTheDefaults() {
    FollowUpCriteria changed = FollowUpCriteria.builder().referralCheckDays(7).build();
    assertThat(roundTrip(FollowUpCriteria.defaults(), FollowUpCriteria.class)).isEqualTo(FollowUpCriteria.defaults());
    assertThat(roundTrip(changed, FollowUpCriteria.class)).isEqualTo(changed);
    assertThat(JSON.read("{\"referralCheckDays\":7}".getBytes(StandardCharsets.UTF_8), FollowUpCriteria.class))
        .isEqualTo(changed);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(FollowUpCriteria.defaults(), FollowUpCriteria.builder().build())
        .addEqualityGroup(FollowUpCriteria.builder().urgentSystolicFrom(170).build())
        .testEquals();
  }
}
