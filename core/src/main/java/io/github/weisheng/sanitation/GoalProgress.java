package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.immutables.value.Value;

/**
 * The completion of one {@link CampaignGoal} (目标完成情况): what the campaign's activities achieved
 * of the target's kind and unit, the completion in percent (one decimal, half up; a coverage goal at
 * most 100), whether the goal is met, and the activities behind the figure.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGoalProgress.class)
@JsonDeserialize(as = ImmutableGoalProgress.class)
public abstract class GoalProgress {
  GoalProgress() {}

  /** @return the goal */
  public abstract CampaignGoal goal();

  /** @return the amount achieved, in the target's unit */
  public abstract BigDecimal achieved();

  /** @return the activities that contributed */
  public abstract List<ActivityId> activities();

  /**
   * Measures a goal against a campaign's totals.
   *
   * @param goal the goal
   * @param totals the totals of the campaign's activities
   * @return the progress
   */
  public static GoalProgress of(CampaignGoal goal, OutputTotals totals) {
    Output target = goal.target();
    List<ActivityId> behind = totals.total(target.kind(), target.unit()).map(OutputTotal::activities).orElse(List.of());
    return ImmutableGoalProgress.builder().goal(goal).achieved(totals.amount(target.kind(), target.unit()))
        .addAllActivities(behind).build();
  }

  /** @return the completion in percent, one decimal; a coverage at most 100 */
  public BigDecimal completionPercent() {
    BigDecimal percent = achieved().multiply(BigDecimal.valueOf(100))
        .divide(goal().target().amount(), 1, RoundingMode.HALF_UP);
    return goal().measure() == GoalMeasure.COVERAGE ? percent.min(BigDecimal.valueOf(1000, 1)) : percent;
  }

  /** @return true when the achieved amount reaches the target */
  public boolean met() {
    return achieved().compareTo(goal().target().amount()) >= 0;
  }
}
