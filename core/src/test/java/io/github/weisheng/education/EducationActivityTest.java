package io.github.weisheng.education;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.sanitation.AreaScope;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EducationActivityTest {
  static EducationActivity.Builder lecture(String id) {
    return EducationActivity.builder().id(EducationActivityId.parse(id)).type(EducationActivityType.LECTURE)
        .heldOn(LocalDate.of(2026, 5, 10)).place("社区活动室").organiser("中心健教科").partner("街道老年协会")
        .institution(OrgUnitId.of("centre-1")).scope(AreaScope.parse("110105001001")).theme("营养膳食");
  }

  @Test
  void anActivityRecordsTheSpecsFields() {
    EducationActivity a = lecture("e-1").attendance(45)
        .addMaterial(EducationMaterial.of("《合理膳食》折页", MaterialKind.LEAFLET, 50)).build();
    assertThat(a.attendance()).isEqualTo(45);
    assertThat(roundTrip(a, EducationActivity.class)).isEqualTo(a);
  }

  @Test
  void attendanceIsNotNegativeAndABoardIssueNamesItsBoard() {
    assertRules(() -> lecture("e").attendance(-1).build(), "attendance [educationActivity.attendance]");
    assertRules(() -> EducationActivity.builder().id(EducationActivityId.parse("e"))
            .type(EducationActivityType.BULLETIN_BOARD).heldOn(LocalDate.of(2026, 5, 10)).place(" ").organiser("中心")
            .institution(OrgUnitId.of("centre-1")).scope(AreaScope.parse("110105001001")).theme("控烟")
            .attendance(0).build(),
        "board [educationActivity.boardRequired]", "place [education.text]");
  }
}
