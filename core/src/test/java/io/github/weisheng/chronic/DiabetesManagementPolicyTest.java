package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.DAY;
import static io.github.weisheng.chronic.ChronicTesting.rule;
import static io.github.weisheng.testing.Checks.assertResolves;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The diabetes table of domain reference §5.3 "Diabetes tiers" [S], windows [U]. */
class DiabetesManagementPolicyTest {
  private static final DiabetesManagementPolicy POLICY = DiabetesManagementPolicy.defaults();

  @Test
  void routineEveryNinetyDaysIntensiveEveryThirty() {
    assertThat(POLICY.cadence(DiabetesManagementLevel.ROUTINE)).isEqualTo(FollowUpCadence.of(90, 14, 14));
    assertThat(POLICY.cadence(DiabetesManagementLevel.INTENSIVE)).isEqualTo(FollowUpCadence.of(30, 7, 7));
    assertThat(POLICY.nextRoutineVisit(DiabetesManagementLevel.ROUTINE, DAY)).isEqualTo(DAY.plusDays(90));
    assertThat(POLICY.nextRoutineVisit(DiabetesManagementLevel.INTENSIVE, DAY)).isEqualTo(DAY.plusDays(30));
    assertThat(POLICY.rule(DiabetesManagementLevel.INTENSIVE)).isEqualTo(rule("diabetesManagement.intensive", 30));
    assertResolves(POLICY.rule(DiabetesManagementLevel.ROUTINE));
    assertResolves(POLICY.rule(DiabetesManagementLevel.INTENSIVE));
  }

  @Test
  void aHostTableAndJson() {
    DiabetesManagementPolicy host = DiabetesManagementPolicy.builder()
        .putCadenceByLevel(DiabetesManagementLevel.ROUTINE, FollowUpCadence.of(90, 10, 20))
        .putCadenceByLevel(DiabetesManagementLevel.INTENSIVE, FollowUpCadence.of(14, 2, 2))
        .build();
    assertThat(host.nextRoutineVisit(DiabetesManagementLevel.INTENSIVE, DAY)).isEqualTo(DAY.plusDays(14));
    assertThat(roundTrip(host, DiabetesManagementPolicy.class)).isEqualTo(host);
    assertThat(roundTrip(POLICY, DiabetesManagementPolicy.class)).isEqualTo(POLICY);
    assertThatThrownBy(() -> DiabetesManagementPolicy.builder()
        .putCadenceByLevel(DiabetesManagementLevel.ROUTINE, FollowUpCadence.of(90, 10, 20)).build())
        .isInstanceOf(IllegalArgumentException.class);
    new EqualsTester()
        .addEqualityGroup(POLICY, roundTrip(POLICY, DiabetesManagementPolicy.class))
        .addEqualityGroup(host)
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().setDefault(LocalDate.class, DAY).testAllPublicInstanceMethods(POLICY);
  }
}
