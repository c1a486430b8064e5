package io.github.weisheng.examples.his;

import io.github.weisheng.spi.access.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A logged-in staff member of the host: Spring Security's user, carrying the Weisheng roles and the
 * org-unit scopes that become the {@link Principal} of each request.
 */
final class StaffUser implements UserDetails, CredentialsContainer {
  private static final long serialVersionUID = 1L;

  private final String username;
  private String password;
  private final Set<String> roles;
  private final Set<String> scopes;

  private StaffUser(String username, String password, Set<String> roles, Set<String> scopes) {
    this.username = username;
    this.password = password;
    this.roles = Set.copyOf(roles);
    this.scopes = Set.copyOf(scopes);
  }

  /**
   * Returns the user of an account from the configuration; checks it now, so that a bad account
   * stops the application at start rather than at the first request.
   *
   * @param account the account
   * @return the user
   */
  static StaffUser of(HisProperties.StaffAccount account) {
    Objects.requireNonNull(account.username(), "his.users[].username");
    Objects.requireNonNull(account.password(), "his.users[].password");
    StaffUser user = new StaffUser(account.username(), account.password(),
        account.roles() == null ? Set.of() : account.roles(), account.scopes() == null ? Set.of() : account.scopes());
    user.principal(); // Weisheng's own checks: id length, no blank scope
    return user;
  }

  /** @return a copy, with the password, for one authentication */
  StaffUser copy() {
    return new StaffUser(username, password, roles, scopes);
  }

  /** @return the Weisheng principal: the username as staff id, the roles and the scopes */
  Principal principal() {
    return Principal.of(username, roles, scopes);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return roles.stream().sorted().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
  }

  @Override
  public String getPassword() {
    return password;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public void eraseCredentials() {
    password = null;
  }

  @Override
  public String toString() {
    return "StaffUser[" + username + ", roles " + List.copyOf(roles) + "]";
  }
}
