package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.chronic.ChronicTesting.rule;
import static io.github.weisheng.testing.Checks.JSON;
import static io.github.weisheng.testing.Checks.assertAllResolve;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.resident.Sex;
import io.github.weisheng.spi.storage.StoreException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 2018 table of domain reference §5.1, every cell, by hand-built patients. */
class RiskTableTest {

  /** A woman of 40 (no age factor) with the burden of the row. */
  private static RiskProfile.Builder patient(RiskFactorBurden row, int s, int d) {
    RiskProfile.Builder b = RiskProfile.builder().sex(Sex.FEMALE).age(40).bloodPressure(bp(s, d));
    switch (row) {
      case ONE_OR_TWO_RISK_FACTORS -> b.smoker(true);
      case THREE_OR_MORE_OR_ORGAN_DAMAGE -> b.smoker(true).prematureCardiovascularFamilyHistory(true)
          .homocysteine(new BigDecimal("16"));
      case CLINICAL_COMPLICATIONS -> b.addClinicalComplications(ClinicalComplication.CEREBROVASCULAR_DISEASE);
      default -> { }
    }
    return b;
  }

  private static final int[][] COLUMN_READINGS = {{135, 87}, {150, 95}, {170, 105}, {185, 115}};

  @ParameterizedTest
  @CsvSource({
    // row, column (0 = 130-139/85-89, 1-3 = grade), default, lower
    "NONE, 0, LOW, LOW",
    "NONE, 1, LOW, LOW",
    "NONE, 2, MEDIUM, MEDIUM",
    "NONE, 3, HIGH, HIGH",
    "ONE_OR_TWO_RISK_FACTORS, 0, LOW, LOW",
    "ONE_OR_TWO_RISK_FACTORS, 1, MEDIUM, MEDIUM",
    "ONE_OR_TWO_RISK_FACTORS, 2, HIGH, MEDIUM",
    "ONE_OR_TWO_RISK_FACTORS, 3, VERY_HIGH, VERY_HIGH",
    "THREE_OR_MORE_OR_ORGAN_DAMAGE, 0, HIGH, MEDIUM",
    "THREE_OR_MORE_OR_ORGAN_DAMAGE, 1, HIGH, HIGH",
    "THREE_OR_MORE_OR_ORGAN_DAMAGE, 2, HIGH, HIGH",
    "THREE_OR_MORE_OR_ORGAN_DAMAGE, 3, VERY_HIGH, VERY_HIGH",
    "CLINICAL_COMPLICATIONS, 0, VERY_HIGH, HIGH",
    "CLINICAL_COMPLICATIONS, 1, VERY_HIGH, VERY_HIGH",
    "CLINICAL_COMPLICATIONS, 2, VERY_HIGH, VERY_HIGH",
    "CLINICAL_COMPLICATIONS, 3, VERY_HIGH, VERY_HIGH"
  })
  void everyCell(RiskFactorBurden row, int column, RiskLevel expected, RiskLevel lower) {
    int[] reading = COLUMN_READINGS[column];
    RiskProfile p = patient(row, reading[0], reading[1]).build();
    RiskAssessment a = RiskTable.defaults().stratify(p);
    assertThat(a.row()).isEqualTo(row);
    assertThat(a.column()).isEqualTo(RiskTable.COLUMNS.get(column));
    assertThat(a.level()).isEqualTo(expected);
    assertThat(RiskTable.guideline2018Lower().stratify(p).level()).isEqualTo(lower);
    assertAllResolve(a.rules());
    assertThat(a.rules().get(a.rules().size() - 1)).isEqualTo(rule(expected.rule()));
  }

  @Test
  void theReasonsNameTheFactorsTheRowTheColumnAndTheLevel() {
    RiskAssessment a = RiskTable.defaults().stratify(patient(RiskFactorBurden.ONE_OR_TWO_RISK_FACTORS, 150, 95).build());
    assertThat(a.riskFactors()).containsExactly(RiskFactor.SMOKING);
    assertThat(a.rules()).containsExactly(
        rule("risk.factor.smoking"), rule("risk.burden.riskFactors", 1), rule("risk.column.grade1"),
        rule("risk.level.medium"));
    RiskAssessment three = RiskTable.defaults()
        .stratify(patient(RiskFactorBurden.THREE_OR_MORE_OR_ORGAN_DAMAGE, 150, 95).build());
    assertThat(three.rules()).containsExactly(
        rule("risk.factor.smoking"), rule("risk.factor.familyHistory"), rule("risk.factor.homocysteine"),
        rule("risk.burden.threeRiskFactors", 3), rule("risk.column.grade1"), rule("risk.level.high"));
  }

  private static RiskAssessment grade1(RiskProfile.Builder b) {
    return RiskTable.defaults().stratify(b.build());
  }

