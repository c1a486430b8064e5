package io.github.weisheng.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.sanitation.DensityLevel;
import io.github.weisheng.sanitation.DensityThresholds;
import io.github.weisheng.sanitation.IndicatorGrade;
import io.github.weisheng.sanitation.VectorIndicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyGradeTest {
  private static final AreaScope AREA = AreaScope.parse("110105001001");
  private static final LocalDate DAY = LocalDate.of(2026, 5, 10);

  @Test
  void aValueWithItsReasonsCopied() {
    IndicatorGrade fly = DensityThresholds.defaults().grade(VectorIndicator.FLY_INDOOR_ROOMS, new BigDecimal("10"));
    List<IndicatorGrade> reasons = new ArrayList<>(List.of(fly));
    SurveyGrade grade = new SurveyGrade("S1", DAY, AREA, DensityLevel.BELOW_C, reasons);
    reasons.clear();
    assertThat(grade.reasons()).containsExactly(fly);
    assertThat(grade.acceptable()).isFalse();
    assertThat(new SurveyGrade("S1", DAY, AREA, DensityLevel.C, List.of()).acceptable()).isTrue();
    new EqualsTester()
        .addEqualityGroup(grade, new SurveyGrade("S1", DAY, AREA, DensityLevel.BELOW_C, List.of(fly)))
        .addEqualityGroup(new SurveyGrade("S2", DAY, AREA, DensityLevel.BELOW_C, List.of(fly)))
        .addEqualityGroup(new SurveyGrade("S1", DAY, AREA, DensityLevel.A, List.of()))
        .testEquals();
    new NullPointerTester().setDefault(AreaScope.class, AREA).setDefault(LocalDate.class, DAY)
        .testAllPublicConstructors(SurveyGrade.class);
  }
}
