package io.github.weisheng.population;

import static io.github.weisheng.population.PopulationTesting.d;
import static io.github.weisheng.testing.Checks.assertResolves;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.chronic.WorklistReason;
import org.junit.jupiter.api.Test;

class DueServiceTest {
  private static final ServiceWindow WEEK = ServiceWindow.daysAfter(d("2026-03-10"), 0, 0, 7);

  @Test
  void nothingBeforeTheWindowDueInsideOverdueAfter() {
    assertThat(DueService.on(PopulationGroup.CHILD, "child.newbornVisit", WEEK, d("2026-03-09"))).isEmpty();
    DueService due = DueService.on(PopulationGroup.CHILD, "child.newbornVisit", WEEK, d("2026-03-17")).orElseThrow();
    assertThat(due.reason()).isEqualTo(WorklistReason.DUE);
    assertThat(due.rule()).isEqualTo(AppliedRule.of("population.due", "child.newbornVisit"));
    DueService late = DueService.on(PopulationGroup.CHILD, "child.newbornVisit", WEEK, d("2026-03-20")).orElseThrow();
    assertThat(late.reason()).isEqualTo(WorklistReason.OVERDUE);
    assertThat(late.rule()).isEqualTo(AppliedRule.of("population.overdue", "child.newbornVisit", 3));
    assertResolves(due.rule());
    assertResolves(late.rule());
    assertThat(roundTrip(late, DueService.class)).isEqualTo(late);
  }
}
