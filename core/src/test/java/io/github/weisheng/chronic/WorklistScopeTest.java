package io.github.weisheng.chronic;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.org.OrgUnitId;
import org.junit.jupiter.api.Test;

class WorklistScopeTest {

  @Test
  void aTeamOrACountyTownshipOrCommitteeCode() {
    WorklistScope team = WorklistScope.team(OrgUnitId.of("team-1"));
    assertThat(team.team()).contains(OrgUnitId.of("team-1"));
    assertThat(team.area()).isEmpty();
    for (String code : new String[] {"110105", "110105001", "110105001001"}) {
      assertThat(WorklistScope.area(code).area()).contains(code);
    }
    assertThat(roundTrip(team, WorklistScope.class)).isEqualTo(team);
    assertThat(roundTrip(WorklistScope.area("110105001"), WorklistScope.class)).isEqualTo(WorklistScope.area("110105001"));
    new EqualsTester().addEqualityGroup(team, WorklistScope.team(OrgUnitId.of("team-1")))
        .addEqualityGroup(WorklistScope.area("110105")).testEquals();
    new NullPointerTester().testAllPublicStaticMethods(WorklistScope.class);
  }

  @Test
  void otherCodesAreRefused() {
    for (String code : new String[] {"11010", "1101050", "1101050010010", "11010500100a"}) {
      assertRules(() -> WorklistScope.area(code), "worklistScope.area [worklist.scope.code]");
    }
  }
}
