package io.github.weisheng.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Decision;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DefaultAccessPolicyTest {
  private final DefaultAccessPolicy policy = DefaultAccessPolicy.defaults();
  private final Resource archive = Resource.of("archive", "11010500100100001", "110105001001", Sensitivity.IDENTIFIED);
  private final Resource aggregate = Resource.of("report", "", "110105001", Sensitivity.PUBLIC);

  private static Principal as(StaffRole role, String scope) {
    return Principal.of("p", Set.of(role.roleName()), Set.of(scope));
  }

  private Set<Action> allowed(Principal p, Resource r) {
    Set<Action> allowed = EnumSet.noneOf(Action.class);
    for (Action a : Action.values()) {
      if (policy.decide(p, a, r).allowed()) {
        allowed.add(a);
      }
    }
    return allowed;
  }

  @Test
  void theRoleMatrixOnPersonalRecordsWithinScope() {
    String street = "110105001";
    assertThat(allowed(as(StaffRole.FAMILY_DOCTOR, street), archive)).isEqualTo(EnumSet.of(
        Action.READ, Action.SEARCH, Action.CREATE, Action.AMEND, Action.CLOSE, Action.REPORT));
    assertThat(allowed(as(StaffRole.PUBLIC_HEALTH_OFFICER, street), archive)).isEqualTo(EnumSet.allOf(Action.class));
    assertThat(allowed(as(StaffRole.CENTRE_ADMINISTRATOR, street), archive)).isEqualTo(EnumSet.allOf(Action.class));
    assertThat(allowed(as(StaffRole.NURSE, street), archive)).isEqualTo(EnumSet.of(
        Action.READ, Action.SEARCH, Action.CREATE, Action.AMEND, Action.REPORT));
    assertThat(allowed(as(StaffRole.IMMUNIZATION_DOCTOR, street), archive)).isEqualTo(EnumSet.of(
        Action.READ, Action.SEARCH, Action.CREATE, Action.AMEND, Action.REPORT));
    assertThat(allowed(as(StaffRole.STATISTICIAN, street), archive)).isEmpty();
    assertThat(allowed(as(StaffRole.SUPERVISOR, street), archive)).isEmpty();
    assertThat(allowed(as(StaffRole.COMMITTEE_CADRE, street), archive)).isEmpty();
  }

  @Test
  void aggregatesAreForEveryoneButCommitteeCadres() {
    for (StaffRole role : StaffRole.values()) {
      Set<Action> expected = role == StaffRole.COMMITTEE_CADRE ? Set.of() : Set.of(Action.REPORT, Action.EXPORT);
      assertThat(allowed(as(role, "110105"), aggregate)).as(role.name()).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @EnumSource(Action.class)
  void everythingOutsideTheScopeIsDenied(Action action) {
    Decision d = policy.decide(as(StaffRole.PUBLIC_HEALTH_OFFICER, "110105002"), action, archive);
    assertThat(d.allowed()).isFalse();
    assertThat(d.rule()).isEqualTo("scope.outside");
  }

  @ParameterizedTest
  @EnumSource(Action.class)
  void noRolesOrUnknownRolesMeanDeny(Action action) {
    assertThat(policy.decide(Principal.of("p", Set.of(), Set.of("110105")), action, archive).allowed()).isFalse();
    assertThat(policy.decide(Principal.of("p", Set.of("janitor"), Set.of("110105")), action, archive).allowed()).isFalse();
  }

  @Test
  void specialRecordsOnlyForFamilyDoctorsAndPublicHealthOfficers() {
    Resource special = Resource.of("smi", "x", "110105001001", Sensitivity.SPECIAL);
    assertThat(policy.decide(as(StaffRole.FAMILY_DOCTOR, "110105"), Action.READ, special).allowed()).isTrue();
    assertThat(policy.decide(as(StaffRole.PUBLIC_HEALTH_OFFICER, "110105"), Action.READ, special).allowed()).isTrue();
    assertThat(policy.decide(as(StaffRole.NURSE, "110105"), Action.READ, special).allowed()).isFalse();
    assertThat(policy.decide(as(StaffRole.CENTRE_ADMINISTRATOR, "110105"), Action.READ, special).allowed()).isFalse();
  }

  @Test
  void anEmptyScopeIsAFilteredSearchAndTheAllowingRuleIsNamed() {
    Resource search = Resource.of("archive", "", "", Sensitivity.IDENTIFIED);
    Decision d = policy.decide(as(StaffRole.NURSE, "110105001"), Action.SEARCH, search);
    assertThat(d.allowed()).isTrue();
    assertThat(d.rule()).isEqualTo("role.nurse.search");
  }

  @Test
  void communityRecordsTheirOwnGrantsCommitteeCadresIncluded() {
    Resource campaign = Resource.of("sanitation.campaign", "phm-2026", "110105001001", Sensitivity.PUBLIC);
    Resource lecture = Resource.of("education.activity", "e-1", "110105001001", Sensitivity.PUBLIC);
    Set<Action> recording = EnumSet.of(Action.READ, Action.SEARCH, Action.CREATE, Action.AMEND, Action.REPORT);
    for (Resource r : java.util.List.of(campaign, lecture)) {
      assertThat(allowed(as(StaffRole.COMMITTEE_CADRE, "110105001001"), r)).isEqualTo(recording);
      assertThat(allowed(as(StaffRole.FAMILY_DOCTOR, "110105001"), r)).isEqualTo(recording);
      assertThat(allowed(as(StaffRole.NURSE, "110105001"), r)).isEqualTo(recording);
      assertThat(allowed(as(StaffRole.PUBLIC_HEALTH_OFFICER, "110105001"), r)).isEqualTo(EnumSet.allOf(Action.class));
      assertThat(allowed(as(StaffRole.STATISTICIAN, "110105001"), r))
          .isEqualTo(EnumSet.of(Action.READ, Action.SEARCH, Action.REPORT));
      assertThat(allowed(as(StaffRole.COMMITTEE_CADRE, "110105001002"), r)).as("another committee").isEmpty();
    }
    assertThat(policy.decide(as(StaffRole.COMMITTEE_CADRE, "110105001001"), Action.CREATE, campaign).rule())
        .isEqualTo("role.committee-cadre.create");
    assertThat(DefaultAccessPolicy.isCommunity("sanitation.activity")).isTrue();
    assertThat(DefaultAccessPolicy.isCommunity("archive")).isFalse();
  }

  @Test
  void aCommitteeCadreNeverReachesHealthDataWhateverTheKindOrSensitivity() {
    Principal cadre = as(StaffRole.COMMITTEE_CADRE, "110105");
    for (String kind : java.util.List.of("archive", "resident", "chronic.enrolment", "report", "sanitation.campaign",
        "education.activity", "infectious.case", "infectious.follow-up")) {
      for (Sensitivity level : java.util.List.of(Sensitivity.PARTLY_IDENTIFIED, Sensitivity.IDENTIFIED, Sensitivity.SPECIAL)) {
        assertThat(allowed(cadre, Resource.of(kind, "x", "110105001001", level))).as(kind + " " + level).isEmpty();
      }
    }
    // aggregates of health data: none either
    assertThat(allowed(cadre, Resource.of("resident", "", "", Sensitivity.DE_IDENTIFIED))).isEmpty();
    assertThat(allowed(cadre, Resource.of("chronic.enrolment", "", "110105", Sensitivity.PUBLIC))).isEmpty();
  }

  /** Every role × action × infectious-disease kind: captured and read by care staff, aggregates only for the rest. */
  @Test
  void infectiousDiseaseRecordsFollowThePersonalGrantsRoleByRoleAndActionByAction() {
    Set<Action> closing = EnumSet.of(Action.READ, Action.SEARCH, Action.CREATE, Action.AMEND, Action.CLOSE,
        Action.REPORT);
    Set<Action> care = EnumSet.of(Action.READ, Action.SEARCH, Action.CREATE, Action.AMEND, Action.REPORT);
    java.util.Map<StaffRole, Set<Action>> personal = new java.util.EnumMap<>(StaffRole.class);
    personal.put(StaffRole.FAMILY_DOCTOR, closing);
    personal.put(StaffRole.NURSE, care);
    personal.put(StaffRole.IMMUNIZATION_DOCTOR, care);
    personal.put(StaffRole.PUBLIC_HEALTH_OFFICER, EnumSet.allOf(Action.class));
    personal.put(StaffRole.CENTRE_ADMINISTRATOR, EnumSet.allOf(Action.class));
    personal.put(StaffRole.STATISTICIAN, EnumSet.noneOf(Action.class));
    personal.put(StaffRole.SUPERVISOR, EnumSet.noneOf(Action.class));
    personal.put(StaffRole.COMMITTEE_CADRE, EnumSet.noneOf(Action.class));
    for (String kind : java.util.List.of("infectious.case", "infectious.follow-up")) {
      Resource one = Resource.of(kind, "c-1", "110105001001", Sensitivity.IDENTIFIED);
      Resource figures = Resource.of(kind, "", "110105001", Sensitivity.DE_IDENTIFIED);
      assertThat(DefaultAccessPolicy.isCommunity(kind)).isFalse();
      for (StaffRole role : StaffRole.values()) {
        Principal p = as(role, "110105001");
        assertThat(allowed(p, one)).as(kind + " " + role).isEqualTo(personal.get(role));
        Set<Action> aggregates = role == StaffRole.COMMITTEE_CADRE ? Set.of() : Set.of(Action.REPORT, Action.EXPORT);
        assertThat(allowed(p, figures)).as(kind + " aggregates " + role).isEqualTo(aggregates);
        assertThat(allowed(as(role, "110105002"), one)).as(kind + " outside " + role).isEmpty();
      }
    }
  }

  @Test
  void aHostsTwoTablePolicyTreatsCommunityRecordsAsAggregates() {
    DefaultAccessPolicy host = DefaultAccessPolicy.of(java.util.Map.of(),
        java.util.Map.of(StaffRole.STATISTICIAN, Set.of(Action.REPORT)));
    Resource campaign = Resource.of("sanitation.campaign", "", "110105", Sensitivity.PUBLIC);
    assertThat(host.decide(as(StaffRole.STATISTICIAN, "110105"), Action.REPORT, campaign).allowed()).isTrue();
    assertThat(host.decide(as(StaffRole.COMMITTEE_CADRE, "110105"), Action.CREATE, campaign).allowed()).isFalse();
    DefaultAccessPolicy three = DefaultAccessPolicy.of(java.util.Map.of(), java.util.Map.of(),
        java.util.Map.of(StaffRole.COMMITTEE_CADRE, Set.of(Action.CREATE)));
    assertThat(three.decide(as(StaffRole.COMMITTEE_CADRE, "110105"), Action.CREATE, campaign).allowed()).isTrue();
    assertThat(three.decide(as(StaffRole.COMMITTEE_CADRE, "110105"), Action.READ, campaign).allowed()).isFalse();
  }
}
