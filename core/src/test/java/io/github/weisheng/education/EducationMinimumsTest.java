package io.github.weisheng.education;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EducationMinimumsTest {

  @Test
  void theSpecsMinimums() {
    EducationMinimums m = EducationMinimums.spec2017();
    assertThat(m.printKinds()).isEqualTo(12);
    assertThat(m.audioVideoKinds()).isEqualTo(6);
    assertThat(m.boards(InstitutionLevel.CENTRE)).isEqualTo(2);
    assertThat(m.boards(InstitutionLevel.STATION)).isEqualTo(1);
    assertThat(m.boardUpdateMonths()).isEqualTo(2);
    assertThat(m.consultations()).isEqualTo(9);
    assertThat(m.lectures(InstitutionLevel.CENTRE)).isEqualTo(12);
    assertThat(m.lectures(InstitutionLevel.STATION)).isEqualTo(6);
    assertThat(roundTrip(m, EducationMinimums.class)).isEqualTo(m);
  }

  @Test
  void aHostsMinimumsAreChecked() {
    EducationMinimums quarterly = EducationMinimums.builder().printKinds(12).audioVideoKinds(6).centreBoards(2)
        .stationBoards(1).boardUpdateMonths(2).consultations(9).centreLectureMonths(1).stationLectureMonths(5).build();
    assertThat(quarterly.lectures(InstitutionLevel.STATION)).isEqualTo(3);
    assertRules(() -> EducationMinimums.builder().printKinds(-1).audioVideoKinds(6).centreBoards(2).stationBoards(1)
            .boardUpdateMonths(0).consultations(9).centreLectureMonths(1).stationLectureMonths(2).build(),
        "minimums [educationMinimums.negative]", "minimums [educationMinimums.months]");
  }
}
