package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationCoverageTest.ARCHIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of the reporting inputs: received ≤ due per series and dose, a timely dose is received. */
class ImmunizationCoverageProperties {
  private static final ImmunizationCoverage COVERAGE = ImmunizationCoverage.defaults();

  /** Several random children (histories up to 18 years, random products) with one random period. */
  static final class Cohort {
    final List<ImmunizationForecasterProperties.Case> children = new ArrayList<>();
    LocalDate from = LocalDate.MIN;
    LocalDate to = LocalDate.MIN;

    @Override
    public String toString() {
      return children + " period " + from + ".." + to;
    }
  }

  static Gen<Cohort> cohorts() {
    Gen<ImmunizationForecasterProperties.Case> cases = ImmunizationForecasterProperties.cases();
    return in -> {
      Cohort c = new Cohort();
      int n = Generate.range(1, 6).generate(in);
      LocalDate latest = LocalDate.MIN;
      for (int i = 0; i < n; i++) {
        ImmunizationForecasterProperties.Case x = cases.generate(in);
        c.children.add(x);
        latest = x.on.isAfter(latest) ? x.on : latest;
      }
      c.to = latest.plusDays(Generate.range(0, 400).generate(in));
      c.from = c.to.minusDays(Generate.range(0, 800).generate(in));
      return c;
    };
  }

  @Test
  void receivedNeverExceedsDueAndATimelyDoseIsReceived() {
    qt().withExamples(150).forAll(cohorts()).checkAssert(cohort -> {
      Map<String, int[]> totals = new HashMap<>();
      for (ImmunizationForecasterProperties.Case x : cohort.children) {
        ChildCoverage c = COVERAGE.inputs(ARCHIVE, x.history, Optional.empty(), cohort.from, cohort.to);
        for (DoseCoverage l : c.doses()) {
          int[] t = totals.computeIfAbsent(l.group() + " " + l.doseNumber(), k -> new int[3]);
          t[0] += l.dueInPeriod() ? 1 : 0;
          t[1] += l.received() ? 1 : 0;
          t[2] += l.timely() ? 1 : 0;
          if (l.timely()) {
            assertThat(l.received()).isTrue();
          }
          if (l.received()) {
            assertThat(l.receivedOn().orElseThrow()).isBeforeOrEqualTo(cohort.to);
          }
          if (l.givenInPeriod()) {
            assertThat(l.receivedOn().orElseThrow()).isBetween(cohort.from, cohort.to);
          }
          assertThat(l.reasons().isEmpty()).isEqualTo(!l.dueInPeriod() || l.timely());
        }
        assertThat(c.certificateHeld()).isFalse();
      }
      totals.forEach((line, t) -> {
        assertThat(t[1]).as(line + " received <= due").isLessThanOrEqualTo(t[0]);
        assertThat(t[2]).as(line + " timely <= received").isLessThanOrEqualTo(t[1]);
      });
    });
  }
}
