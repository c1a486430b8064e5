package io.github.weisheng.examples.plugins.access;

import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.access.StaffRole;
import io.github.weisheng.spi.access.AccessPolicy;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Decision;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A host's access policy (权限策略): the host's principals speak its own words (job titles,
 * departments, night duty; see {@link StaffDirectory}), the built-in role matrix ({@link
 * DefaultAccessPolicy}, or any policy given) decides on the Weisheng roles those words carry, and two
 * rules of the host's own narrow what it allows:
 *
 * <ul>
 *   <li><b>night duty is read-only</b> ({@value #NIGHT_DUTY_RULE}): staff on night duty (夜班) may
 *       read, search and report, but not create, amend, close or export (the actions are the
 *       directory's {@link StaffDirectory#nightDutyActions() data});
 *   <li><b>the VIP catchment needs clearance</b> ({@value #VIP_RULE}): personal data (sensitivity 3
 *       or more) of residents of the VIP catchment (保健对象片区) only reaches staff of a cleared
 *       department. A search or report over a wider area (an empty or shorter scope) is refused to an
 *       uncleared principal whose own scopes reach into the catchment, because the caller filters its
 *       results by the principal's scopes alone and would let the VIP residents through.
 * </ul>
 *
 * <p>Default deny: a principal without scopes is refused everything ({@value #NO_SCOPE_RULE}), a
 * resource outside the principal's scopes is refused ({@value #OUTSIDE_RULE}), and the built-in policy
 * refuses what no role grants. An allowed decision keeps the built-in policy's rule (for example
 * {@code role.family-doctor.read}), so the audit trail names the grant.
 *
 * @since 0.1.0
 */
public final class HostAccessPolicy implements AccessPolicy {
  /** The policy's id. */
  public static final String ID = "example-host";
  /** The rule refusing a principal without scopes. */
  public static final String NO_SCOPE_RULE = "host.scope.none";
  /** The rule refusing a resource outside the principal's scopes. */
  public static final String OUTSIDE_RULE = "scope.outside";
  /** The rule refusing writes on night duty. */
  public static final String NIGHT_DUTY_RULE = "host.night-duty.read-only";
  /** The rule refusing the VIP catchment to uncleared staff. */
  public static final String VIP_RULE = "host.vip.clearance-required";

  private final StaffDirectory directory;
  private final AccessPolicy builtIn;

  private HostAccessPolicy(StaffDirectory directory, AccessPolicy builtIn) {
    this.directory = directory;
    this.builtIn = builtIn;
  }

  /**
   * Returns the policy over the built-in role matrix ({@link DefaultAccessPolicy#defaults()}).
   *
   * @param directory the host's staff directory
   * @return the policy
   */
  public static HostAccessPolicy of(StaffDirectory directory) {
    return of(directory, DefaultAccessPolicy.defaults());
  }

  /**
   * Returns the policy over another role matrix that knows Weisheng's role names (for example a
   * {@link DefaultAccessPolicy#of} with the host's own grants).
   *
   * @param directory the host's staff directory
   * @param builtIn the policy deciding on the translated Weisheng roles
   * @return the policy
   */
  public static HostAccessPolicy of(StaffDirectory directory, AccessPolicy builtIn) {
    return new HostAccessPolicy(Objects.requireNonNull(directory, "directory"), Objects.requireNonNull(builtIn, "builtIn"));
  }

  /** @return the staff directory */
  public StaffDirectory directory() {
    return directory;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Decision decide(Principal principal, Action action, Resource resource) {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    if (principal.scopes().isEmpty()) {
      return Decision.deny(NO_SCOPE_RULE);
    }
    if (!resource.scope().isEmpty() && !principal.covers(resource.scope())) {
      return Decision.deny(OUTSIDE_RULE);
    }
    Set<String> roles = directory.rolesOf(principal).stream().map(StaffRole::roleName).collect(Collectors.toSet());
    Decision decision = builtIn.decide(Principal.of(principal.id(), roles, principal.scopes()), action, resource);
    if (!decision.allowed()) {
      return decision;
    }
    if (isPersonal(resource) && reachesVipCatchment(principal, resource) && !directory.clearedForVip(principal)) {
      return Decision.deny(VIP_RULE);
    }
    if (directory.onNightDuty(principal) && !directory.nightDutyActions().contains(action)) {
      return Decision.deny(NIGHT_DUTY_RULE);
    }
    return decision;
  }

  private static boolean isPersonal(Resource resource) {
    return resource.sensitivity().level() >= Sensitivity.PARTLY_IDENTIFIED.level();
  }

  /**
   * Tells whether a request may touch a record of the VIP catchment: the resource lies inside it, or
   * the resource covers it (a wider area, or every area) and one of the principal's scopes reaches
   * into it.
   */
  private boolean reachesVipCatchment(Principal principal, Resource resource) {
    String scope = resource.scope();
    for (String vip : directory.vipScopes()) {
      if (!scope.isEmpty() && scope.startsWith(vip)) {
        return true;
      }
      if (vip.startsWith(scope)) {
        for (String own : principal.scopes()) {
          if (vip.startsWith(own) || own.startsWith(vip)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "HostAccessPolicy[" + directory + ", over " + builtIn.id() + "]";
  }
}
