package io.github.weisheng.examples.his;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.spi.access.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

/** How a staff account of the host's configuration becomes Spring's user and Weisheng's principal. */
class StaffUserTest {
  private static HisProperties.StaffAccount account(Set<String> scopes) {
    return new HisProperties.StaffAccount("dr-wang", "{bcrypt}hash", Set.of("family-doctor"), scopes);
  }

  @Test
  void theAccountBecomesAPrincipalWithItsRolesAndScopes() {
    StaffUser user = StaffUser.of(account(Set.of("110105001001", "110105001002")));

    assertThat(user.principal())
        .isEqualTo(Principal.of("dr-wang", Set.of("family-doctor"), Set.of("110105001001", "110105001002")));
    assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_family-doctor");
  }

  @Test
  void aBlankScopeStopsTheApplicationAtStartRatherThanGrantingEverything() {
    assertThatThrownBy(() -> StaffUser.of(account(Set.of(" "))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("principal.scopes");
  }

  @Test
  void anAccountWithoutScopesIsAPrincipalThatCoversNothing() {
    StaffUser user = StaffUser.of(account(null));

    assertThat(user.principal().scopes()).isEmpty();
    assertThat(user.principal().covers("110105001001")).isFalse();
  }

  @Test
  void eachAuthenticationGetsACopyWhosePasswordCanBeErased() {
    StaffUser configured = StaffUser.of(account(Set.of("110105001")));
    StaffUser authenticated = configured.copy();

    authenticated.eraseCredentials();

    assertThat(authenticated.getPassword()).isNull();
    assertThat(configured.getPassword()).isEqualTo("{bcrypt}hash");
    assertThat(configured.toString()).contains("dr-wang").doesNotContain("hash");
  }
}
