package io.github.weisheng.audit;

import io.github.weisheng.spi.audit.AuditSink;
import io.github.weisheng.spi.audit.AuditSinkProvider;
import java.util.Map;
import java.util.Objects;

/**
 * Provides {@link Slf4jAuditSink}s under the id {@code weisheng-slf4j}; takes no settings.
 *
 * @since 0.1.0
 */
public final class Slf4jAuditSinkProvider implements AuditSinkProvider {

  /** Creates the factory; does nothing else. */
  public Slf4jAuditSinkProvider() {}

  @Override
  public String id() {
    return Slf4jAuditSink.ID;
  }

  @Override
  public AuditSink create(Map<String, String> settings) {
    Objects.requireNonNull(settings, "settings");
    return Slf4jAuditSink.create();
  }
}
