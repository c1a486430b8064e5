package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationTesting.d;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The invariants of one line of the reporting inputs. */
class DoseCoverageTest {
  private static DoseCoverage.Builder line() {
    return DoseCoverage.builder().group("MMR").seriesId("MMR-2021").doseNumber(1).dueOn(d("2021-11-15"))
        .timelyBefore(ProgrammeAge.ofMonths(12));
  }

  @Test
  void aReceivedDoseIsDueAndDatedAndATimelyDoseIsReceived() {
    DoseCoverage ok = line().dueInPeriod(true).received(true).receivedOn(d("2021-11-15")).givenInPeriod(true)
        .timely(true).build();
    assertThat(roundTrip(ok, DoseCoverage.class)).isEqualTo(ok);
    assertThat(ok.toString()).doesNotContain("2021-11-15");
    assertThatThrownBy(() -> line().dueInPeriod(false).received(true).receivedOn(d("2021-11-15"))
        .givenInPeriod(true).timely(false).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> line().dueInPeriod(true).received(false).givenInPeriod(false).timely(true).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> line().dueInPeriod(true).received(true).givenInPeriod(false).timely(false).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
