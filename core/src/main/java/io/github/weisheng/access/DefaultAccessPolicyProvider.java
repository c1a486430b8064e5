package io.github.weisheng.access;

import io.github.weisheng.spi.access.AccessPolicy;
import io.github.weisheng.spi.access.AccessPolicyProvider;
import java.util.Map;
import java.util.Objects;

/**
 * Provides {@link DefaultAccessPolicy#defaults()} under the id {@code weisheng-default}; takes no
 * settings.
 *
 * @since 0.1.0
 */
public final class DefaultAccessPolicyProvider implements AccessPolicyProvider {

  /** Creates the factory; does nothing else. */
  public DefaultAccessPolicyProvider() {}

  @Override
  public String id() {
    return DefaultAccessPolicy.ID;
  }

  @Override
  public AccessPolicy create(Map<String, String> settings) {
    Objects.requireNonNull(settings, "settings");
    return DefaultAccessPolicy.defaults();
  }
}
