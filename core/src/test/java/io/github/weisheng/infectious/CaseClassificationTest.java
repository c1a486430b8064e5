package io.github.weisheng.infectious;

import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseClassificationTest {

  @Test
  void theCardsFourClassifications() {
    assertThat(CaseClassification.values()).extracting(CaseClassification::chineseName)
        .containsExactly("疑似病例", "临床诊断病例", "确诊病例", "病原携带者");
    for (CaseClassification c : CaseClassification.values()) {
      assertThat(roundTrip(c, CaseClassification.class)).isSameAs(c);
    }
  }
}
