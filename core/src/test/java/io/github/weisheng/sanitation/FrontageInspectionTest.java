package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrontageInspectionTest {
  static final LocalDate DAY = LocalDate.of(2026, 5, 6);

  static FrontageInspection.Builder inspection(String id) {
    return inspection(id, DAY, "社区城管巡查组");
  }

  static FrontageInspection.Builder inspection(String id, LocalDate on, String inspector) {
    return FrontageInspection.builder().id(InspectionId.parse(id)).unit(FrontageUnitId.parse("u-1"))
        .scope(AreaScope.parse("110105001001")).inspectedOn(on).inspector(inspector);
  }

  static FrontageInspection failed(String id) {
    return inspection(id).addFinding(FrontageFinding.kept("hygiene"))
        .addFinding(FrontageFinding.broken("order", "门前乱堆杂物"))
        .notice(RectificationNotice.issued(DAY, DAY.plusDays(3))).build();
  }

  @Test
  void aFailedInspectionCarriesANoticeThatIsClosedLater() {
    FrontageInspection f = failed("i-1");
    assertThat(f.compliant()).isFalse();
    FrontageInspection closed = f.withNoticeClosed(DAY.plusDays(2));
    assertThat(closed.notice().orElseThrow().daysToClose()).hasValue(2);
    assertThat(roundTrip(closed, FrontageInspection.class)).isEqualTo(closed);
    FrontageInspection passed = inspection("i-2").addFinding(FrontageFinding.kept("hygiene")).build();
    assertThat(passed.compliant()).isTrue();
    assertThatIllegalStateException().isThrownBy(() -> passed.withNoticeClosed(DAY));
  }

  @Test
  void findingsAreNeededOncePerDutyAndANoticeNeedsAFault() {
    assertRules(() -> inspection("i", DAY, " ").build(),
        "findings [frontageInspection.empty]", "inspector [sanitation.text]");
    assertRules(() -> inspection("i").addFinding(FrontageFinding.kept("order"))
            .addFinding(FrontageFinding.broken("order", "乱贴")).build(),
        "findings[1] [frontageInspection.duplicateDuty]");
    assertRules(() -> inspection("i").addFinding(FrontageFinding.kept("order"))
            .notice(RectificationNotice.issued(DAY.minusDays(1), DAY)).build(),
        "notice [frontageInspection.noticeWithoutFault]", "notice [frontageInspection.noticeBeforeInspection]");
  }
}
