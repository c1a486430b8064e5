package io.github.weisheng.examples.plugins.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.access.StaffRole;
import io.github.weisheng.spi.access.AccessPolicy;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Decision;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import io.github.weisheng.spi.tck.AccessPolicyContract;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The host policy passes the access TCK with the host's own principals (job titles, departments,
 * night duty) and resources on the sample street, and keeps the two rules the built-in policy lacks.
 */
class HostAccessPolicyTest extends AccessPolicyContract {
  static final StaffDirectory DIRECTORY = StaffDirectory.sample();
  static final HostAccessPolicy POLICY = HostAccessPolicy.of(DIRECTORY);

  static final Principal TEAM_ONE_DOCTOR = DIRECTORY.principal("d1001", "全科医师", "全科一团队", false);
  static final Principal NIGHT_DOCTOR = DIRECTORY.principal("d1002", "全科医师", "全科一团队", true);
  static final Principal TEAM_TWO_NURSE = DIRECTORY.principal("n2001", "社区护士", "全科二团队", false);
  static final Principal VACCINATOR = DIRECTORY.principal("v3001", "预防接种医师", "预防保健科", false);
  static final Principal CADRE_CARE_DOCTOR = DIRECTORY.principal("g4001", "全科主治医师", "干部保健科", false);
  static final Principal OFFICER = DIRECTORY.principal("p5001", "公卫医师", "公共卫生科", false);
  static final Principal ADMINISTRATOR = DIRECTORY.principal("i6001", "系统管理员", "信息科", false);
  static final Principal STATISTICIAN = DIRECTORY.principal("s7001", "统计员", "信息科", false);

  static final Resource ARCHIVE_001 = Resource.of("archive", "11010500100100001", "110105001001", Sensitivity.IDENTIFIED);
  static final Resource ARCHIVE_003 = Resource.of("archive", "11010500100300001", "110105001003", Sensitivity.IDENTIFIED);
  static final Resource VIP_ARCHIVE = Resource.of("archive", "11010500100900001", "110105001009", Sensitivity.IDENTIFIED);
  static final Resource ARCHIVE_SEARCH = Resource.of("archive", "", "", Sensitivity.IDENTIFIED);
  static final Resource STREET_SUMMARY = Resource.of("summary", "", "110105001", Sensitivity.PUBLIC);
  static final Resource STREET_EXPORT = Resource.of("export", "", "110105001", Sensitivity.PARTLY_IDENTIFIED);

  @Override
  protected AccessPolicy policy() {
    return POLICY;
  }

  @Override
  protected List<Principal> samplePrincipals() {
    return List.of(TEAM_ONE_DOCTOR, NIGHT_DOCTOR, TEAM_TWO_NURSE, VACCINATOR, CADRE_CARE_DOCTOR, OFFICER,
        ADMINISTRATOR, STATISTICIAN, DIRECTORY.principal("x9001", "全科医师", "外院", false));
  }

  @Override
  protected List<Resource> sampleResources() {
    return List.of(ARCHIVE_001, ARCHIVE_003, VIP_ARCHIVE, STREET_SUMMARY, STREET_EXPORT,
        Resource.of("archive", "a-9", "110105002001", Sensitivity.IDENTIFIED),
        Resource.of("archive", "", "110105001001", Sensitivity.IDENTIFIED),
        Resource.of("follow-up", "f-1", "110105001001", Sensitivity.SPECIAL),
        Resource.of("follow-up", "f-9", "110105001009", Sensitivity.SPECIAL),
        Resource.of("sanitation.campaign", "c-1", "110105001009", Sensitivity.PUBLIC),
        Resource.of("summary", "", "110105", Sensitivity.DE_IDENTIFIED));
  }

  private static Decision decide(Principal principal, Action action, Resource resource) {
    return POLICY.decide(principal, action, resource);
  }

  @Test
  void theHostsWordsAreTranslatedAndTheBuiltInMatrixDecides() {
    assertThat(decide(TEAM_ONE_DOCTOR, Action.AMEND, ARCHIVE_001)).isEqualTo(Decision.allow("role.family-doctor.amend"));
    assertThat(decide(TEAM_ONE_DOCTOR, Action.CLOSE, ARCHIVE_001)).isEqualTo(Decision.allow("role.family-doctor.close"));
    assertThat(decide(TEAM_TWO_NURSE, Action.CLOSE, ARCHIVE_003)).isEqualTo(Decision.deny("role.none"));
    assertThat(decide(STATISTICIAN, Action.READ, ARCHIVE_001)).isEqualTo(Decision.deny("role.none"));
    assertThat(decide(STATISTICIAN, Action.REPORT, STREET_SUMMARY)).isEqualTo(Decision.allow("role.statistician.report"));
  }

  @Test
  void teamScopesComeFromTheDepartment() {
    assertThat(decide(TEAM_ONE_DOCTOR, Action.READ, ARCHIVE_003)).isEqualTo(Decision.deny(HostAccessPolicy.OUTSIDE_RULE));
    assertThat(decide(TEAM_TWO_NURSE, Action.READ, ARCHIVE_003).allowed()).isTrue();
    assertThat(decide(CADRE_CARE_DOCTOR, Action.READ, ARCHIVE_001)).isEqualTo(Decision.deny(HostAccessPolicy.OUTSIDE_RULE));
  }

