package io.github.weisheng.infectious;

import static io.github.weisheng.infectious.InfectiousTesting.ARCHIVE;
import static io.github.weisheng.infectious.InfectiousTesting.d;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.weisheng.chronic.VisitMode;
import org.junit.jupiter.api.Test;

/** The seed's 片医 at the child's home: temperature checked, the family shown how to disinfect. */
class HomeFollowUpTest {
  private static HomeFollowUp.Builder visit() {
    return HomeFollowUp.builder().id(HomeFollowUpId.parse("f-1")).caseReport(CaseReportId.parse("case-1"))
        .archive(ARCHIVE).date(d("2026-06-02")).mode(VisitMode.HOME);
  }

  @Test
  void aFollowUpRecordsAtLeastOneActionAsCodes() {
    assertRules(() -> visit().build(), "homeFollowUp.actions [infectious.followUp.actions]");
    HomeFollowUp f = visit().addActions(FollowUpAction.TEMPERATURE_CHECK, FollowUpAction.DISINFECTION_GUIDANCE).build();
    assertThat(f.actions()).containsExactly(FollowUpAction.TEMPERATURE_CHECK, FollowUpAction.DISINFECTION_GUIDANCE);
    assertThat(f.mode().faceToFace()).isTrue();
  }

  @Test
  void valueSemanticsAndJson() {
    HomeFollowUp f = visit().addAction(FollowUpAction.TEMPERATURE_CHECK).build();
    assertThat(roundTrip(f, HomeFollowUp.class)).isEqualTo(f);
    new EqualsTester().addEqualityGroup(f, visit().addAction(FollowUpAction.TEMPERATURE_CHECK).build())
        .addEqualityGroup(visit().addAction(FollowUpAction.SYMPTOM_CHECK).build()).testEquals();
    assertThat(f.toString()).contains("f-1").doesNotContain("张");
  }
}
