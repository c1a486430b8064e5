package io.github.weisheng.infectious;

import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.chronic.AppliedRule;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReportTimelinessTest {

  @Test
  void aDelayExactlyWhenReportedOnTimeOnlyWhenReported() {
    ReportTimeliness late = ReportTimeliness.builder().reported(true).onTime(false).limit(Duration.ofHours(24))
        .delay(Duration.ofHours(30)).rule(AppliedRule.of("infectious.report.late", "30", "24")).build();
    assertThat(roundTrip(late, ReportTimeliness.class)).isEqualTo(late);
    ReportTimeliness missing = ReportTimeliness.builder().reported(false).onTime(false).limit(Duration.ofHours(2))
        .rule(AppliedRule.of("infectious.report.missing", "2")).build();
    assertThat(roundTrip(missing, ReportTimeliness.class)).isEqualTo(missing);
    assertThatThrownBy(() -> ReportTimeliness.builder().reported(false).onTime(true).limit(Duration.ofHours(2))
        .rule(AppliedRule.of("infectious.report.missing", "2")).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportTimeliness.builder().reported(true).onTime(true).limit(Duration.ofHours(2))
        .rule(AppliedRule.of("infectious.report.onTime", "1", "2")).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