  @Test
  void theOtherConditionsOfEachRow() {
    RiskProfile.Builder none = patient(RiskFactorBurden.NONE, 150, 95);
    assertThat(grade1(patient(RiskFactorBurden.NONE, 150, 95)).rules()).contains(rule("risk.burden.none"));
    RiskAssessment tod = grade1(none.addTargetOrganDamage(TargetOrganDamage.LEFT_VENTRICULAR_HYPERTROPHY));
    assertThat(tod.row()).isEqualTo(RiskFactorBurden.THREE_OR_MORE_OR_ORGAN_DAMAGE);
    assertThat(tod.rules()).contains(rule("risk.burden.targetOrganDamage"));
    RiskAssessment ckd3 = grade1(patient(RiskFactorBurden.NONE, 150, 95).ckdStage(3));
    assertThat(ckd3.row()).isEqualTo(RiskFactorBurden.THREE_OR_MORE_OR_ORGAN_DAMAGE);
    assertThat(ckd3.rules()).contains(rule("risk.burden.ckdStage3"));
    RiskAssessment dm = grade1(patient(RiskFactorBurden.NONE, 150, 95).diabetes(DiabetesStatus.WITHOUT_COMPLICATIONS));
    assertThat(dm.row()).isEqualTo(RiskFactorBurden.THREE_OR_MORE_OR_ORGAN_DAMAGE);
    assertThat(dm.rules()).contains(rule("risk.burden.diabetes"));
    RiskAssessment ckd4 = grade1(patient(RiskFactorBurden.NONE, 150, 95).ckdStage(4));
    assertThat(ckd4.row()).isEqualTo(RiskFactorBurden.CLINICAL_COMPLICATIONS);
    assertThat(ckd4.rules()).contains(rule("risk.burden.ckdStage4"));
    RiskAssessment dmc = grade1(patient(RiskFactorBurden.NONE, 150, 95).diabetes(DiabetesStatus.WITH_COMPLICATIONS));
    assertThat(dmc.row()).isEqualTo(RiskFactorBurden.CLINICAL_COMPLICATIONS);
    assertThat(dmc.rules()).contains(rule("risk.burden.diabetesWithComplications"));
    RiskAssessment ckd2 = grade1(patient(RiskFactorBurden.NONE, 150, 95).ckdStage(2));
    assertThat(ckd2.row()).isEqualTo(RiskFactorBurden.NONE);
    RiskAssessment two = grade1(patient(RiskFactorBurden.ONE_OR_TWO_RISK_FACTORS, 150, 95)
        .prematureCardiovascularFamilyHistory(true));
    assertThat(two.row()).isEqualTo(RiskFactorBurden.ONE_OR_TWO_RISK_FACTORS);
    assertThat(two.rules()).contains(rule("risk.burden.riskFactors", 2));
  }

  @ParameterizedTest
  @CsvSource({"125, 80, HIGH_NORMAL", "110, 70, HIGH_NORMAL", "139, 89, HIGH_NORMAL", "140, 80, GRADE_1",
      "120, 100, GRADE_2", "180, 60, GRADE_3"})
  void columns(int s, int d, BloodPressureCategory column) {
    assertThat(RiskTable.column(bp(s, d))).isEqualTo(column);
  }

  @Test
  void aHostReplacesACell() {
    RiskTable host = RiskTable.defaults().with(RiskFactorBurden.NONE, BloodPressureCategory.GRADE_1, RiskLevel.MEDIUM);
    assertThat(host.level(RiskFactorBurden.NONE, BloodPressureCategory.GRADE_1)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(RiskTable.defaults().level(RiskFactorBurden.NONE, BloodPressureCategory.GRADE_1)).isEqualTo(RiskLevel.LOW);
    assertThat(host.stratify(patient(RiskFactorBurden.NONE, 150, 95).build()).level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(host.level(RiskFactorBurden.NONE, BloodPressureCategory.NORMAL)).isEqualTo(RiskLevel.LOW);
    assertThatThrownBy(() -> host.with(RiskFactorBurden.NONE, BloodPressureCategory.NORMAL, RiskLevel.HIGH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonRoundTrip() {
    assertThat(roundTrip(RiskTable.defaults())).isEqualTo(RiskTable.defaults());
    assertThat(roundTrip(RiskTable.guideline2018Lower())).isEqualTo(RiskTable.guideline2018Lower());
    assertThat(new String(JSON.write(RiskTable.defaults()), StandardCharsets.UTF_8)).startsWith(
        "{\"NONE\":{\"HIGH_NORMAL\":\"LOW\",\"GRADE_1\":\"LOW\",\"GRADE_2\":\"MEDIUM\",\"GRADE_3\":\"HIGH\"},");
    RiskAssessment a = RiskTable.defaults().stratify(patient(RiskFactorBurden.CLINICAL_COMPLICATIONS, 135, 87).build());
    assertThat(roundTrip(a, RiskAssessment.class)).isEqualTo(a);
  }

  @Test
  void jsonWithAMissingCellIsRefused() {
    assertThatThrownBy(() -> JSON.read("{\"NONE\":{\"HIGH_NORMAL\":\"LOW\"}}".getBytes(StandardCharsets.UTF_8),
        RiskTable.class)).isInstanceOf(StoreException.class);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(RiskTable.defaults(), RiskTable.guideline2018(), roundTrip(RiskTable.defaults()))
        .addEqualityGroup(RiskTable.guideline2018Lower(), RiskTable.defaults()
            .with(RiskFactorBurden.ONE_OR_TWO_RISK_FACTORS, BloodPressureCategory.GRADE_2, RiskLevel.MEDIUM)
            .with(RiskFactorBurden.THREE_OR_MORE_OR_ORGAN_DAMAGE, BloodPressureCategory.HIGH_NORMAL, RiskLevel.MEDIUM)
            .with(RiskFactorBurden.CLINICAL_COMPLICATIONS, BloodPressureCategory.HIGH_NORMAL, RiskLevel.HIGH))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester()
        .setDefault(BloodPressure.class, bp(150, 95))
        .testAllPublicStaticMethods(RiskTable.class);
    new NullPointerTester()
        .setDefault(RiskProfile.class, patient(RiskFactorBurden.NONE, 150, 95).build())
        .setDefault(BloodPressureCategory.class, BloodPressureCategory.GRADE_1)
        .testAllPublicInstanceMethods(RiskTable.defaults());
  }
}