  @Test
  void weishengRoleNamesInAHostPrincipalCarryNothing() {
    Principal raw = Principal.of("d1001", Set.of("family-doctor"), Set.of("110105001001"));
    assertThat(decide(raw, Action.READ, ARCHIVE_001)).isEqualTo(Decision.deny("role.none"));
  }

  @Test
  void aPrincipalWithoutScopesIsRefusedEvenASearch() {
    Principal unknownDepartment = DIRECTORY.principal("x9001", "全科医师", "外院", false);
    assertThat(unknownDepartment.scopes()).isEmpty();
    assertThat(decide(unknownDepartment, Action.SEARCH, ARCHIVE_SEARCH)).isEqualTo(Decision.deny(HostAccessPolicy.NO_SCOPE_RULE));
  }

  @Test
  void nightDutyMayReadSearchAndReportButNotWrite() {
    assertThat(decide(NIGHT_DOCTOR, Action.READ, ARCHIVE_001)).isEqualTo(Decision.allow("role.family-doctor.read"));
    assertThat(decide(NIGHT_DOCTOR, Action.SEARCH, ARCHIVE_SEARCH).allowed()).isTrue();
    assertThat(decide(NIGHT_DOCTOR, Action.REPORT, ARCHIVE_001).allowed()).isTrue();
    for (Action write : EnumSet.of(Action.CREATE, Action.AMEND, Action.CLOSE)) {
      assertThat(decide(NIGHT_DOCTOR, write, ARCHIVE_001)).as("%s", write)
          .isEqualTo(Decision.deny(HostAccessPolicy.NIGHT_DUTY_RULE));
      assertThat(decide(TEAM_ONE_DOCTOR, write, ARCHIVE_001).allowed()).as("the same doctor by day, %s", write).isTrue();
    }
  }

  @Test
  void theBuiltInDenialIsReportedBeforeTheHostsRules() {
    // a night-duty doctor may not export by day either: the built-in matrix's rule is the one audited
    assertThat(decide(NIGHT_DOCTOR, Action.EXPORT, ARCHIVE_001)).isEqualTo(Decision.deny("role.none"));
  }

  @Test
  void theVipCatchmentNeedsAClearedDepartment() {
    assertThat(decide(CADRE_CARE_DOCTOR, Action.AMEND, VIP_ARCHIVE)).isEqualTo(Decision.allow("role.family-doctor.amend"));
    assertThat(decide(OFFICER, Action.READ, VIP_ARCHIVE).allowed()).isTrue();
    assertThat(decide(ADMINISTRATOR, Action.READ, VIP_ARCHIVE)).isEqualTo(Decision.deny(HostAccessPolicy.VIP_RULE));
    assertThat(decide(ADMINISTRATOR, Action.READ, ARCHIVE_001)).isEqualTo(Decision.allow("role.centre-administrator.read"));
  }

  @Test
  void aWideSearchOrExportByUnclearedStaffWhoseScopesReachTheCatchmentIsRefused() {
    // the caller filters search results by the principal's scopes alone, which include committee 009
    assertThat(decide(ADMINISTRATOR, Action.SEARCH, ARCHIVE_SEARCH)).isEqualTo(Decision.deny(HostAccessPolicy.VIP_RULE));
    assertThat(decide(ADMINISTRATOR, Action.EXPORT, STREET_EXPORT)).isEqualTo(Decision.deny(HostAccessPolicy.VIP_RULE));
    assertThat(decide(OFFICER, Action.EXPORT, STREET_EXPORT)).isEqualTo(Decision.allow("role.public-health-officer.export"));
    // staff whose scopes list ordinary committees only search freely
    assertThat(decide(VACCINATOR, Action.SEARCH, ARCHIVE_SEARCH).allowed()).isTrue();
    assertThat(decide(TEAM_ONE_DOCTOR, Action.SEARCH, ARCHIVE_SEARCH).allowed()).isTrue();
  }

  @Test
  void aggregatesAndCommunityRecordsOfTheCatchmentNeedNoClearance() {
    assertThat(decide(ADMINISTRATOR, Action.REPORT, STREET_SUMMARY).allowed()).isTrue();
    Resource campaign = Resource.of("sanitation.campaign", "c-1", "110105001009", Sensitivity.PUBLIC);
    assertThat(decide(ADMINISTRATOR, Action.AMEND, campaign).allowed()).isTrue();
  }

  @Test
  void overAnotherRoleMatrix() {
    DefaultAccessPolicy readOnlyDoctors = DefaultAccessPolicy.of(
        Map.of(StaffRole.FAMILY_DOCTOR, Set.of(Action.READ, Action.SEARCH)), Map.of());
    HostAccessPolicy policy = HostAccessPolicy.of(DIRECTORY, readOnlyDoctors);
    assertThat(policy.decide(TEAM_ONE_DOCTOR, Action.READ, ARCHIVE_001).allowed()).isTrue();
    assertThat(policy.decide(TEAM_ONE_DOCTOR, Action.AMEND, ARCHIVE_001)).isEqualTo(Decision.deny("role.none"));
    assertThat(policy.id()).isEqualTo("example-host");
    assertThat(policy.directory()).isSameAs(DIRECTORY);
    assertThat(policy.toString()).contains("weisheng-default");
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester tester = new NullPointerTester().setDefault(StaffDirectory.class, DIRECTORY)
        .setDefault(Principal.class, TEAM_ONE_DOCTOR).setDefault(Resource.class, ARCHIVE_001);
    tester.testAllPublicStaticMethods(HostAccessPolicy.class);
    tester.testAllPublicInstanceMethods(POLICY);
  }
}
