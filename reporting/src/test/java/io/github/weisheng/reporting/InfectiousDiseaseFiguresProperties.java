package io.github.weisheng.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.infectious.CaseClassification;
import io.github.weisheng.infectious.CaseReport;
import io.github.weisheng.infectious.CaseReportId;
import io.github.weisheng.infectious.NotifiableDisease;
import io.github.weisheng.infectious.NotifiableDiseases;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random case reports: both rates stay within [0, 1], a case counts as reported exactly when it has a
 * report time and as on time exactly when its delay is within its class's limit, and the two
 * denominators differ by the cases never reported.
 */
class InfectiousDiseaseFiguresProperties {
  private static final NotifiableDiseases TABLE = NotifiableDiseases.defaults();
  private static final List<String> COMMITTEES = List.of("110105001001", "110105001002", "110105002001");

  @Test
  void ratesInRangeAndOnTimeIffWithinTheClassLimit() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List<CaseReport> cases = new ArrayList<>();
      int count = random.nextInt(30);
      long reported = 0;
      long onTime = 0;
      for (int i = 0; i < count; i++) {
        NotifiableDisease disease = TABLE.diseases().get(random.nextInt(TABLE.diseases().size()));
        LocalDateTime diagnosed = LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(random.nextInt(500_000));
        CaseReport c = CaseReport.builder().id(CaseReportId.parse("c-" + i))
            .archive(ArchiveNumber.parse(COMMITTEES.get(random.nextInt(3)) + String.format("%05d", i + 1)))
            .disease(disease.code()).classification(CaseClassification.CONFIRMED).diagnosedAt(diagnosed).build();
        if (random.nextInt(4) > 0) {
          long minutes = random.nextInt(60 * 48);
          c = c.reported(diagnosed.plusMinutes(minutes));
          reported++;
          onTime += minutes <= TABLE.limitFor(disease).toMinutes() ? 1 : 0;
        }
        cases.add(c);
      }
      for (TimelinessDenominator denominator : TimelinessDenominator.values()) {
        InfectiousDiseaseFigures f = InfectiousDiseaseFigures.of(ReportingPeriod.year(2026), cases, TABLE, denominator,
            0, 0);
        for (IndicatorResult r : f.all()) {
          assertThat(r.rate().numerator()).isBetween(0L, r.rate().denominator());
          r.rate().percent().ifPresent(p -> assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
          assertThat(r.notCounted()).allSatisfy(m -> assertThat(m.reasons()).isNotEmpty());
        }
        assertThat(f.reportRate().rate()).isEqualTo(Rate.of(reported, count));
        long timelyDenominator = denominator == TimelinessDenominator.REPORTED ? reported : count;
        assertThat(f.timelyReportRate().rate()).isEqualTo(Rate.of(onTime, timelyDenominator));
        assertThat(f.timelyReportRate().rate().denominator() - f.reportRate().rate().numerator())
            .isEqualTo(denominator == TimelinessDenominator.REPORTED ? 0 : count - reported);
      }
    });
  }
}
