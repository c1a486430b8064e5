package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CampaignGoalTest {

  @Test
  void aGoalIsATargetOfAnOutputKindMeasuredAsATotalOrACoverage() {
    CampaignGoal spots = CampaignGoal.total("清理卫生死角20处", Output.of(OutputKind.BLACK_SPOTS_CLEARED, 20));
    assertThat(spots.measure()).isEqualTo(GoalMeasure.TOTAL);
    CampaignGoal every = CampaignGoal.coverage("入户宣传全覆盖", Output.of(OutputKind.HOUSEHOLDS_VISITED, 3354));
    assertThat(every.measure()).isEqualTo(GoalMeasure.COVERAGE);
    assertThat(roundTrip(every, CampaignGoal.class)).isEqualTo(every);
    assertRules(() -> CampaignGoal.total("", Output.of(OutputKind.BLACK_SPOTS_CLEARED, 0)),
        "description [sanitation.text]", "target [campaignGoal.target]");
  }
}
