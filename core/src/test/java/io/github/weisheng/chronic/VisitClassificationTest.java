package io.github.weisheng.chronic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisitClassificationTest {

  @Test
  void vendorCodesOneToFour() {
    assertThat(VisitClassification.SATISFIED.code()).isEqualTo(1);
    assertThat(VisitClassification.UNSATISFIED.code()).isEqualTo(2);
    assertThat(VisitClassification.ADVERSE_REACTION.code()).isEqualTo(3);
    assertThat(VisitClassification.COMPLICATION.code()).isEqualTo(4);
  }
}
