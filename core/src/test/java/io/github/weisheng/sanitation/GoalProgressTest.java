package io.github.weisheng.sanitation;

import static io.github.weisheng.sanitation.SanitationTesting.dec;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalProgressTest {
  private static OutputTotals totals(Output... outputs) {
    return OutputTotals.of(List.of(Activity.builder().id(ActivityId.parse("a")).heldOn(LocalDate.of(2026, 4, 1))
        .place("小区").type(ActivityType.CLEAN_UP).organiser("居委会").scope(AreaScope.parse("110105001001"))
        .addOutputs(outputs).build()));
  }

  @Test
  void aTotalMayBeExceededACoverageStopsAtAHundredPercent() {
    CampaignGoal spots = CampaignGoal.total("清理卫生死角20处", Output.of(OutputKind.BLACK_SPOTS_CLEARED, 20));
    GoalProgress over = GoalProgress.of(spots, totals(Output.of(OutputKind.BLACK_SPOTS_CLEARED, 23)));
    assertThat(over.completionPercent()).isEqualTo(dec("115.0"));
    assertThat(over.met()).isTrue();
    CampaignGoal every = CampaignGoal.coverage("全覆盖", Output.of(OutputKind.HOUSEHOLDS_VISITED, 3));
    GoalProgress full = GoalProgress.of(every, totals(Output.of(OutputKind.HOUSEHOLDS_VISITED, 4)));
    assertThat(full.completionPercent()).isEqualTo(dec("100.0"));
    GoalProgress third = GoalProgress.of(every, totals(Output.of(OutputKind.HOUSEHOLDS_VISITED, 1)));
    assertThat(third.completionPercent()).isEqualTo(dec("33.3"));
    assertThat(third.met()).isFalse();
  }

  @Test
  void anotherUnitDoesNotCount() {
    CampaignGoal bags = CampaignGoal.total("投放灭鼠药200袋", Output.of(OutputKind.RODENTICIDE_PLACED, 200));
    GoalProgress p = GoalProgress.of(bags,
        totals(Output.of(OutputKind.RODENTICIDE_PLACED, dec("300"), OutputUnit.KILOGRAM)));
    assertThat(p.achieved()).isZero();
    assertThat(p.completionPercent()).isEqualTo(dec("0.0"));
    assertThat(p.activities()).isEmpty();
  }
}
