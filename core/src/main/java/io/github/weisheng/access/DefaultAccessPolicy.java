package io.github.weisheng.access;

import io.github.weisheng.spi.access.AccessPolicy;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Decision;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The built-in access policy: default deny; a request is allowed when one of the principal's
 * {@link StaffRole}s grants the action on personal health records, or — for aggregate
 * ({@link Sensitivity#PUBLIC} / {@link Sensitivity#DE_IDENTIFIED}) resources — on aggregates, and
 * the resource's scope lies inside one of the principal's scopes (org-unit code prefixes). A
 * resource with an empty scope is a search whose results the caller filters to the principal's
 * scopes.
 *
 * <p>The grants are data: {@link #defaults()} gives the table below; a host builds its own with
 * {@link #of(Map, Map)}.
 *
 * <table>
 *   <caption>Default grants on personal health records (sensitivity 3–4)</caption>
 *   <tr><th>role</th><th>actions</th></tr>
 *   <tr><td>family doctor, public-health officer, centre administrator</td>
 *       <td>read, search, create, amend, close, report; export: officer and administrator</td></tr>
 *   <tr><td>nurse, immunization doctor</td><td>read, search, create, amend, report</td></tr>
 *   <tr><td>statistician, supervisor, committee cadre</td><td>none</td></tr>
 * </table>
 *
 * <p>The personal grants cover every kind of personal record, whatever its domain: archives,
 * chronic-disease enrolments and visits, key-population cases, and the infectious-disease case
 * reports and their home follow-ups ({@code infectious.case}, {@code infectious.follow-up}, sensitivity
 * 4), which family doctors, nurses and public-health officers capture and read, committee cadres
 * never reach, and statisticians and supervisors see only as aggregates.
 *
 * <p>Aggregates (sensitivity 1–2: figures, and the de-identified members behind them): report and
 * export for every role but the committee cadre, who has no health data at all. A statistician or a
 * supervising authority thus gets a work summary and its de-identified drill-down, and exports it
 * (audited), without ever reading a personal row. Level-5 (special) records: family doctors and public-health officers only.
 *
 * <p>Community records — campaigns, activities, vector surveys, 门前三包 and health-education
 * records, the kinds starting with one of {@link #COMMUNITY_KIND_PREFIXES} at sensitivity 1–2 (no
 * personal health data) — have their own grants, so that committee cadres (居委会干部) can run
 * campaigns without reaching any health data:
 *
 * <table>
 *   <caption>Default grants on community records</caption>
 *   <tr><th>role</th><th>actions</th></tr>
 *   <tr><td>public-health officer, centre administrator</td><td>all</td></tr>
 *   <tr><td>family doctor, nurse, immunization doctor, committee cadre</td>
 *       <td>read, search, create, amend, report</td></tr>
 *   <tr><td>statistician, supervisor</td><td>read, search, report</td></tr>
 * </table>
 *
 * <p>A community kind asked about at sensitivity 3 or more is judged as a personal record.
 *
 * @since 0.1.0
 */
public final class DefaultAccessPolicy implements AccessPolicy {
  /** The policy's id. */
  public static final String ID = "weisheng-default";

  /** The kind prefixes of community records ({@code sanitation.*}, {@code education.*}). */
  public static final Set<String> COMMUNITY_KIND_PREFIXES = Set.of("sanitation.", "education.");

  private static final Set<Action> CARE = EnumSet.of(
      Action.READ, Action.SEARCH, Action.CREATE, Action.AMEND, Action.REPORT);

  private final Map<StaffRole, Set<Action>> personal;
  private final Map<StaffRole, Set<Action>> aggregate;
  private final Map<StaffRole, Set<Action>> community;

  private DefaultAccessPolicy(Map<StaffRole, Set<Action>> personal, Map<StaffRole, Set<Action>> aggregate,
      Map<StaffRole, Set<Action>> community) {
    this.personal = personal;
    this.aggregate = aggregate;
    this.community = community;
  }

  /**
   * Returns the policy with the default grants.
   *
   * @return the policy
   */
  public static DefaultAccessPolicy defaults() {
    Map<StaffRole, Set<Action>> personal = new EnumMap<>(StaffRole.class);
    Set<Action> closing = EnumSet.copyOf(CARE);
    closing.add(Action.CLOSE);
    Set<Action> exporting = EnumSet.copyOf(closing);
    exporting.add(Action.EXPORT);
    personal.put(StaffRole.FAMILY_DOCTOR, closing);
    personal.put(StaffRole.PUBLIC_HEALTH_OFFICER, exporting);
    personal.put(StaffRole.CENTRE_ADMINISTRATOR, exporting);
    personal.put(StaffRole.NURSE, CARE);
    personal.put(StaffRole.IMMUNIZATION_DOCTOR, CARE);
    Map<StaffRole, Set<Action>> aggregate = new EnumMap<>(StaffRole.class);
    for (StaffRole role : StaffRole.values()) {
      if (role != StaffRole.COMMITTEE_CADRE) {
        aggregate.put(role, EnumSet.of(Action.REPORT, Action.EXPORT));
      }
    }
    Map<StaffRole, Set<Action>> community = new EnumMap<>(StaffRole.class);
    Set<Action> recording = EnumSet.of(Action.READ, Action.SEARCH, Action.CREATE, Action.AMEND, Action.REPORT);
    community.put(StaffRole.PUBLIC_HEALTH_OFFICER, EnumSet.allOf(Action.class));
    community.put(StaffRole.CENTRE_ADMINISTRATOR, EnumSet.allOf(Action.class));
    for (StaffRole role : List.of(StaffRole.FAMILY_DOCTOR, StaffRole.NURSE, StaffRole.IMMUNIZATION_DOCTOR,
        StaffRole.COMMITTEE_CADRE)) {
      community.put(role, recording);
    }
    community.put(StaffRole.STATISTICIAN, EnumSet.of(Action.READ, Action.SEARCH, Action.REPORT));
    community.put(StaffRole.SUPERVISOR, EnumSet.of(Action.READ, Action.SEARCH, Action.REPORT));
    return of(personal, aggregate, community);
  }

  /**
   * Returns a policy with the host's own grants.
   *
   * @param personal the actions each role may take on personal records (sensitivity 3–5)
   * @param aggregate the actions each role may take on aggregates (sensitivity 1–2), and on community
   *     records
   * @return the policy
   */
  public static DefaultAccessPolicy of(Map<StaffRole, Set<Action>> personal, Map<StaffRole, Set<Action>> aggregate) {
    return of(personal, aggregate, aggregate);
  }

  /**
   * Returns a policy with the host's own grants, community records included.
   *
   * @param personal the actions each role may take on personal records (sensitivity 3–5)
   * @param aggregate the actions each role may take on aggregates (sensitivity 1–2)
   * @param community the actions each role may take on community records (see the class comment)
   * @return the policy
   */
  public static DefaultAccessPolicy of(Map<StaffRole, Set<Action>> personal, Map<StaffRole, Set<Action>> aggregate,
      Map<StaffRole, Set<Action>> community) {
    return new DefaultAccessPolicy(copy(personal), copy(aggregate), copy(community));
  }

  private static Map<StaffRole, Set<Action>> copy(Map<StaffRole, Set<Action>> grants) {
    Map<StaffRole, Set<Action>> copy = new EnumMap<>(StaffRole.class);
    grants.forEach((role, actions) -> copy.put(Objects.requireNonNull(role), Set.copyOf(actions)));
    return Map.copyOf(copy);
  }

  /**
   * Tells whether a kind is a community record's.
   *
   * @param kind the record kind
   * @return true for {@code sanitation.*} and {@code education.*}
   */
  public static boolean isCommunity(String kind) {
    return COMMUNITY_KIND_PREFIXES.stream().anyMatch(kind::startsWith);
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
    if (!resource.scope().isEmpty() && !principal.covers(resource.scope())) {
      return Decision.deny("scope.outside");
    }
    boolean isAggregate = resource.sensitivity().level() <= Sensitivity.DE_IDENTIFIED.level();
    Map<StaffRole, Set<Action>> grants = !isAggregate ? personal : isCommunity(resource.kind()) ? community : aggregate;
    for (String name : principal.roles()) {
      var role = StaffRole.fromRoleName(name);
      if (role.isEmpty() || !grants.getOrDefault(role.get(), Set.of()).contains(action)) {
        continue;
      }
      if (resource.sensitivity() == Sensitivity.SPECIAL
          && role.get() != StaffRole.FAMILY_DOCTOR && role.get() != StaffRole.PUBLIC_HEALTH_OFFICER) {
        continue;
      }
      return Decision.allow("role." + name + "." + action.name().toLowerCase(java.util.Locale.ROOT));
    }
    return Decision.deny("role.none");
  }
}
