package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A patient's management tier as {@link TierPolicy#assign} decided it: the risk level, the tier,
 * its cadence and the rules. No personal data.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTierAssignment.class)
@JsonDeserialize(as = ImmutableTierAssignment.class)
public abstract class TierAssignment {
  TierAssignment() {}

  /** @return the risk level the tier follows */
  public abstract RiskLevel riskLevel();

  /** @return the tier (管理级别) */
  public abstract ManagementTier tier();

  /** @return the tier's follow-up cadence */
  public abstract FollowUpCadence cadence();

  /** @return the rules: the risk level, then the tier with its interval */
  public abstract List<AppliedRule> rules();
}
