package io.github.weisheng.infectious;

import static io.github.weisheng.infectious.InfectiousTesting.card;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reported on time exactly when within the class's limit, whatever the disease and the delay. */
class NotifiableDiseasesProperties {
  private static final NotifiableDiseases TABLE = NotifiableDiseases.defaults();
  private static final List<NotifiableDisease> DISEASES = TABLE.diseases();
  private static final LocalDateTime EPOCH = LocalDateTime.of(2020, 1, 1, 0, 0);

  @Test
  void onTimeIffTheDelayIsWithinTheClassLimit() {
    qt().forAll(integers().between(0, DISEASES.size() - 1), integers().between(0, 3_000_000),
            integers().between(0, 4 * 24 * 3600))
        .checkAssert((which, diagnosedSecond, delaySeconds) -> {
          NotifiableDisease disease = DISEASES.get(which);
          LocalDateTime diagnosed = EPOCH.plusSeconds(diagnosedSecond);
          CaseReport c = card().disease(disease.code()).diagnosedAt(diagnosed)
              .reportedAt(diagnosed.plusSeconds(delaySeconds)).build();
          ReportTimeliness r = TABLE.timeliness(c);
          Duration limit = disease.reportingClass() == NotifiableClass.CLASS_A ? Duration.ofHours(2)
              : Duration.ofHours(24);
          assertThat(r.limit()).isEqualTo(limit);
          assertThat(r.onTime()).isEqualTo(delaySeconds <= limit.getSeconds());
          assertThat(r.delay()).contains(Duration.ofSeconds(delaySeconds));
          // the reason's hours never make a late report read as within the limit
          BigDecimal shown = new BigDecimal(r.rule().arguments().get(0));
          BigDecimal limitShown = new BigDecimal(r.rule().arguments().get(1));
          assertThat(shown.compareTo(limitShown) > 0).isEqualTo(!r.onTime());
        });
  }
}
