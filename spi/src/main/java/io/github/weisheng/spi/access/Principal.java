package io.github.weisheng.spi.access;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is acting, as the host's login and permission system says: a staff id, roles and the
 * org-unit scopes (code prefixes, see {@code ScopeFilter}) the principal works in.
 *
 * @param id the staff or system id (never a resident's data)
 * @param roles the role names, for example {@code family-doctor}
 * @param scopes the org-unit code prefixes the principal may work in; none may be blank (a blank
 *     prefix would cover every scope, so it is rejected rather than granting everything)
 * @since 0.1.0
 */
public record Principal(String id, Set<String> roles, Set<String> scopes) {

  /** Checks every part (no blank scope) and takes copies. */
  public Principal {
    Objects.requireNonNull(id, "id");
    if (id.isBlank() || id.length() > 128) {
      throw new IllegalArgumentException("principal.id must be 1-128 characters / 操作人标识长度须为 1-128");
    }
    roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
    scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes"));
    for (String scope : scopes) {
      if (scope.isBlank()) {
        // A blank prefix would cover every scope: fail closed, not open.
        throw new IllegalArgumentException(
            "principal.scopes must not contain a blank scope / 操作人的管辖范围不能为空白");
      }
    }
  }

  /**
   * Returns a principal.
   *
   * @param id the staff id
   * @param roles the roles
   * @param scopes the scope prefixes
   * @return the principal
   */
  public static Principal of(String id, Set<String> roles, Set<String> scopes) {
    return new Principal(id, roles, scopes);
  }

  /**
   * Tells whether the principal has a role.
   *
   * @param role the role name
   * @return true when it has it
   */
  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /**
   * Tells whether a scope lies inside one of the principal's scopes (prefix containment).
   *
   * @param scope a resource's scope
   * @return true when covered
   */
  public boolean covers(String scope) {
    Objects.requireNonNull(scope, "scope");
    for (String prefix : scopes) {
      if (scope.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "Principal[" + id + ", roles " + new TreeSet<>(roles) + ", scopes " + new TreeSet<>(scopes) + "]";
  }
}
