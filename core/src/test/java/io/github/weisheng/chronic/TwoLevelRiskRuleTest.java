package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.chronic.ChronicTesting.rule;
import static io.github.weisheng.testing.Checks.assertAllResolve;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import io.github.weisheng.resident.Sex;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 2022 two-level rule of domain reference §5.2. */
class TwoLevelRiskRuleTest {
  private static final TwoLevelRiskRule RULE = TwoLevelRiskRule.guideline2022();

  private static RiskProfile.Builder woman(int s, int d) {
    return RiskProfile.builder().sex(Sex.FEMALE).age(40).bloodPressure(bp(s, d));
  }

  private static TwoLevelRisk level(RiskProfile.Builder b) {
    TwoLevelRiskAssessment a = RULE.stratify(b.build());
    assertAllResolve(a.rules());
    return a.level();
  }

  @ParameterizedTest
  @CsvSource({"140, 70, HIGH", "120, 90, HIGH", "139, 89, NON_HIGH", "129, 79, NON_HIGH", "130, 70, NON_HIGH"})
  void withoutConditionsOnlyTheReadingCounts(int s, int d, TwoLevelRisk expected) {
    assertThat(level(woman(s, d))).isEqualTo(expected);
  }

  @Test
  void at130To139Or80To89TheConditionsCount() {
    assertThat(level(woman(135, 85).smoker(true).prematureCardiovascularFamilyHistory(true)
        .homocysteine(new BigDecimal("20")))).isEqualTo(TwoLevelRisk.HIGH);
    assertThat(level(woman(135, 85).smoker(true).prematureCardiovascularFamilyHistory(true)))
        .isEqualTo(TwoLevelRisk.NON_HIGH);
    assertThat(level(woman(125, 80).addTargetOrganDamage(TargetOrganDamage.MICROALBUMINURIA)))
        .isEqualTo(TwoLevelRisk.HIGH);
    assertThat(level(woman(130, 75).addClinicalComplications(ClinicalComplication.HEART_DISEASE)))
        .isEqualTo(TwoLevelRisk.HIGH);
    assertThat(level(woman(130, 75).diabetes(DiabetesStatus.WITHOUT_COMPLICATIONS))).isEqualTo(TwoLevelRisk.HIGH);
    assertThat(level(woman(129, 79).addClinicalComplications(ClinicalComplication.HEART_DISEASE)))
        .isEqualTo(TwoLevelRisk.NON_HIGH);
  }

  @Test
  void theRulesSayWhy() {
    assertThat(RULE.stratify(woman(150, 80).smoker(true).build()).rules())
        .containsExactly(rule("risk.factor.smoking"), rule("risk2022.high.bloodPressure", 140, 90));
    assertThat(RULE.stratify(woman(132, 80).ckdStage(3).build()).rules())
        .containsExactly(rule("risk.burden.ckdStage3"), rule("risk2022.high.withConditions", 130, 80));
    TwoLevelRiskAssessment nonHigh = RULE.stratify(woman(132, 80).build());
    assertThat(nonHigh.rules()).containsExactly(rule("risk2022.nonHigh"));
    assertThat(roundTrip(nonHigh, TwoLevelRiskAssessment.class)).isEqualTo(nonHigh);
    assertThat(RULE).hasToString("TwoLevelRiskRule[2022]");
  }

  @Test
  void nulls() {
    new NullPointerTester().setDefault(RiskProfile.class, woman(130, 80).build()).testAllPublicInstanceMethods(RULE);
  }
}
