package io.github.weisheng.spi.access;

import java.util.Map;

/**
 * A light factory of {@link AccessPolicy}s that {@link java.util.ServiceLoader} finds: a public
 * no-argument constructor that does no I/O.
 *
 * @since 0.1.0
 */
public interface AccessPolicyProvider {

  /**
   * Returns the provider's unique id, by which a host selects it.
   *
   * @return the id
   */
  String id();

  /**
   * Creates the policy.
   *
   * @param settings the provider's settings, documented by each provider
   * @return the policy
   * @throws IllegalArgumentException when a setting is missing or malformed
   */
  AccessPolicy create(Map<String, String> settings);
}
