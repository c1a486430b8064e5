package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.DAY;
import static io.github.weisheng.chronic.ChronicTesting.rule;
import static io.github.weisheng.testing.Checks.assertAllResolve;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default tier table of domain reference §5.3 [S], windows [U]. */
class TierPolicyTest {
  private static final TierPolicy POLICY = TierPolicy.defaults();

  @ParameterizedTest
  @CsvSource({
    "LOW, TIER_1, 90, 14, 14",
    "MEDIUM, TIER_2, 60, 10, 10",
    "HIGH, TIER_3, 30, 7, 7",
    "VERY_HIGH, TIER_3, 30, 7, 7"
  })
  void everyRiskLevel(RiskLevel level, ManagementTier tier, int interval, int early, int late) {
    assertThat(POLICY.tierFor(level)).isEqualTo(tier);
    assertThat(POLICY.cadence(tier)).isEqualTo(FollowUpCadence.of(interval, early, late));
    assertThat(POLICY.nextRoutineVisit(tier, DAY)).isEqualTo(DAY.plusDays(interval));
    TierAssignment a = POLICY.assign(level);
    assertThat(a.riskLevel()).isEqualTo(level);
    assertThat(a.tier()).isEqualTo(tier);
    assertThat(a.cadence().intervalDays()).isEqualTo(interval);
    assertThat(a.rules()).containsExactly(rule(level.rule()), rule(tier.rule(), interval));
    assertAllResolve(a.rules());
    assertThat(roundTrip(a, TierAssignment.class)).isEqualTo(a);
  }

  @Test
  void aHostWithFortnightlyTierThree() {
    TierPolicy host = TierPolicy.builder()
        .putTierByRisk(RiskLevel.LOW, ManagementTier.TIER_1)
        .putTierByRisk(RiskLevel.MEDIUM, ManagementTier.TIER_2)
        .putTierByRisk(RiskLevel.HIGH, ManagementTier.TIER_2)
        .putTierByRisk(RiskLevel.VERY_HIGH, ManagementTier.TIER_3)
        .putCadenceByTier(ManagementTier.TIER_1, FollowUpCadence.of(90, 14, 14))
        .putCadenceByTier(ManagementTier.TIER_2, FollowUpCadence.of(60, 10, 10))
        .putCadenceByTier(ManagementTier.TIER_3, FollowUpCadence.of(14, 3, 3))
        .build();
    assertThat(host.tierFor(RiskLevel.HIGH)).isEqualTo(ManagementTier.TIER_2);
    assertThat(host.nextRoutineVisit(ManagementTier.TIER_3, DAY)).isEqualTo(DAY.plusDays(14));
    assertThat(host.assign(RiskLevel.VERY_HIGH).rules()).containsExactly(rule("risk.level.veryHigh"), rule("tier.tier3", 14));
    assertThat(roundTrip(host, TierPolicy.class)).isEqualTo(host);
  }

  @Test
  void anIncompleteTableIsIllegal() {
    assertThatThrownBy(() -> TierPolicy.builder()
        .putTierByRisk(RiskLevel.LOW, ManagementTier.TIER_1)
        .putCadenceByTier(ManagementTier.TIER_1, FollowUpCadence.of(90, 14, 14))
        .build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonRoundTrip() {
    assertThat(roundTrip(POLICY, TierPolicy.class)).isEqualTo(POLICY);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(POLICY, roundTrip(POLICY, TierPolicy.class))
        .addEqualityGroup(TierPolicy.builder()
            .putTierByRisk(RiskLevel.LOW, ManagementTier.TIER_1)
            .putTierByRisk(RiskLevel.MEDIUM, ManagementTier.TIER_1)
            .putTierByRisk(RiskLevel.HIGH, ManagementTier.TIER_3)
            .putTierByRisk(RiskLevel.VERY_HIGH, ManagementTier.TIER_3)
            .putCadenceByTier(ManagementTier.TIER_1, FollowUpCadence.of(90, 14, 14))
            .putCadenceByTier(ManagementTier.TIER_2, FollowUpCadence.of(60, 10, 10))
            .putCadenceByTier(ManagementTier.TIER_3, FollowUpCadence.of(30, 7, 7))
            .build())
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().setDefault(LocalDate.class, DAY).testAllPublicInstanceMethods(POLICY);
  }
}
