package io.github.weisheng.sanitation;

import static io.github.weisheng.sanitation.SanitationTesting.dec;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignProgressTest {

  @Test
  void eachGoalIsMeasuredFromTheCampaignsActivitiesOnly() {
    Campaign month = CampaignTest.month2026();
    Activity cleanUp = ActivityTest.yinfengCleanUp(); // 20 black spots, under phm-2026
    Activity visits = Activity.builder().id(ActivityId.parse("a-2")).campaign(month.id())
        .heldOn(LocalDate.of(2026, 4, 20)).place("各楼栋").type(ActivityType.HOUSEHOLD_VISITS).organiser("居委会")
        .scope(AreaScope.parse("110105001001")).addOutput(Output.of(OutputKind.HOUSEHOLDS_VISITED, 1677)).build();
    Activity elsewhere = Activity.builder().id(ActivityId.parse("a-3")).heldOn(LocalDate.of(2026, 4, 21))
        .place("菜市场").type(ActivityType.CLEAN_UP).organiser("居委会").scope(AreaScope.parse("110105001001"))
        .addOutput(Output.of(OutputKind.BLACK_SPOTS_CLEARED, 7)).build();
    CampaignProgress p = CampaignProgress.of(month, List.of(cleanUp, visits, elsewhere));
    assertThat(p.totals().activities()).extracting(ActivityId::value).containsExactly("a-1", "a-2");
    GoalProgress spots = p.goals().get(0);
    assertThat(spots.achieved()).isEqualTo(dec("20"));
    assertThat(spots.met()).isTrue();
    assertThat(spots.completionPercent()).isEqualTo(dec("100.0"));
    GoalProgress households = p.goals().get(1);
    assertThat(households.achieved()).isEqualTo(dec("1677"));
    assertThat(households.completionPercent()).isEqualTo(dec("50.0"));
    assertThat(households.met()).isFalse();
    assertThat(households.activities()).extracting(ActivityId::value).containsExactly("a-2");
    assertThat(p.allGoalsMet()).isFalse();
    assertThat(roundTrip(p, CampaignProgress.class)).isEqualTo(p);
  }
}
