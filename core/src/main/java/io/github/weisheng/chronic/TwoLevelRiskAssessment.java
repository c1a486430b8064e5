package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The result of the 2022 two-level stratification ({@link TwoLevelRiskRule#stratify}): the level,
 * the risk factors that counted, and the rules that decided it. No personal data.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTwoLevelRiskAssessment.class)
@JsonDeserialize(as = ImmutableTwoLevelRiskAssessment.class)
public abstract class TwoLevelRiskAssessment {
  TwoLevelRiskAssessment() {}

  /** @return the level */
  public abstract TwoLevelRisk level();

  /** @return the risk factors that counted */
  public abstract Set<RiskFactor> riskFactors();

  /** @return the rules that decided the level, the deciding rule last */
  public abstract List<AppliedRule> rules();
}
