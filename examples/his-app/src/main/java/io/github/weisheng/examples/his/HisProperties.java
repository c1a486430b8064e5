package io.github.weisheng.examples.his;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The host's settings under {@code his.*}: the centre the work summary is written for, the resident
 * population per committee (host data: Weisheng does not count people who have no archive), the
 * staff who may log in, and optionally a fixed "today" (for demonstrations and tests).
 *
 * @param today the date to run on, or null for the system clock in China Standard Time
 * @param centre the community health service centre (社区卫生服务中心)
 * @param population the resident population (常住人口) per 12-digit committee code
 * @param users the staff accounts
 */
@ConfigurationProperties("his")
public record HisProperties(
    LocalDate today,
    Centre centre,
    @DefaultValue Map<String, Long> population,
    @DefaultValue List<StaffAccount> users) {

  /** Requires the centre, so that a missing one stops the application at start. */
  public HisProperties {
    Objects.requireNonNull(centre, "his.centre");
  }

  /**
   * The centre.
   *
   * @param name its name as printed on the work summary
   * @param institution its org-unit id in Weisheng
   * @param township the 9-digit township (街道) code of its catchment
   */
  public record Centre(String name, String institution, String township) {}

  /**
   * One staff account of the host's own login.
   *
   * @param username the login name, also the staff id Weisheng audits (never a resident's data)
   * @param password the password in Spring Security's encoded form, for example {@code {bcrypt}…}
   * @param roles Weisheng role names, for example {@code family-doctor}, {@code nurse}
   * @param scopes the org-unit code prefixes the user works in: a station's committees, a township
   */
  public record StaffAccount(String username, String password, Set<String> roles, Set<String> scopes) {}
}
