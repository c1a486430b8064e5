package io.github.weisheng.chronic;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class LifestyleTest {

  static Lifestyle.Builder typical() {
    return typical(10);
  }

  static Lifestyle.Builder typical(int cigarettes) {
    return Lifestyle.builder().cigarettesPerDay(cigarettes).alcoholLiangPerDay(2).exerciseTimesPerWeek(3)
        .exerciseMinutesPerSession(30).saltIntake(SaltIntake.MODERATE)
        .psychologicalAdjustment(BehaviourRating.GOOD).compliance(BehaviourRating.FAIR);
  }

  @Test
  void theFormsItemsRoundTrip() {
    Lifestyle l = typical().build();
    assertThat(l.cigarettesPerDay()).isEqualTo(10);
    assertThat(l.saltIntake()).isEqualTo(SaltIntake.MODERATE);
    assertThat(roundTrip(l, Lifestyle.class)).isEqualTo(l);
    assertThat(l.toString()).contains("cigarettesPerDay");
  }

  @Test
  void theLimitsAreInclusive() {
    Lifestyle most = typical().build();
    assertThat(Lifestyle.builder().cigarettesPerDay(0).alcoholLiangPerDay(0).exerciseTimesPerWeek(0)
        .exerciseMinutesPerSession(0).saltIntake(SaltIntake.LIGHT).psychologicalAdjustment(BehaviourRating.POOR)
        .compliance(BehaviourRating.GOOD).build()).isNotEqualTo(most);
    assertThat(Lifestyle.builder().cigarettesPerDay(100).alcoholLiangPerDay(40).exerciseTimesPerWeek(21)
        .exerciseMinutesPerSession(600).saltIntake(SaltIntake.HEAVY).psychologicalAdjustment(BehaviourRating.POOR)
        .compliance(BehaviourRating.POOR).build().exerciseMinutesPerSession()).isEqualTo(600);
  }

  @Test
  void impossibleAmountsAreRefusedAllAtOnce() {
    assertRules(() -> Lifestyle.builder().cigarettesPerDay(101).alcoholLiangPerDay(-1).exerciseTimesPerWeek(22)
            .exerciseMinutesPerSession(601).saltIntake(SaltIntake.LIGHT)
            .psychologicalAdjustment(BehaviourRating.GOOD).compliance(BehaviourRating.GOOD).build(),
        "lifestyle.cigarettesPerDay [lifestyle.cigarettes.range]",
        "lifestyle.alcoholLiangPerDay [lifestyle.alcohol.range]",
        "lifestyle.exerciseTimesPerWeek [lifestyle.exerciseTimes.range]",
        "lifestyle.exerciseMinutesPerSession [lifestyle.exerciseMinutes.range]");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(typical().build(), typical().build())
        .addEqualityGroup(typical(0).build())
        .testEquals();
  }
}
