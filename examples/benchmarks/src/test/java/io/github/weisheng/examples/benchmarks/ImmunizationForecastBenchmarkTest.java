package io.github.weisheng.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.immunization.ForecastStatus;
import io.github.weisheng.immunization.ImmunizationAssessment;
import io.github.weisheng.immunization.ImmunizationRecommendation;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Runs each immunization benchmark body once: the child is complete and the JSON reads back equal. */
class ImmunizationForecastBenchmarkTest {
  private final ImmunizationForecastBenchmark benchmark = new ImmunizationForecastBenchmark();

  @Test
  void theChildIsCompleteAndItsRecordsReadBackEqual() throws IOException {
    ImmunizationForecastBenchmark.Child c = new ImmunizationForecastBenchmark.Child();
    c.setUp();
    assertThat(c.records).hasSize(22);
    ImmunizationAssessment a = benchmark.forecast(c);
    assertThat(a.evaluations()).hasSize(22).allSatisfy(e -> assertThat(e.isValid()).as(e.toString()).isTrue());
    // Nine programme groups complete; HPV (a girl born after 2011-11-10) not due until 13.
    assertThat(a.recommendations()).extracting(ImmunizationRecommendation::group, ImmunizationRecommendation::status)
        .hasSize(10).filteredOn(t -> t.toList().get(1) != ForecastStatus.COMPLETE)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("HPV", ForecastStatus.NOT_DUE));
    assertThat(benchmark.readRecords(c)).isEqualTo(c.records);
    assertThat(benchmark.readHistory(c)).isEqualTo(c.history);
    assertThat(benchmark.readRecordsAndForecast(c)).isEqualTo(a);
    assertThat(c.recordsJson.length).isGreaterThan(c.historyJson.length);
  }
}
