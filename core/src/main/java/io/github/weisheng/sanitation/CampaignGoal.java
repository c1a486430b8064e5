package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import org.immutables.value.Value;

/**
 * A goal of a campaign (工作目标): a target amount of an output kind — "clear 20 black spots" is 20
 * 处 of {@link OutputKind#BLACK_SPOTS_CLEARED}, "cover every household" is the catchment's household
 * count of {@link OutputKind#HOUSEHOLDS_VISITED} measured as {@link GoalMeasure#COVERAGE} — with
 * how its completion is measured.
 *
 * <p>Rules: {@code sanitation.text} (field {@code description}), {@code campaignGoal.target} (field
 * {@code target}: above zero).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCampaignGoal.class)
@JsonDeserialize(as = ImmutableCampaignGoal.class)
public abstract class CampaignGoal {
  CampaignGoal() {}

  /** @return the goal as the plan words it */
  public abstract String description();

  /** @return the target: an amount of an output kind in one of its units */
  public abstract Output target();

  /** @return how completion is measured */
  public abstract GoalMeasure measure();

  /**
   * Returns a total to reach.
   *
   * @param description the goal as worded
   * @param target the target
   * @return the goal
   */
  public static CampaignGoal total(String description, Output target) {
    return ImmutableCampaignGoal.builder().description(description).target(target).measure(GoalMeasure.TOTAL).build();
  }

  /**
   * Returns a coverage goal.
   *
   * @param description the goal as worded
   * @param whole the whole to cover, for example every household of the committee
   * @return the goal
   */
  public static CampaignGoal coverage(String description, Output whole) {
    return ImmutableCampaignGoal.builder().description(description).target(whole).measure(GoalMeasure.COVERAGE)
        .build();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Texts.check(v, "description", description());
    v.require(target().amount().signum() > 0, "target", "campaignGoal.target");
    v.throwIfAny();
  }
}
