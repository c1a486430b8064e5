package io.github.weisheng.infectious;

import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseStatusTest {

  @Test
  void registeredReportedLifted() {
    assertThat(CaseStatus.values()).extracting(CaseStatus::chineseName).containsExactly("登记未报告", "已报告", "解除隔离");
    for (CaseStatus s : CaseStatus.values()) {
      assertThat(roundTrip(s, CaseStatus.class)).isSameAs(s);
    }
  }
}
