package io.github.weisheng.sanitation;

import static io.github.weisheng.sanitation.SanitationTesting.dec;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontageSummaryTest {
  private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate JUN30 = LocalDate.of(2026, 6, 30);

  @Test
  void theFiguresOfAHalfYearHandWorked() {
    FrontageUnit a = FrontageUnitTest.shop().withAgreement(
        FrontageAgreement.of(LocalDate.of(2026, 3, 1), FrontageDuties.hygieneGreeningOrder()));
    FrontageUnit b = FrontageUnit.builder().id(FrontageUnitId.parse("u-2")).kind(FrontageUnitKind.HOUSEHOLD)
        .name("李家").location("建国路90号").scope(AreaScope.parse("110105001001"))
        .addAgreement(FrontageAgreement.of(LocalDate.of(2025, 3, 1), FrontageDuties.hygieneGreeningOrder(),
            LocalDate.of(2026, 2, 28)))
        .build();
    LocalDate d = FrontageInspectionTest.DAY; // 2026-05-06
    FrontageInspection closedIn2 = FrontageInspectionTest.failed("i-1").withNoticeClosed(d.plusDays(2));
    FrontageInspection closedLate = FrontageInspectionTest.failed("i-2").withNoticeClosed(d.plusDays(10)); // due +3
    FrontageInspection open = FrontageInspectionTest.failed("i-3"); // overdue by Jun 30
    FrontageInspection closedAfterPeriod = FrontageInspectionTest.failed("i-4")
        .withNoticeClosed(LocalDate.of(2026, 7, 2));
    FrontageInspection passed = FrontageInspectionTest.inspection("i-5").addFinding(FrontageFinding.kept("order")).build();
    FrontageInspection lastYear = FrontageInspectionTest.inspection("i-6", LocalDate.of(2025, 5, 1), "巡查组")
        .addFinding(FrontageFinding.kept("order")).build();
    FrontageSummary s = FrontageSummary.of(List.of(a, b),
        List.of(closedIn2, closedLate, open, closedAfterPeriod, passed, lastYear), JAN1, JUN30);
    assertThat(s.agreementsSigned()).isEqualTo(1);
    assertThat(s.unitsUnderAgreement()).isEqualTo(1);
    assertThat(s.inspections()).isEqualTo(5);
    assertThat(s.inspectionsWithFault()).isEqualTo(4);
    assertThat(s.noticesIssued()).isEqualTo(4);
    assertThat(s.noticesClosed()).isEqualTo(2);
    assertThat(s.noticesOpen()).isEqualTo(2);
    assertThat(s.noticesOverdue()).isEqualTo(3);
    assertThat(s.meanDaysToClose()).contains(dec("6.0"));
    assertThat(roundTrip(s, FrontageSummary.class)).isEqualTo(s);
    assertThat(FrontageSummary.of(List.of(), List.of(), JAN1, JUN30).meanDaysToClose()).isEmpty();
    assertRules(() -> FrontageSummary.of(List.of(), List.of(), JUN30, JAN1), "to [frontageSummary.period]");
  }
}
