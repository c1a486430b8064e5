package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationCoverageTest.ARCHIVE;
import static io.github.weisheng.immunization.ImmunizationTesting.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The invariants of a child's reporting inputs (the computation is in {@link ImmunizationCoverageTest}). */
class ChildCoverageTest {
  private static ChildCoverage.Builder child() {
    return ChildCoverage.builder().archive(ARCHIVE).certificateDueOn(d("2021-04-15")).certificateDueInPeriod(true);
  }

  @Test
  void thePeriodIsOrderedAndATimelyCertificateIsHeld() {
    ChildCoverage ok = child().from(d("2021-01-01")).to(d("2021-12-31")).certificateHeld(true).certificateTimely(true)
        .build();
    assertThat(ok.dueInPeriod()).isEmpty();
    assertThat(ok.doses("MMR")).isEmpty();
    assertThat(ok.toString()).doesNotContain("2021-04-15");
    assertThatThrownBy(() -> child().from(d("2021-12-31")).to(d("2021-01-01")).certificateHeld(false)
        .certificateTimely(false).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> child().from(d("2021-01-01")).to(d("2021-12-31")).certificateHeld(false)
        .certificateTimely(true).build()).isInstanceOf(IllegalArgumentException.class);
  }
}
