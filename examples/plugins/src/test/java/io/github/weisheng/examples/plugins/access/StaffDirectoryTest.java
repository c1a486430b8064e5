package io.github.weisheng.examples.plugins.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.weisheng.access.StaffRole;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffDirectoryTest {
  private final StaffDirectory sample = StaffDirectory.sample();

  @Test
  void theLoginGetsAPrincipalInTheHostsWordsWithTheDepartmentsTeamScopes() {
    Principal principal = sample.principal("d1002", "全科医师", "全科一团队", true);
    assertThat(principal.id()).isEqualTo("d1002");
    assertThat(principal.roles()).containsExactlyInAnyOrder("title:全科医师", "dept:全科一团队", "duty:night");
    assertThat(principal.scopes()).containsExactlyInAnyOrder("110105001001", "110105001002");
    assertThat(sample.onNightDuty(principal)).isTrue();
    assertThat(sample.onNightDuty(sample.principal("d1001", "全科医师", "全科一团队", false))).isFalse();
  }

  @Test
  void anUnknownDepartmentGivesNoScopesSoTheLoginIsDeniedEverything() {
    assertThat(sample.principal("x1", "全科医师", "外院", false).scopes()).isEmpty();
  }

  @Test
  void rolesComeFromTitlesAndDepartmentsNeverFromOtherWords() {
    StaffDirectory directory = StaffDirectory.builder()
        .title("公卫医师", StaffRole.PUBLIC_HEALTH_OFFICER)
        .department("质控办", Set.of("110105001"), StaffRole.SUPERVISOR)
        .build();
    Principal principal = Principal.of("q1", Set.of("title:公卫医师", "dept:质控办", "family-doctor", "title:无此岗位"),
        Set.of("110105001"));
    assertThat(directory.rolesOf(principal)).containsExactlyInAnyOrder(StaffRole.PUBLIC_HEALTH_OFFICER, StaffRole.SUPERVISOR);
    assertThat(directory.clearedForVip(principal)).isFalse();
  }

  @Test
  void onlyAClearedDepartmentReachesTheVipCatchment() {
    assertThat(sample.vipScopes()).containsExactly("110105001009");
    assertThat(sample.clearedForVip(sample.principal("g1", "全科主治医师", "干部保健科", false))).isTrue();
    assertThat(sample.clearedForVip(sample.principal("i1", "系统管理员", "信息科", false))).isFalse();
    // a title cannot clear anyone, even one spelt like a department
    assertThat(sample.clearedForVip(Principal.of("t1", Set.of("title:干部保健科"), Set.of("110105001")))).isFalse();
  }

  @Test
  void nightDutyReadsSearchesAndReportsByDefault() {
    assertThat(sample.nightDutyActions()).containsExactlyInAnyOrder(Action.READ, Action.SEARCH, Action.REPORT);
    StaffDirectory strict = StaffDirectory.builder().nightDutyActions(Set.of(Action.READ)).build();
    assertThat(strict.nightDutyActions()).containsExactly(Action.READ);
  }

  @Test
  void aCopyWithAnotherVipCatchmentKeepsTheRest() {
    StaffDirectory moved = sample.withVipCatchment(Set.of("110105001003"));
    assertThat(moved.vipScopes()).containsExactly("110105001003");
    assertThat(moved.principal("n1", "社区护士", "全科二团队", false).scopes()).containsExactly("110105001003");
    assertThat(moved.nightDutyActions()).isEqualTo(sample.nightDutyActions());
    assertThat(sample.vipScopes()).containsExactly("110105001009");
  }

  @Test
  void aNameGivenTwiceIsAnErrorNamingTheEarlierMapping() {
    assertThatThrownBy(() -> StaffDirectory.builder().title("护士", StaffRole.NURSE).title("护士", StaffRole.FAMILY_DOCTOR))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("护士").hasMessageContaining("NURSE");
    assertThatThrownBy(() -> StaffDirectory.builder().department("a", Set.of("11")).vipDepartment("a", Set.of("12")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> StaffDirectory.builder().nightDutyActions(Set.of()).nightDutyActions(Set.of()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void blankNamesMalformedScopesAndScopelessDepartmentsAreRefused() {
    assertThatThrownBy(() -> StaffDirectory.builder().title(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StaffDirectory.builder().department("a", Set.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("team scope");
    for (String bad : new String[] {"", "1", "11010500100100", "11a105"}) {
      assertThatThrownBy(() -> StaffDirectory.builder().vipCatchment(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> StaffDirectory.builder().department("a", Set.of(bad))).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> StaffDirectory.builder().title(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void toStringNamesTheTitlesDepartmentsAndCatchment() {
    assertThat(sample.toString()).contains("全科医师", "干部保健科", "110105001009");
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicInstanceMethods(sample);
    tester.testAllPublicInstanceMethods(StaffDirectory.builder());
    tester.testAllPublicInstanceMethods(new HostAccessPolicyProvider());
  }
}
