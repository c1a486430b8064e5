package io.github.weisheng.chronic;

import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ChronicCarePolicyTest {

  @Test
  void theDefaultsAreTheReferences() {
    ChronicCarePolicy p = ChronicCarePolicy.defaults();
    assertThat(p.targets()).isEqualTo(ControlTargets.defaults());
    assertThat(p.criteria()).isEqualTo(FollowUpCriteria.defaults());
    assertThat(p.tiers()).isEqualTo(TierPolicy.defaults());
    assertThat(p.diabetesLevels()).isEqualTo(DiabetesManagementPolicy.defaults());
    assertThat(p.minFaceToFaceVisits()).isEqualTo(4);
    assertThat(p.maxFaceToFaceGapDays()).isEqualTo(90);
    assertThat(p.firstVisitCadence()).isEqualTo(FollowUpCadence.of(90, 14, 14));
    assertThat(p.lostToFollowUpDays()).isEqualTo(180);
    assertThat(p.healthCheckEvery()).isEqualTo(Period.ofYears(1));
    assertThat(p.hypertensionRules().targets()).isEqualTo(p.targets());
    assertThat(p.diabetesRules().criteria()).isEqualTo(p.criteria());
    assertThat(roundTrip(p, ChronicCarePolicy.class)).isEqualTo(p);
  }

  @Test
  void aHostChangesOnlyWhatDiffers() {
    ChronicCarePolicy host = ChronicCarePolicy.builder()
        .targets(ControlTargets.primaryCare2025()).maxFaceToFaceGapDays(0).lostToFollowUpDays(365).build();
    assertThat(host.targets().name()).isEqualTo("primary-care-2025");
    assertThat(host.maxFaceToFaceGapDays()).isZero();
    assertThat(host.minFaceToFaceVisits()).isEqualTo(4);
    assertThat(roundTrip(host, ChronicCarePolicy.class)).isEqualTo(host);
    new EqualsTester().addEqualityGroup(host, roundTrip(host, ChronicCarePolicy.class))
        .addEqualityGroup(ChronicCarePolicy.defaults()).testEquals();
  }

  @Test
  void impossibleTablesAreRefused() {
    assertThatThrownBy(() -> ChronicCarePolicy.builder().minFaceToFaceVisits(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChronicCarePolicy.builder().maxFaceToFaceGapDays(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChronicCarePolicy.builder().lostToFollowUpDays(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChronicCarePolicy.builder().healthCheckEvery(Period.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
