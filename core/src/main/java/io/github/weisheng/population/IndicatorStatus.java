package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.chronic.AppliedRule;
import java.util.List;
import org.immutables.value.Value;

/**
 * One person's input to one indicator for one calendar year (个人年度指标状况): whether the person is
 * counted in the denominator, whether they are in the numerator ({@link #met()}), and the rules
 * that decided it — the reason when not met. The same shape for every group (the chronic {@link
 * io.github.weisheng.chronic.YearlyStatus} uses the same {@link AppliedRule}s). Never met when not
 * counted.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorStatus.class)
@JsonDeserialize(as = ImmutableIndicatorStatus.class)
public abstract class IndicatorStatus {
  IndicatorStatus() {}

  /** @return the person's archive */
  public abstract ArchiveNumber archive();

  /** @return the indicator */
  public abstract PopulationIndicator indicator();

  /** @return the calendar year */
  public abstract int year();

  /** @return whether the person is in the indicator's denominator this year */
  public abstract boolean counted();

  /** @return whether the person is in the numerator (met) */
  public abstract boolean met();

  /** @return the rules behind the decision: the met rule, or every reason it was not met or not counted */
  public abstract List<AppliedRule> rules();

  /**
   * Returns a status.
   *
   * @param archive the archive
   * @param indicator the indicator
   * @param year the year
   * @param counted in the denominator
   * @param met in the numerator (ignored, false, when not counted)
   * @param rules the rules
   * @return the status
   */
  public static IndicatorStatus of(
      ArchiveNumber archive, PopulationIndicator indicator, int year, boolean counted, boolean met,
      List<AppliedRule> rules) {
    return ImmutableIndicatorStatus.builder().archive(archive).indicator(indicator).year(year).counted(counted)
        .met(counted && met).addAllRules(rules).build();
  }
}
