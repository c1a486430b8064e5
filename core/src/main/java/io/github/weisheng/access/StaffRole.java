package io.github.weisheng.access;

import java.util.Optional;

/**
 * The roles of a community health centre that the {@link DefaultAccessPolicy} knows, by the role
 * names a host puts in a {@link io.github.weisheng.spi.access.Principal}'s roles (see the glossary).
 *
 * @since 0.1.0
 */
public enum StaffRole {
  /** 家庭医生 / 片医: the residents of the team's catchment. */
  FAMILY_DOCTOR("family-doctor", "家庭医生"),
  /** 护士. */
  NURSE("nurse", "护士"),
  /** 公卫专干: public-health officer. */
  PUBLIC_HEALTH_OFFICER("public-health-officer", "公卫专干"),
  /** 防保医生: immunization doctor. */
  IMMUNIZATION_DOCTOR("immunization-doctor", "防保医生"),
  /** 中心管理员: centre administrator. */
  CENTRE_ADMINISTRATOR("centre-administrator", "中心管理员"),
  /** 统计员: statistician; aggregates only, never personal rows. */
  STATISTICIAN("statistician", "统计员"),
  /** 上级主管部门: supervising authority; aggregates only. */
  SUPERVISOR("supervisor", "上级主管部门"),
  /** 居委会干部: committee cadre; campaigns only, no health data. */
  COMMITTEE_CADRE("committee-cadre", "居委会干部");

  private final String roleName;
  private final String chineseName;

  StaffRole(String roleName, String chineseName) {
    this.roleName = roleName;
    this.chineseName = chineseName;
  }

  /** @return the role name used in principals, for example {@code family-doctor} */
  public String roleName() {
    return roleName;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Returns the role with a role name.
   *
   * @param roleName the name
   * @return the role, or empty for a role this policy does not know
   */
  public static Optional<StaffRole> fromRoleName(String roleName) {
    for (StaffRole role : values()) {
      if (role.roleName.equals(roleName)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
