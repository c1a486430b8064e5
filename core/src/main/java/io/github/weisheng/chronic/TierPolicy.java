package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The tier table of hypertension management (分级管理): which tier each risk level gets and each
 * tier's follow-up cadence. Local practice, not a national rule (domain reference §5.3), so data
 * the host replaces per province or county through {@link #builder()}.
 *
 * <table>
 *   <caption>{@link #defaults()}</caption>
 *   <tr><th>Risk level</th><th>Tier</th><th>Interval</th><th>Early / late window</th></tr>
 *   <tr><td>LOW</td><td>TIER_1</td><td>90 days [S]</td><td>14 / 14 days [U]</td></tr>
 *   <tr><td>MEDIUM</td><td>TIER_2</td><td>60 days [S]</td><td>10 / 10 days [U]</td></tr>
 *   <tr><td>HIGH, VERY_HIGH</td><td>TIER_3</td><td>30 days [S]</td><td>7 / 7 days [U]</td></tr>
 * </table>
 *
 * <p>Sources: the tiers and intervals are [S] (buell.com.cn; the dromara {@code chronic}
 * FollowupRuleEngine, 90/60/30 days). Tier 3 conflicts: "every 1–2 weeks" (buell.com.cn) against
 * monthly (vendor, attributed to the 2005/2010 guideline basic editions [U]); the default is the
 * vendor's 30 days. The tolerance windows are not in any source [U]: Weisheng's choice of about a
 * sixth of the interval on either side of the due date. buell.com.cn also puts grade-2 BP in tier
 * 2; with the default {@link RiskTable} grade 2 is never below medium risk, so the clause changes
 * nothing and is not modelled.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTierPolicy.class)
@JsonDeserialize(as = ImmutableTierPolicy.class)
public abstract class TierPolicy {
  private static final TierPolicy DEFAULTS = builder()
      .putTierByRisk(RiskLevel.LOW, ManagementTier.TIER_1)
      .putTierByRisk(RiskLevel.MEDIUM, ManagementTier.TIER_2)
      .putTierByRisk(RiskLevel.HIGH, ManagementTier.TIER_3)
      .putTierByRisk(RiskLevel.VERY_HIGH, ManagementTier.TIER_3)
      .putCadenceByTier(ManagementTier.TIER_1, FollowUpCadence.of(90, 14, 14))
      .putCadenceByTier(ManagementTier.TIER_2, FollowUpCadence.of(60, 10, 10))
      .putCadenceByTier(ManagementTier.TIER_3, FollowUpCadence.of(30, 7, 7))
      .build();

  TierPolicy() {}

  /**
   * Returns a builder; every risk level and every tier must be given.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the default table (see above).
   *
   * @return the defaults
   */
  public static TierPolicy defaults() {
    return DEFAULTS;
  }

  /** @return the tier of each risk level */
  public abstract Map<RiskLevel, ManagementTier> tierByRisk();

  /** @return the cadence of each tier */
  public abstract Map<ManagementTier, FollowUpCadence> cadenceByTier();

  /**
   * Returns the tier of a risk level.
   *
   * @param level the risk level
   * @return the tier
   */
  public ManagementTier tierFor(RiskLevel level) {
    return Objects.requireNonNull(tierByRisk().get(Objects.requireNonNull(level, "level")));
  }

  /**
   * Returns the cadence of a tier.
   *
   * @param tier the tier
   * @return the cadence
   */
  public FollowUpCadence cadence(ManagementTier tier) {
    return Objects.requireNonNull(cadenceByTier().get(Objects.requireNonNull(tier, "tier")));
  }

  /**
   * Returns the next routine visit of a tier: the last face-to-face visit plus the tier's interval.
   *
   * @param tier the tier
   * @param lastFaceToFace the date of the last face-to-face visit
   * @return the due date
   */
  public LocalDate nextRoutineVisit(ManagementTier tier, LocalDate lastFaceToFace) {
    Objects.requireNonNull(lastFaceToFace, "lastFaceToFace");
    return cadence(tier).nextDue(lastFaceToFace);
  }

  /**
   * Assigns the tier of a risk level, with the rules: the risk level, then the tier and its
   * interval.
   *
   * @param level the risk level
   * @return the assignment
   */
  public TierAssignment assign(RiskLevel level) {
    ManagementTier tier = tierFor(level);
    FollowUpCadence cadence = cadence(tier);
    return ImmutableTierAssignment.builder()
        .riskLevel(level)
        .tier(tier)
        .cadence(cadence)
        .addAllRules(List.of(AppliedRule.of(level.rule()), AppliedRule.of(tier.rule(), cadence.intervalDays())))
        .build();
  }

  @Value.Check
  void check() {
    if (!tierByRisk().keySet().equals(EnumSet.allOf(RiskLevel.class))
        || !cadenceByTier().keySet().equals(EnumSet.allOf(ManagementTier.class))) {
      throw new IllegalArgumentException(
          "every risk level needs a tier and every tier a cadence / 每个危险分层须有管理级别，每个级别须有随访周期");
    }
  }

  /** Builds {@link TierPolicy}; setting an entry twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableTierPolicy.Builder {
    Builder() {}
  }
}
