package io.github.weisheng.audit;

import io.github.weisheng.spi.audit.AuditEvent;
import io.github.weisheng.spi.audit.AuditSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An audit sink that writes one line per event to the SLF4J logger {@code weisheng.audit} (at INFO;
 * denials at WARN). Events hold ids and rule names only, never personal data.
 *
 * @since 0.1.0
 */
public final class Slf4jAuditSink implements AuditSink {
  /** The sink's id. */
  public static final String ID = "weisheng-slf4j";

  private final Logger log;

  private Slf4jAuditSink(Logger log) {
    this.log = log;
  }

  /**
   * Returns a sink writing to the logger {@code weisheng.audit}.
   *
   * @return the sink
   */
  public static Slf4jAuditSink create() {
    return new Slf4jAuditSink(LoggerFactory.getLogger("weisheng.audit"));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void record(AuditEvent e) {
    String line = "{} {} {} {}/{} scope={} {} ({})";
    Object[] args = {e.at(), e.principalId(), e.action(), e.kind(), e.recordId(), e.scope(), e.outcome(), e.detail()};
    if (e.outcome() == io.github.weisheng.spi.audit.Outcome.DENIED) {
      log.warn(line, args);
    } else {
      log.info(line, args);
    }
  }
}
