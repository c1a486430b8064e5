package io.github.weisheng.infectious;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class CaseReportIdTest {

  @Test
  void formEqualityOrderAndJson() {
    assertRules(() -> CaseReportId.parse("a b"), "caseReportId [caseReportId.format]");
    assertRules(() -> CaseReportId.parse(""), "caseReportId [caseReportId.format]");
    assertRules(() -> CaseReportId.parse("x".repeat(65)), "caseReportId [caseReportId.format]");
    assertThat(CaseReportId.parse("x".repeat(64)).value()).hasSize(64);
    new EqualsTester().addEqualityGroup(CaseReportId.parse("x"), CaseReportId.parse("x"))
        .addEqualityGroup(CaseReportId.parse("y")).testEquals();
    CaseReportId id = CaseReportId.random();
    assertThat(roundTrip(id, CaseReportId.class)).isEqualTo(id);
    assertThat(id).hasToString(id.value());
    assertThat(CaseReportId.parse("a").compareTo(CaseReportId.parse("b"))).isNegative();
  }
}
