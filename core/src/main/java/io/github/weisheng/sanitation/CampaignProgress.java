package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collection;
import java.util.List;
import org.immutables.value.Value;

/**
 * A campaign's results (活动开展情况): the totals of its activities and the completion of each goal.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCampaignProgress.class)
@JsonDeserialize(as = ImmutableCampaignProgress.class)
public abstract class CampaignProgress {
  CampaignProgress() {}

  /** @return the campaign */
  public abstract Campaign campaign();

  /** @return the totals of its activities */
  public abstract OutputTotals totals();

  /** @return each goal's completion, in the campaign's goal order */
  public abstract List<GoalProgress> goals();

  /**
   * Measures a campaign: its activities among those given (by campaign id), totalled, and each goal.
   *
   * @param campaign the campaign
   * @param activities activities to choose from
   * @return the progress
   */
  public static CampaignProgress of(Campaign campaign, Collection<Activity> activities) {
    OutputTotals totals = OutputTotals.ofCampaign(campaign.id(), activities);
    ImmutableCampaignProgress.Builder b = ImmutableCampaignProgress.builder().campaign(campaign).totals(totals);
    campaign.goals().forEach(g -> b.addGoals(GoalProgress.of(g, totals)));
    return b.build();
  }

  /** @return true when every goal is met (a campaign without goals is complete) */
  public boolean allGoalsMet() {
    return goals().stream().allMatch(GoalProgress::met);
  }
}
