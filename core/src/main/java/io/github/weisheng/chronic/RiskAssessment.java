package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The result of risk stratification with the 2018 table ({@link RiskTable#stratify}): the level,
 * where it was read, the risk factors that counted, and the rules — each counted factor, what set
 * the row, the column, the level. No personal data.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRiskAssessment.class)
@JsonDeserialize(as = ImmutableRiskAssessment.class)
public abstract class RiskAssessment {
  RiskAssessment() {}

  /** @return the risk level (危险分层) */
  public abstract RiskLevel level();

  /** @return the table row the patient was placed in */
  public abstract RiskFactorBurden row();

  /** @return the table column, {@code HIGH_NORMAL} to {@code GRADE_3} */
  public abstract BloodPressureCategory column();

  /** @return the risk factors that counted */
  public abstract Set<RiskFactor> riskFactors();

  /** @return the rules: each counted factor, the row's reasons, the column, the level */
  public abstract List<AppliedRule> rules();
}
