package io.github.weisheng.spi.audit;

import java.util.Map;

/**
 * A light factory of {@link AuditSink}s that {@link java.util.ServiceLoader} finds: a public
 * no-argument constructor that does no I/O.
 *
 * @since 0.1.0
 */
public interface AuditSinkProvider {

  /**
   * Returns the provider's unique id, by which a host selects it.
   *
   * @return the id
   */
  String id();

  /**
   * Creates the sink.
   *
   * @param settings the provider's settings, documented by each provider
   * @return the sink
   * @throws IllegalArgumentException when a setting is missing or malformed
   */
  AuditSink create(Map<String, String> settings);
}
