package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.DAY;
import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.chronic.ChronicTesting.rule;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitAssessmentTest {

  private static VisitAssessment assess(int s, int d) {
    return HypertensionFollowUpRules.defaults().assess(
        HypertensionFindings.builder().visitDate(DAY).age(50).bloodPressure(bp(s, d)).build(), PreviousVisit.none(), 90);
  }

  @Test
  void rulesListsTheClassificationThenTheNextVisitThenTheReferral() {
    VisitAssessment a = assess(185, 100);
    assertThat(a.rules()).containsExactly(
        rule("hypertension.class.unsatisfied", 140, 90),
        rule("followUp.next.unsatisfied", 14),
        rule("followUp.next.referralCheck", 14),
        rule("followUp.urgent.systolic", 180));
  }

  @Test
  void anInconsistentAssessmentCannotBeBuilt() {
    assertThatThrownBy(() -> ImmutableVisitAssessment.builder()
        .visitDate(DAY).classification(VisitClassification.SATISFIED)
        .classificationRule(rule("hypertension.class.satisfied", 140, 90))
        .atTarget(true).unsatisfiedStreak(0).nextVisit(DAY.plusDays(90))
        .addAllNextVisitRules(List.of(rule("followUp.next.routine", 90)))
        .referral(Referral.REFERRAL)
        .build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonRoundTripAndEquality() {
    VisitAssessment urgent = assess(185, 100);
    assertThat(roundTrip(urgent, VisitAssessment.class)).isEqualTo(urgent);
    new EqualsTester()
        .addEqualityGroup(assess(130, 80), assess(130, 80), roundTrip(assess(130, 80), VisitAssessment.class))
        .addEqualityGroup(urgent)
        .addEqualityGroup(assess(150, 95))
        .testEquals();
    assertThat(urgent.toString()).doesNotContain("185");
  }
}
