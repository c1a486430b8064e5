package io.github.weisheng.education;

import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.sanitation.AreaScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EducationComplianceTest {
  static final OrgUnitId CENTRE = OrgUnitId.of("centre-1");
  static final OrgUnitId STATION = OrgUnitId.of("station-2");
  private static final int YEAR = 2025;
  private int ids;

  private EducationActivity.Builder activity(OrgUnitId institution, EducationActivityType type, LocalDate on) {
    return EducationActivity.builder().id(EducationActivityId.parse("e-" + ids++)).type(type).heldOn(on)
        .place("中心健康教育室").organiser("中心健教科").institution(institution)
        .scope(AreaScope.parse("110105001")).theme("高血压防治");
  }

  /** A centre's year that meets every minimum of the 2017 spec exactly. */
  private List<EducationActivity> fullCentreYear() {
    List<EducationActivity> all = new ArrayList<>();
    EducationActivity.Builder print = activity(CENTRE, EducationActivityType.PRINTED_MATERIALS, LocalDate.of(YEAR, 3, 1));
    for (int i = 1; i <= 12; i++) {
      print.addMaterial(EducationMaterial.of("健康处方" + i, MaterialKind.HEALTH_PRESCRIPTION, 1000));
    }
    all.add(print.build());
    EducationActivity.Builder av = activity(CENTRE, EducationActivityType.AUDIO_VIDEO, LocalDate.of(YEAR, 3, 2));
    for (int i = 1; i <= 6; i++) {
      av.addMaterial(EducationMaterial.played("视频" + i, MaterialKind.VIDEO, 20, 300));
    }
    all.add(av.build());
    for (String board : List.of("门诊宣传栏", "社区宣传栏")) {
      for (int month = 1; month <= 12; month += 2) { // Jan 15, Mar 15, …, Nov 15: every two months
        all.add(activity(CENTRE, EducationActivityType.BULLETIN_BOARD, LocalDate.of(YEAR, month, 15)).board(board).build());
      }
    }
    for (int month = 1; month <= 9; month++) {
      all.add(activity(CENTRE, EducationActivityType.CONSULTATION, LocalDate.of(YEAR, month, 20)).attendance(150).build());
    }
    for (int month = 1; month <= 12; month++) {
      all.add(activity(CENTRE, EducationActivityType.LECTURE, LocalDate.of(YEAR, month, 10)).attendance(40).build());
    }
    return all;
  }

  @Test
  void aYearThatMeetsEveryMinimumHasNoShortfall() {
    EducationCompliance c = EducationCompliance.assess(YEAR, CENTRE, InstitutionLevel.CENTRE, fullCentreYear(),
        EducationMinimums.spec2017());
    assertThat(c.shortfalls()).isEmpty();
    assertThat(c.compliant()).isTrue();
    assertThat(c.printKinds()).isEqualTo(12);
    assertThat(c.printCopies()).isEqualTo(12_000);
    assertThat(c.audioVideoKinds()).isEqualTo(6);
    assertThat(c.audioVideoShowings()).isEqualTo(120);
    assertThat(c.audioVideoMinutes()).isEqualTo(1800);
    assertThat(c.boards()).isEqualTo(2);
    assertThat(c.boardIssues()).isEqualTo(12);
    assertThat(c.consultations()).isEqualTo(9);
    assertThat(c.lectures()).isEqualTo(12);
    assertThat(c.attendance()).isEqualTo(9 * 150 + 12 * 40);
    assertThat(roundTrip(c, EducationCompliance.class)).isEqualTo(c);
  }

  @Test
  void aYearWithEveryKindOfShortfallNamesEachOne() {
    List<EducationActivity> all = new ArrayList<>();
    EducationActivity.Builder print = activity(CENTRE, EducationActivityType.PRINTED_MATERIALS, LocalDate.of(YEAR, 3, 1));
    for (int i = 1; i <= 11; i++) { // 11 kinds, one short
      print.addMaterial(EducationMaterial.of("折页" + i, MaterialKind.LEAFLET, 100));
    }
    print.addMaterial(EducationMaterial.of("折页1", MaterialKind.LEAFLET, 100)); // the same title is the same kind
    all.add(print.build());
    all.add(activity(CENTRE, EducationActivityType.AUDIO_VIDEO, LocalDate.of(YEAR, 3, 2))
        .addMaterial(EducationMaterial.played("视频1", MaterialKind.VIDEO, 10, 100)).build()); // 1 of 6
    // one board (of 2), updated Jan 10 and then only Apr 20: more than two months
    all.add(activity(CENTRE, EducationActivityType.BULLETIN_BOARD, LocalDate.of(YEAR, 1, 10)).board("门诊宣传栏").build());
    all.add(activity(CENTRE, EducationActivityType.BULLETIN_BOARD, LocalDate.of(YEAR, 4, 20)).board("门诊宣传栏").build());
    for (int month = 6; month <= 12; month += 2) {
      all.add(activity(CENTRE, EducationActivityType.BULLETIN_BOARD, LocalDate.of(YEAR, month, 15)).board("门诊宣传栏").build());
    }
    for (int i = 0; i < 8; i++) { // 8 of 9 consultations
      all.add(activity(CENTRE, EducationActivityType.CONSULTATION, LocalDate.of(YEAR, 5, 1 + i)).build());
    }
    for (int month = 1; month <= 12; month++) { // no talk in July; two in August: 11 of 12
      if (month != 7) {
        all.add(activity(CENTRE, EducationActivityType.LECTURE, LocalDate.of(YEAR, month, 10)).build());
      }
    }
    // another institution's and another year's talks do not count
    all.add(activity(STATION, EducationActivityType.LECTURE, LocalDate.of(YEAR, 7, 10)).build());
    all.add(activity(CENTRE, EducationActivityType.LECTURE, LocalDate.of(YEAR - 1, 7, 10)).build());

    EducationCompliance c = EducationCompliance.assess(YEAR, CENTRE, InstitutionLevel.CENTRE, all,
        EducationMinimums.spec2017());
    assertThat(c.shortfalls()).extracting(s -> s.rule() + " " + s.arguments()).containsExactly(
        "education.shortfall.printKinds [12, 11]",
        "education.shortfall.audioVideoKinds [6, 1]",
        "education.shortfall.boards [2, 1]",
        "education.shortfall.boardUpdateGap [门诊宣传栏, 2025-01-10, 2025-04-20, 2]",
        "education.shortfall.consultations [9, 8]",
        "education.shortfall.lectures [12, 11]",
        "education.shortfall.lectureGap [2025-07, 2025-07]");
    assertThat(c.compliant()).isFalse();
    for (Shortfall s : c.shortfalls()) {
      assertThat(s.message(Locale.ENGLISH)).doesNotContain("{").isNotEqualTo(s.rule());
      assertThat(s.message(Locale.CHINESE)).doesNotContain("{").containsPattern("\\p{IsHan}");
    }
    assertThat(c.shortfalls().get(0).message(Locale.CHINESE)).isEqualTo("印刷资料：全年11种，规范要求不少于12种");
    assertThat(c.shortfalls().get(3).message(Locale.ENGLISH))
        .isEqualTo("bulletin board 门诊宣传栏 went without an update from 2025-01-10 to 2025-04-20, longer than 2 months");
  }

  @Test
  void aStationNeedsOneBoardAndATalkEveryTwoMonths() {
    List<EducationActivity> all = new ArrayList<>();
    for (int month = 1; month <= 12; month += 2) {
      all.add(activity(STATION, EducationActivityType.BULLETIN_BOARD, LocalDate.of(YEAR, month, 28)).board("站宣传栏").build());
    }
    for (int month : new int[] {2, 4, 6, 8, 10}) { // nothing in Nov–Dec
      all.add(activity(STATION, EducationActivityType.LECTURE, LocalDate.of(YEAR, month, 5)).build());
    }
    EducationMinimums relaxed = EducationMinimums.builder().printKinds(0).audioVideoKinds(0).centreBoards(2)
        .stationBoards(1).boardUpdateMonths(2).consultations(0).centreLectureMonths(1).stationLectureMonths(2).build();
    EducationCompliance c = EducationCompliance.assess(YEAR, STATION, InstitutionLevel.STATION, all, relaxed);
    // boards: Jan 28 … Nov 28, then to Dec 31 is within two months; but Jan 1 -> Jan 28 is fine too
    assertThat(c.shortfalls()).extracting(s -> s.rule() + " " + s.arguments()).containsExactly(
        "education.shortfall.lectures [6, 5]", "education.shortfall.lectureGap [2025-11, 2025-12]");
  }

  @Test
  void aBoardsLastIssueOfTheYearBeforeCountsAsItsStart() {
    List<EducationActivity> all = new ArrayList<>();
    all.add(activity(STATION, EducationActivityType.BULLETIN_BOARD, LocalDate.of(YEAR - 1, 10, 1)).board("站宣传栏").build());
    for (int month = 2; month <= 12; month += 2) {
      all.add(activity(STATION, EducationActivityType.BULLETIN_BOARD, LocalDate.of(YEAR, month, 15)).board("站宣传栏").build());
    }
    EducationCompliance c = EducationCompliance.assess(YEAR, STATION, InstitutionLevel.STATION, all,
        EducationMinimums.spec2017());
    assertThat(c.shortfalls()).extracting(Shortfall::rule).contains(Shortfall.BOARD_UPDATE_GAP);
    assertThat(c.shortfalls()).filteredOn(s -> s.rule().equals(Shortfall.BOARD_UPDATE_GAP))
        .extracting(Shortfall::arguments).containsExactly(List.of("站宣传栏", "2025-01-01", "2025-02-15", "2"));
    assertThat(c.boardIssues()).isEqualTo(6);
  }
}
