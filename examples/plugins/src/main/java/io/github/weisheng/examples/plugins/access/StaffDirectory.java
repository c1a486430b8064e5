package io.github.weisheng.examples.plugins.access;

import io.github.weisheng.access.StaffRole;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Principal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A host's staff directory (人员花名册) as an access policy needs it: which Weisheng {@link StaffRole}s
 * each of the host's job titles (岗位/职称) and departments (科室) carries, which team scopes (片区,
 * org-unit code prefixes) each department works in, the VIP catchment (保健对象片区, for example the
 * residents' committee of a retired cadres' sanatorium 干休所) whose residents' records only cleared
 * departments may see, and what staff on night duty (夜班/值班) may do.
 *
 * <p>The host's login turns a member of staff into a {@link Principal} with {@link #principal}: the
 * principal's roles carry the host's own words ({@code title:全科医师}, {@code dept:全科一团队},
 * {@code duty:night}) and its scopes are the department's team scopes. {@link HostAccessPolicy}
 * translates those words back with this directory. Everything here is the host's data, not an
 * official rule: {@link #sample()} is a made-up centre to copy from, and {@link #builder()} builds the
 * host's own.
 *
 * @since 0.1.0
 */
public final class StaffDirectory {
  /** The prefix of a principal role naming the host's job title. */
  public static final String TITLE_PREFIX = "title:";
  /** The prefix of a principal role naming the host's department. */
  public static final String DEPARTMENT_PREFIX = "dept:";
  /** The principal role of staff on night duty. */
  public static final String NIGHT_DUTY_ROLE = "duty:night";

  private static final Pattern SCOPE = Pattern.compile("\\d{2,12}");

  private final Map<String, Set<StaffRole>> titles;
  private final Map<String, Department> departments;
  private final Set<String> vipScopes;
  private final Set<Action> nightDutyActions;

  /** One department: the roles it carries, its team scopes, whether it may see the VIP catchment. */
  private record Department(Set<StaffRole> roles, Set<String> teamScopes, boolean vipCleared) {}

  private StaffDirectory(Builder b) {
    this.titles = Map.copyOf(b.titles);
    this.departments = Map.copyOf(b.departments);
    this.vipScopes = Set.copyOf(b.vipScopes);
    this.nightDutyActions = Set.copyOf(b.nightDutyActions == null ? defaultNightDutyActions() : b.nightDutyActions);
  }

  /**
   * Returns the directory of a made-up centre on street 110105001 (朝阳区某街道): committees 001–003
   * served by two family-doctor teams, committee 009 the VIP catchment (a retired cadres'
   * sanatorium) served by the cadre health-care department, and centre-wide departments.
   *
   * <table>
   *   <caption>Sample job titles</caption>
   *   <tr><th>title</th><th>Weisheng role</th></tr>
   *   <tr><td>全科医师, 全科主治医师</td><td>family doctor</td></tr>
   *   <tr><td>社区护士, 主管护师</td><td>nurse</td></tr>
   *   <tr><td>预防接种医师</td><td>immunization doctor</td></tr>
   *   <tr><td>公卫医师</td><td>public-health officer</td></tr>
   *   <tr><td>统计员</td><td>statistician</td></tr>
   *   <tr><td>系统管理员</td><td>centre administrator</td></tr>
   * </table>
   *
   * <table>
   *   <caption>Sample departments</caption>
   *   <tr><th>department</th><th>team scopes</th><th>VIP catchment</th></tr>
   *   <tr><td>全科一团队</td><td>110105001001, 110105001002</td><td>no</td></tr>
   *   <tr><td>全科二团队</td><td>110105001003</td><td>no</td></tr>
   *   <tr><td>预防保健科</td><td>110105001001, 110105001002, 110105001003</td><td>no</td></tr>
   *   <tr><td>干部保健科</td><td>110105001009</td><td>yes</td></tr>
   *   <tr><td>公共卫生科</td><td>110105001 (the whole street)</td><td>yes</td></tr>
   *   <tr><td>信息科</td><td>110105001 (the whole street)</td><td>no</td></tr>
   * </table>
   *
   * <p>Night duty may read, search and report (see {@link Builder#nightDutyActions}).
   *
   * @return the sample directory
   */
  public static StaffDirectory sample() {
    return builder()
        .title("全科医师", StaffRole.FAMILY_DOCTOR)
        .title("全科主治医师", StaffRole.FAMILY_DOCTOR)
        .title("社区护士", StaffRole.NURSE)
        .title("主管护师", StaffRole.NURSE)
        .title("预防接种医师", StaffRole.IMMUNIZATION_DOCTOR)
        .title("公卫医师", StaffRole.PUBLIC_HEALTH_OFFICER)
        .title("统计员", StaffRole.STATISTICIAN)
        .title("系统管理员", StaffRole.CENTRE_ADMINISTRATOR)
        .department("全科一团队", Set.of("110105001001", "110105001002"))
        .department("全科二团队", Set.of("110105001003"))
        .department("预防保健科", Set.of("110105001001", "110105001002", "110105001003"))
        .vipDepartment("干部保健科", Set.of("110105001009"))
        .vipDepartment("公共卫生科", Set.of("110105001"))
        .department("信息科", Set.of("110105001"))
        .vipCatchment("110105001009")
        .build();
  }

  /**
   * Returns a builder of the host's own directory.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static Set<Action> defaultNightDutyActions() {
    return EnumSet.of(Action.READ, Action.SEARCH, Action.REPORT);
  }

  /**
   * Returns the principal the host's login hands to {@code CommunityHealth.as(...)} for a member of
   * staff: roles {@code title:<title>}, {@code dept:<department>} and, on night duty, {@value
   * #NIGHT_DUTY_ROLE}; scopes the department's team scopes. A department the directory does not know
   * gives no scopes, so the principal is denied everything (fail closed).
   *
   * @param staffId the host's staff id (工号)
   * @param title the job title as the host's HR system writes it
   * @param department the department as the host's HR system writes it
   * @param onNightDuty whether the member is on night duty now (the host's roster says so)
   * @return the principal
   */
  public Principal principal(String staffId, String title, String department, boolean onNightDuty) {
    Objects.requireNonNull(staffId, "staffId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(department, "department");
    Set<String> roles = new LinkedHashSet<>(List.of(TITLE_PREFIX + title, DEPARTMENT_PREFIX + department));
    if (onNightDuty) {
      roles.add(NIGHT_DUTY_ROLE);
    }
    Department known = departments.get(department);
    return Principal.of(staffId, roles, known == null ? Set.of() : known.teamScopes());
  }

  /**
   * Returns the Weisheng roles a principal's host roles carry: those of every known job title and
   * department among its roles. Roles in any other words (Weisheng's own role names included) carry
   * nothing.
   *
   * @param principal the principal
   * @return the Weisheng roles, possibly none
   */
  public Set<StaffRole> rolesOf(Principal principal) {
    Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
    for (String role : principal.roles()) {
      if (role.startsWith(TITLE_PREFIX)) {
        roles.addAll(titles.getOrDefault(role.substring(TITLE_PREFIX.length()), Set.of()));
      } else if (role.startsWith(DEPARTMENT_PREFIX)) {
        Department department = departments.get(role.substring(DEPARTMENT_PREFIX.length()));
        if (department != null) {
          roles.addAll(department.roles());
        }
      }
    }
    return roles;
  }

  /**
   * Tells whether one of a principal's departments is cleared for the VIP catchment.
   *
   * @param principal the principal
   * @return true when cleared
   */
  public boolean clearedForVip(Principal principal) {
    for (String role : principal.roles()) {
      if (role.startsWith(DEPARTMENT_PREFIX)) {
        Department department = departments.get(role.substring(DEPARTMENT_PREFIX.length()));
        if (department != null && department.vipCleared()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Tells whether a principal is on night duty.
   *
   * @param principal the principal
   * @return true when it has the {@value #NIGHT_DUTY_ROLE} role
   */
  public boolean onNightDuty(Principal principal) {
    return principal.hasRole(NIGHT_DUTY_ROLE);
  }

  /** @return the scopes (code prefixes) of the VIP catchment */
  public Set<String> vipScopes() {
    return vipScopes;
  }

  /** @return what staff on night duty may do (the rest they may not) */
  public Set<Action> nightDutyActions() {
    return nightDutyActions;
  }

  /**
   * Returns a copy whose VIP catchment is the given scopes instead.
   *
   * @param scopes the scopes, code prefixes of 2 to 12 digits
   * @return the copy
   * @throws IllegalArgumentException when a scope is malformed
   */
  public StaffDirectory withVipCatchment(Set<String> scopes) {
    Builder b = new Builder();
    b.titles.putAll(titles);
    b.departments.putAll(departments);
    b.nightDutyActions = nightDutyActions;
    scopes.forEach(b::vipCatchment);
    return b.build();
  }

  @Override
  public String toString() {
    return "StaffDirectory[titles " + new TreeSet<>(titles.keySet()) + ", departments "
        + new TreeSet<>(departments.keySet()) + ", VIP catchment " + new TreeSet<>(vipScopes) + "]";
  }

  /**
   * Builds a {@link StaffDirectory}. A title or department given twice, or a setting given twice, is
   * an {@link IllegalStateException}; a blank name or a malformed scope an {@link
   * IllegalArgumentException}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Map<String, Set<StaffRole>> titles = new LinkedHashMap<>();
    private final Map<String, Department> departments = new LinkedHashMap<>();
    private final Set<String> vipScopes = new LinkedHashSet<>();
    private @Nullable Set<Action> nightDutyActions;

    private Builder() {}

    /**
     * Maps a job title to the Weisheng roles it carries.
     *
     * @param title the title as the host writes it
     * @param roles the roles
     * @return this builder
     */
    public Builder title(String title, StaffRole... roles) {
      Objects.requireNonNull(roles, "roles");
      name(title, "title");
      Set<StaffRole> set = EnumSet.noneOf(StaffRole.class);
      for (StaffRole role : roles) {
        set.add(Objects.requireNonNull(role, "role"));
      }
      Set<StaffRole> earlier = titles.putIfAbsent(title, Set.copyOf(set));
      if (earlier != null) {
        throw new IllegalStateException("title " + title + " was already mapped to " + earlier);
      }
      return this;
    }

    /**
     * Adds a department, its team scopes and the roles it carries besides its members' titles.
     *
     * @param department the department as the host writes it
     * @param teamScopes the org-unit code prefixes it works in, at least one
     * @param roles the roles every member has through the department, often none
     * @return this builder
     */
    public Builder department(String department, Set<String> teamScopes, StaffRole... roles) {
      return add(department, teamScopes, false, roles);
    }

    /**
     * Adds a department cleared for the VIP catchment.
     *
     * @param department the department
     * @param teamScopes its team scopes
     * @param roles the roles it carries
     * @return this builder
     */
    public Builder vipDepartment(String department, Set<String> teamScopes, StaffRole... roles) {
      return add(department, teamScopes, true, roles);
    }

    /**
     * Adds a scope (a committee code, or a longer prefix) to the VIP catchment.
     *
     * @param scope the code prefix, 2 to 12 digits
     * @return this builder
     */
    public Builder vipCatchment(String scope) {
      vipScopes.add(scope(scope));
      return this;
    }

    /**
     * Sets what staff on night duty may do (default: read, search and report).
     *
     * @param actions the actions
     * @return this builder
     */
    public Builder nightDutyActions(Set<Action> actions) {
      Objects.requireNonNull(actions, "actions");
      if (nightDutyActions != null) {
        throw new IllegalStateException("nightDutyActions was already set to " + nightDutyActions);
      }
      nightDutyActions = Set.copyOf(actions);
      return this;
    }

    /**
     * Builds the directory.
     *
     * @return the directory
     */
    public StaffDirectory build() {
      return new StaffDirectory(this);
    }

    private Builder add(String department, Set<String> teamScopes, boolean vipCleared, StaffRole... roles) {
      Objects.requireNonNull(teamScopes, "teamScopes");
      Objects.requireNonNull(roles, "roles");
      name(department, "department");
      if (teamScopes.isEmpty()) {
        throw new IllegalArgumentException("department " + department + " needs at least one team scope");
      }
      Set<String> scopes = new LinkedHashSet<>();
      teamScopes.forEach(s -> scopes.add(scope(s)));
      Set<StaffRole> set = EnumSet.noneOf(StaffRole.class);
      for (StaffRole role : roles) {
        set.add(Objects.requireNonNull(role, "role"));
      }
      Department earlier = departments.putIfAbsent(department, new Department(Set.copyOf(set), Set.copyOf(scopes), vipCleared));
      if (earlier != null) {
        throw new IllegalStateException("department " + department + " was already added as " + earlier);
      }
      return this;
    }

    private static void name(String name, String what) {
      Objects.requireNonNull(name, what);
      if (name.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
    }

    private static String scope(String scope) {
      Objects.requireNonNull(scope, "scope");
      if (!SCOPE.matcher(scope).matches()) {
        throw new IllegalArgumentException("a scope must be an org-unit code prefix of 2 to 12 digits");
      }
      return scope;
    }
  }
}
