package io.github.weisheng.education;

import static io.github.weisheng.Fixtures.COMMITTEE_1;
import static io.github.weisheng.Fixtures.TODAY;
import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.CommunityHealth;
import io.github.weisheng.Fixtures;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EducationServiceTest {
  private static final OrgUnitId CENTRE = OrgUnitId.of("centre-1");
  private final CommunityHealth health = Fixtures.health();
  private final EducationService officer = health.as(
      Principal.of("officer-li", Set.of("public-health-officer"), Set.of("110105001"))).education();
  private int ids;

  private EducationActivity lecture(LocalDate on) {
    return EducationActivity.builder().id(EducationActivityId.parse("e-" + ++ids)).type(EducationActivityType.LECTURE)
        .heldOn(on).place("社区活动室").organiser("中心健教科").institution(CENTRE)
        .scope(AreaScope.of(COMMITTEE_1)).theme("高血压防治").attendance(40).build();
  }

  @Test
  void activitiesAreRecordedListedByYearAndAssessed() {
    for (int month = 1; month <= 6; month++) {
      officer.record(lecture(LocalDate.of(2026, month, 10)));
    }
    officer.record(lecture(LocalDate.of(2025, 12, 10)));
    assertThat(officer.activitiesOf(CENTRE, 2026)).hasSize(6)
        .extracting(r -> r.value().heldOn().getMonthValue()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(officer.activitiesOf(OrgUnitId.of("station-9"), 2026)).isEmpty();
    EducationCompliance c = officer.compliance(2026, CENTRE, InstitutionLevel.CENTRE, EducationMinimums.spec2017());
    assertThat(c.lectures()).isEqualTo(6);
    assertThat(c.attendance()).isEqualTo(240);
    assertThat(c.shortfalls()).extracting(Shortfall::rule).contains(Shortfall.LECTURES, Shortfall.LECTURE_GAP,
        Shortfall.PRINT_KINDS, Shortfall.CONSULTATIONS);
    // a committee cadre may record and report health education, which holds no health data
    EducationService cadre = health.as(Principal.of("cadre", Set.of("committee-cadre"), Set.of(COMMITTEE_1.value())))
        .education();
    assertThat(cadre.compliance(2026, CENTRE, InstitutionLevel.CENTRE, EducationMinimums.spec2017()).lectures())
        .isEqualTo(6);
    EducationService other = health.as(Principal.of("cadre-2", Set.of("committee-cadre"), Set.of("110105001002")))
        .education();
    assertThatThrownBy(() -> other.find(EducationActivityId.parse("e-1"))).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theServicesRulesAndAmendments() {
    EducationActivity first = lecture(LocalDate.of(2026, 3, 10));
    officer.record(first);
    assertRules(() -> officer.record(first), "id [education.recordExists]");
    assertRules(() -> officer.record(lecture(TODAY.plusDays(1))), "heldOn [educationActivity.inFuture]");
    EducationActivity more = EducationActivity.builder().id(first.id()).type(EducationActivityType.LECTURE)
        .heldOn(first.heldOn()).place("社区活动室").organiser("中心健教科").institution(CENTRE)
        .scope(AreaScope.of(COMMITTEE_1)).theme("高血压防治").attendance(52).build();
    Recorded<EducationActivity> v2 = officer.amend(more, 1);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(officer.find(first.id()).orElseThrow().value().attendance()).isEqualTo(52);
    assertThatThrownBy(() -> officer.amend(more, 1)).isInstanceOf(StaleRecordException.class);
  }

  @Test
  void yearsAreFoundTheSameWayInTheEmbeddedH2Store(@TempDir Path folder) {
    try (JdbcRecordStore h2 = JdbcRecordStore.openH2File(folder)) {
      EducationService onDisk = Fixtures.health(h2)
          .as(Principal.of("officer-li", Set.of("public-health-officer"), Set.of("110105001"))).education();
      onDisk.record(lecture(LocalDate.of(2025, 12, 31)));
      onDisk.record(lecture(LocalDate.of(2026, 1, 1)));
      onDisk.record(lecture(LocalDate.of(2026, 6, 30)));
      assertThat(onDisk.activitiesOf(CENTRE, 2026)).extracting(r -> r.value().heldOn())
          .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
      assertThat(onDisk.activitiesOf(CENTRE, 2025)).hasSize(1);
    }
  }
}
