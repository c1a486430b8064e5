package io.github.weisheng.reporting;

import static io.github.weisheng.reporting.Station.EAST;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.education.EducationActivity;
import io.github.weisheng.education.EducationActivityId;
import io.github.weisheng.education.EducationActivityType;
import io.github.weisheng.education.EducationMinimums;
import io.github.weisheng.education.InstitutionLevel;
import io.github.weisheng.education.Shortfall;
import io.github.weisheng.sanitation.AreaScope;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A centre's year of talks: monthly (the centre's minimum) meets the talks item; one month missed does not. */
class EducationFiguresTest {
  private final Station station = new Station();
  private int ids;

  private void lecture(LocalDate on) {
    station.officer.education().record(EducationActivity.builder().id(EducationActivityId.parse("e-" + ++ids))
        .type(EducationActivityType.LECTURE).heldOn(on).place("社区活动室").organiser("中心健教科")
        .institution(Station.CENTRE).scope(AreaScope.of(EAST)).theme("高血压防治").attendance(40).build());
  }

  private EducationFigures compute() {
    return EducationFigures.compute(station.officer, ReportingPeriod.year(2026), Station.CENTRE,
        InstitutionLevel.CENTRE, EducationMinimums.spec2017(), EAST);
  }

  @Test
  void monthlyTalksMeetOneItemOfFive() {
    for (int month = 1; month <= 12; month++) {
      lecture(LocalDate.of(2026, month, 10));
    }
    EducationFigures f = compute();
    assertThat(f.result().rate()).isEqualTo(Rate.of(1, 5));
    assertThat(f.result().members()).extracting(IndicatorMember::ref).containsExactly("centre/print",
        "centre/audio-video", "centre/boards", "centre/consultations", "centre/lectures");
    assertThat(f.result().members().get(4).counted()).isTrue();
    assertThat(f.result().members().get(0).reasons()).containsExactly(AppliedRule.of(Shortfall.PRINT_KINDS, 12, 0));
    assertThat(f.result().members().get(3).reasons()).containsExactly(AppliedRule.of(Shortfall.CONSULTATIONS, 9, 0));
    assertThat(f.result().by(OrgLevel.COMMITTEE)).containsOnlyKeys(EAST.value());
    assertThat(f.compliance().lectures()).isEqualTo(12);
    f.result().notCounted().forEach(m -> m.reasons().forEach(r ->
        assertThat(r.message(Locale.CHINESE)).isNotEqualTo(r.rule()).containsPattern("\\p{IsHan}")));
  }

  /** 健康教育服务达标率 counts the specification's five items (项), neither records nor persons. */
  @Test
  void complianceCountsTheSpecificationsItems() {
    assertThat(EducationFigures.COMPLIANCE.counting()).isEqualTo(Counting.ITEMS);
    assertThat(compute().result().definition()).isEqualTo(EducationFigures.COMPLIANCE);
    assertThat(compute().result().rate()).isEqualTo(Rate.of(0, 5));
  }

  @Test
  void aMonthWithoutATalkFailsTheTalksItem() {
    for (int month = 1; month <= 12; month++) {
      if (month != 7) {
        lecture(LocalDate.of(2026, month, 10));
      }
    }
    EducationFigures f = compute();
    assertThat(f.result().rate()).isEqualTo(Rate.of(0, 5));
    assertThat(f.result().members().get(4).reasons()).extracting(AppliedRule::rule)
        .containsExactly(Shortfall.LECTURES, Shortfall.LECTURE_GAP);
  }
}
