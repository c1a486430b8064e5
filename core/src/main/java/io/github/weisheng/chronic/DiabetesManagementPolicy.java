package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The follow-up cadence of each diabetes management level, the second tier table (domain reference
 * §5.3 "Diabetes tiers"): data the host replaces through {@link #builder()}.
 *
 * <table>
 *   <caption>{@link #defaults()}</caption>
 *   <tr><th>Level</th><th>Interval</th><th>Early / late window</th></tr>
 *   <tr><td>ROUTINE 常规管理</td><td>90 days [S]</td><td>14 / 14 days [U]</td></tr>
 *   <tr><td>INTENSIVE 强化管理</td><td>30 days [S]</td><td>7 / 7 days [U]</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDiabetesManagementPolicy.class)
@JsonDeserialize(as = ImmutableDiabetesManagementPolicy.class)
public abstract class DiabetesManagementPolicy {
  private static final DiabetesManagementPolicy DEFAULTS = builder()
      .putCadenceByLevel(DiabetesManagementLevel.ROUTINE, FollowUpCadence.of(90, 14, 14))
      .putCadenceByLevel(DiabetesManagementLevel.INTENSIVE, FollowUpCadence.of(30, 7, 7))
      .build();

  DiabetesManagementPolicy() {}

  /**
   * Returns a builder; both levels must be given.
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
  public static DiabetesManagementPolicy defaults() {
    return DEFAULTS;
  }

  /** @return the cadence of each level */
  public abstract Map<DiabetesManagementLevel, FollowUpCadence> cadenceByLevel();

  /**
   * Returns the cadence of a level.
   *
   * @param level the level
   * @return the cadence
   */
  public FollowUpCadence cadence(DiabetesManagementLevel level) {
    return Objects.requireNonNull(cadenceByLevel().get(Objects.requireNonNull(level, "level")));
  }

  /**
   * Returns the next routine visit: the last face-to-face visit plus the level's interval.
   *
   * @param level the level
   * @param lastFaceToFace the date of the last face-to-face visit
   * @return the due date
   */
  public LocalDate nextRoutineVisit(DiabetesManagementLevel level, LocalDate lastFaceToFace) {
    Objects.requireNonNull(lastFaceToFace, "lastFaceToFace");
    return cadence(level).nextDue(lastFaceToFace);
  }

  /**
   * Returns the rule behind a level's cadence, for a decision that cites it.
   *
   * @param level the level
   * @return the level's rule with its interval
   */
  public AppliedRule rule(DiabetesManagementLevel level) {
    return AppliedRule.of(level.rule(), cadence(level).intervalDays());
  }

  @Value.Check
  void check() {
    if (!cadenceByLevel().keySet().equals(EnumSet.allOf(DiabetesManagementLevel.class))) {
      throw new IllegalArgumentException(
          "both levels need a cadence / 常规管理和强化管理均须有随访周期");
    }
  }

  /** Builds {@link DiabetesManagementPolicy}; setting an entry twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableDiabetesManagementPolicy.Builder {
    Builder() {}
  }
}
