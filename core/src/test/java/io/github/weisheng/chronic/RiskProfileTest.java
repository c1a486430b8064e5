package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.bp;
import static io.github.weisheng.chronic.ChronicTesting.fpg;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.weisheng.resident.Sex;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RiskProfileTest {

  private static RiskProfile.Builder base() {
    return RiskProfile.builder().sex(Sex.MALE).age(61).bloodPressure(bp(152, 96));
  }

  @Test
  void defaultsAreNone() {
    RiskProfile p = base().build();
    assertThat(p.smoker()).isFalse();
    assertThat(p.ckdStage()).isZero();
    assertThat(p.diabetes()).isEqualTo(DiabetesStatus.NONE);
    assertThat(p.targetOrganDamage()).isEmpty();
    assertThat(p.clinicalComplications()).isEmpty();
    assertThat(p.fastingGlucose()).isEmpty();
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    assertRules(() -> RiskProfile.builder().sex(Sex.MALE).age(151).bloodPressure(bp(152, 96)).ckdStage(6)
            .totalCholesterol(new BigDecimal("-1")).bmi(BigDecimal.ZERO).build(),
        "age [chronic.age.range]",
        "ckdStage [chronic.ckdStage.range]",
        "totalCholesterol [chronic.measurement.positive]",
        "bmi [chronic.measurement.positive]");
  }

  @Test
  void requiredAttributes() {
    assertThatThrownBy(() -> RiskProfile.builder().sex(Sex.MALE).age(60).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void toStringRedactsTheAgeAndTheMeasurements() {
    RiskProfile p = base().totalCholesterol(new BigDecimal("6.37")).build();
    assertThat(p.toString()).doesNotContain("61").doesNotContain("6.37").doesNotContain("152");
  }

  @Test
  void jsonRoundTrip() {
    RiskProfile p = base().smoker(true).fastingGlucose(fpg("6.4")).ldlCholesterol(new BigDecimal("3.50"))
        .addTargetOrganDamage(TargetOrganDamage.MICROALBUMINURIA).ckdStage(3)
        .diabetes(DiabetesStatus.WITHOUT_COMPLICATIONS)
        .addClinicalComplications(ClinicalComplication.RETINOPATHY).build();
    assertThat(roundTrip(p, RiskProfile.class)).isEqualTo(p);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(base().build(), base().build())
        .addEqualityGroup(base().smoker(true).build())
        .addEqualityGroup(base().ckdStage(2).build())
        .testEquals();
  }
}
