package io.github.weisheng.chronic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The simplified risk rule of the 2022 Chinese hypertension clinical practice guideline, an
 * alternative to the 2018 table ({@link RiskTable}); domain reference §5.2 [C] (keai99.com):
 *
 * <ul>
 *   <li>{@link TwoLevelRisk#HIGH} when SBP ≥ 140 or DBP ≥ 90 ({@code risk2022.high.bloodPressure});
 *   <li>{@link TwoLevelRisk#HIGH} when SBP 130–139 or DBP 80–89 with a clinical complication,
 *       target-organ damage or ≥ 3 risk factors ({@code risk2022.high.withConditions}). "Clinical
 *       complication" is read as rows 3–4 of the 2018 table other than the factor count: target-
 *       organ damage, CKD stage ≥ 3, diabetes, clinical complications [U] (the reference does not
 *       list the conditions; eGFR 30–59 is target-organ damage in §5.1);
 *   <li>{@link TwoLevelRisk#NON_HIGH} otherwise ({@code risk2022.nonHigh}).
 * </ul>
 *
 * <p>The NHC keeps 140/90 as the national diagnostic threshold (§5.2 [C]); this rule only
 * stratifies.
 *
 * @since 0.1.0
 */
public final class TwoLevelRiskRule {
  private static final TwoLevelRiskRule GUIDELINE_2022 = new TwoLevelRiskRule();

  private TwoLevelRiskRule() {}

  /**
   * Returns the 2022 rule.
   *
   * @return the rule
   */
  public static TwoLevelRiskRule guideline2022() {
    return GUIDELINE_2022;
  }

  /**
   * Stratifies a patient into high or non-high risk.
   *
   * @param profile the patient's profile
   * @return the level with the factors counted and the deciding rules
   */
  public TwoLevelRiskAssessment stratify(RiskProfile profile) {
    Objects.requireNonNull(profile, "profile");
    Set<RiskFactor> factors = profile.riskFactors();
    List<AppliedRule> rules = new ArrayList<>();
    for (RiskFactor f : factors) {
      rules.add(AppliedRule.of(f.rule()));
    }
    BloodPressure bp = profile.bloodPressure();
    TwoLevelRisk level;
    if (bp.atLeast(140, 90)) {
      rules.add(AppliedRule.of("risk2022.high.bloodPressure", 140, 90));
      level = TwoLevelRisk.HIGH;
    } else if (bp.atLeast(130, 80)) {
      List<AppliedRule> burden = new ArrayList<>();
      RiskFactorBurden row = RiskTable.burden(profile, factors, burden);
      if (row.compareTo(RiskFactorBurden.THREE_OR_MORE_OR_ORGAN_DAMAGE) >= 0) {
        rules.addAll(burden);
        rules.add(AppliedRule.of("risk2022.high.withConditions", 130, 80));
        level = TwoLevelRisk.HIGH;
      } else {
        rules.add(AppliedRule.of("risk2022.nonHigh"));
        level = TwoLevelRisk.NON_HIGH;
      }
    } else {
      rules.add(AppliedRule.of("risk2022.nonHigh"));
      level = TwoLevelRisk.NON_HIGH;
    }
    return ImmutableTwoLevelRiskAssessment.builder().level(level).addAllRiskFactors(factors).addAllRules(rules).build();
  }

  @Override
  public String toString() {
    return "TwoLevelRiskRule[2022]";
  }
}
