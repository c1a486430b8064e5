package io.github.weisheng.chronic;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class PreviousVisitTest {

  @Test
  void noneHasNoClassAndNoStreak() {
    assertThat(PreviousVisit.none().classification()).isEmpty();
    assertThat(PreviousVisit.none().unsatisfiedStreak()).isZero();
  }

  @Test
  void theStreakMustFitTheClass() {
    assertThat(PreviousVisit.of(VisitClassification.UNSATISFIED, 1).unsatisfiedStreak()).isEqualTo(1);
    assertThat(PreviousVisit.of(VisitClassification.ADVERSE_REACTION, 0).unsatisfiedStreak()).isZero();
    assertThat(PreviousVisit.of(VisitClassification.COMPLICATION, 3).unsatisfiedStreak()).isEqualTo(3);
    String broken = "previousVisit.unsatisfiedStreak [previousVisit.unsatisfiedStreak]";
    assertRules(() -> PreviousVisit.of(VisitClassification.SATISFIED, 1), broken);
    assertRules(() -> PreviousVisit.of(VisitClassification.UNSATISFIED, 0), broken);
    assertRules(() -> PreviousVisit.of(VisitClassification.COMPLICATION, -1), broken);
  }

  @Test
  void fromAnAssessment() {
    VisitAssessment a = HypertensionFollowUpRules.defaults().assess(HypertensionFindings.builder()
        .visitDate(ChronicTesting.DAY).age(50).bloodPressure(ChronicTesting.bp(150, 95)).build(),
        PreviousVisit.none(), 90);
    assertThat(PreviousVisit.from(a)).isEqualTo(PreviousVisit.of(VisitClassification.UNSATISFIED, 1));
  }

  @Test
  void jsonRoundTripAndEquality() {
    assertThat(roundTrip(PreviousVisit.none(), PreviousVisit.class)).isEqualTo(PreviousVisit.none());
    PreviousVisit p = PreviousVisit.of(VisitClassification.UNSATISFIED, 2);
    assertThat(roundTrip(p, PreviousVisit.class)).isEqualTo(p);
    new EqualsTester()
        .addEqualityGroup(PreviousVisit.none(), roundTrip(PreviousVisit.none(), PreviousVisit.class))
        .addEqualityGroup(p, PreviousVisit.of(VisitClassification.UNSATISFIED, 2))
        .addEqualityGroup(PreviousVisit.of(VisitClassification.SATISFIED, 0))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(PreviousVisit.class);
  }
}
