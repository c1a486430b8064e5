package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DensityLevelTest {

  @Test
  void levelsRunFromBestToWorstWithTheAssessmentCodes() {
    assertThat(DensityLevel.values()).containsExactly(DensityLevel.A, DensityLevel.B, DensityLevel.C, DensityLevel.BELOW_C);
    for (DensityLevel level : DensityLevel.values()) {
      assertThat(DensityLevel.fromCode(level.code())).isEqualTo(level);
      assertThat(level.chineseName()).containsPattern("级");
    }
    assertThat(DensityLevel.C.code()).isEqualTo("03");
    assertThat(DensityLevel.BELOW_C.code()).isEqualTo("04");
    assertRules(() -> DensityLevel.fromCode("05"), "densityLevel [densityLevel.code]");
  }

  @Test
  void cIsTheMinimumAcceptableAndWorsePicksTheWorst() {
    assertThat(DensityLevel.C.isAcceptable()).isTrue();
    assertThat(DensityLevel.A.isAcceptable()).isTrue();
    assertThat(DensityLevel.BELOW_C.isAcceptable()).isFalse();
    assertThat(DensityLevel.A.worse(DensityLevel.B)).isEqualTo(DensityLevel.B);
    assertThat(DensityLevel.C.worse(DensityLevel.B)).isEqualTo(DensityLevel.C);
    assertThat(DensityLevel.B.worse(DensityLevel.B)).isEqualTo(DensityLevel.B);
  }
}
