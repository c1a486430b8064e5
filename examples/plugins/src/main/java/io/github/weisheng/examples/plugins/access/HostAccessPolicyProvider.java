package io.github.weisheng.examples.plugins.access;

import io.github.weisheng.spi.access.AccessPolicy;
import io.github.weisheng.spi.access.AccessPolicyProvider;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The light factory that {@link java.util.ServiceLoader} finds for the {@link HostAccessPolicy}
 * (主机权限策略), under the id {@value HostAccessPolicy#ID}. It creates the policy over the {@link
 * StaffDirectory#sample() sample directory}; a real host would read its own directory here (from its
 * HR system, lazily, in {@link #create}, never in the constructor).
 *
 * <p>Settings: {@value #VIP_SCOPES} (optional), the VIP catchment as comma-separated org-unit code
 * prefixes, replacing the sample's. Any other key is refused, so a misspelt setting cannot be
 * silently ignored.
 *
 * @since 0.1.0
 */
public final class HostAccessPolicyProvider implements AccessPolicyProvider {
  /** The setting naming the VIP catchment's scopes, comma-separated. */
  public static final String VIP_SCOPES = "vip-scopes";

  /** Creates the factory; does nothing else (no I/O). */
  public HostAccessPolicyProvider() {}

  /** Returns {@value HostAccessPolicy#ID}. */
  @Override
  public String id() {
    return HostAccessPolicy.ID;
  }

  /**
   * Creates the policy.
   *
   * @param settings {@value #VIP_SCOPES} or nothing
   * @return the policy
   * @throws IllegalArgumentException on an unknown key or a malformed scope
   */
  @Override
  public AccessPolicy create(Map<String, String> settings) {
    Objects.requireNonNull(settings, "settings");
    Set<String> unknown = new TreeSet<>(settings.keySet());
    unknown.remove(VIP_SCOPES);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown settings " + unknown + " of access-policy provider '"
          + HostAccessPolicy.ID + "'; it knows [" + VIP_SCOPES + "]");
    }
    StaffDirectory directory = StaffDirectory.sample();
    String vip = settings.get(VIP_SCOPES);
    if (vip != null) {
      Set<String> scopes = new LinkedHashSet<>();
      Arrays.stream(vip.split(",", -1)).map(String::trim).forEach(scopes::add);
      directory = directory.withVipCatchment(scopes);
    }
    return HostAccessPolicy.of(directory);
  }
}
