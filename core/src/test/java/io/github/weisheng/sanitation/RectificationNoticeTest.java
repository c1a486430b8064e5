package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RectificationNoticeTest {
  private static final LocalDate ISSUED = LocalDate.of(2026, 5, 6);

  @Test
  void openUntilClosedWithTheDaysToClose() {
    RectificationNotice n = RectificationNotice.issued(ISSUED, ISSUED.plusDays(7));
    assertThat(n.isOpen()).isTrue();
    assertThat(n.daysToClose()).isEmpty();
    assertThat(n.isOverdue(ISSUED.plusDays(7))).isFalse();
    assertThat(n.isOverdue(ISSUED.plusDays(8))).isTrue();
    RectificationNotice closed = n.closed(ISSUED.plusDays(5));
    assertThat(closed.isOpen()).isFalse();
    assertThat(closed.daysToClose()).hasValue(5);
    assertThat(closed.isOverdue(ISSUED.plusDays(30))).isFalse();
    assertThat(n.closed(ISSUED.plusDays(9)).isOverdue(ISSUED.plusDays(30))).isTrue();
    assertThat(n.closed(ISSUED).daysToClose()).hasValue(0);
    assertThat(roundTrip(closed, RectificationNotice.class)).isEqualTo(closed);
    assertThat(roundTrip(n, RectificationNotice.class)).isEqualTo(n);
  }

  @Test
  void datesFollowTheIssue() {
    assertRules(() -> RectificationNotice.issued(ISSUED, ISSUED.minusDays(1)), "dueBy [rectificationNotice.dueBeforeIssue]");
    assertRules(() -> RectificationNotice.issued(ISSUED, ISSUED).closed(ISSUED.minusDays(1)),
        "closedOn [rectificationNotice.closedBeforeIssue]");
  }
}
