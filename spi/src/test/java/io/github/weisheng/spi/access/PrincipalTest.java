package io.github.weisheng.spi.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrincipalTest {

  @Test
  void keepsIdRolesAndScopes() {
    Principal doctor = Principal.of("staff-1", Set.of("family-doctor"), Set.of("110101001001"));
    assertThat(doctor.id()).isEqualTo("staff-1");
    assertThat(doctor.hasRole("family-doctor")).isTrue();
    assertThat(doctor.hasRole("nurse")).isFalse();
  }

  @Test
  void idIsOneTo128Characters() {
    assertThat(Principal.of("s".repeat(128), Set.of(), Set.of()).id()).hasSize(128);
    assertThatThrownBy(() -> Principal.of("", Set.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Principal.of(" ", Set.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Principal.of("s".repeat(129), Set.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void coversScopesByPrefix() {
    Principal officer = Principal.of("staff-2", Set.of(), Set.of("110101001", "110102001001"));
    assertThat(officer.covers("110101001001")).isTrue();
    assertThat(officer.covers("110101001")).isTrue();
    assertThat(officer.covers("110102001001")).isTrue();
    assertThat(officer.covers("110101002001")).isFalse();
    assertThat(officer.covers("110101")).as("the county above").isFalse();
    assertThat(Principal.of("staff-3", Set.of(), Set.of()).covers("110101001001")).isFalse();
  }

  @Test
  void rejectsABlankScopeThatWouldCoverEverything() {
    assertThatThrownBy(() -> Principal.of("staff-1", Set.of(), Set.of("")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("principal.scopes");
    assertThatThrownBy(() -> Principal.of("staff-1", Set.of(), Set.of("110101", "  ")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void copiesRolesAndScopes() {
    Set<String> roles = new HashSet<>(Set.of("family-doctor"));
    Set<String> scopes = new HashSet<>(Set.of("110101001001"));
    Principal principal = Principal.of("staff-1", roles, scopes);
    roles.add("centre-admin");
    scopes.add("110102");
    assertThat(principal.roles()).containsExactly("family-doctor");
    assertThat(principal.covers("110102001001")).isFalse();
    assertThatThrownBy(() -> principal.roles().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(String.class, "staff-1");
    tester.testAllPublicStaticMethods(Principal.class);
    tester.testAllPublicConstructors(Principal.class);
    tester.testAllPublicInstanceMethods(Principal.of("staff-1", Set.of("r"), Set.of("110101")));
  }

  @Test
  void equalsFollowsEveryPart() {
    new EqualsTester()
        .addEqualityGroup(
            Principal.of("staff-1", Set.of("a", "b"), Set.of("110101")),
            Principal.of("staff-1", new HashSet<>(Set.of("b", "a")), Set.of("110101")))
        .addEqualityGroup(Principal.of("staff-2", Set.of("a", "b"), Set.of("110101")))
        .addEqualityGroup(Principal.of("staff-1", Set.of("a"), Set.of("110101")))
        .addEqualityGroup(Principal.of("staff-1", Set.of("a", "b"), Set.of("110102")))
        .testEquals();
  }

  @Test
  void printsIdRolesAndScopesInOrder() {
    assertThat(Principal.of("staff-1", Set.of("b", "a"), Set.of("2", "1")))
        .hasToString("Principal[staff-1, roles [a, b], scopes [1, 2]]");
  }
}
