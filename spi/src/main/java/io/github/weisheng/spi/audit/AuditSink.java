package io.github.weisheng.spi.audit;

/**
 * Receives an event for every write, every read of personal data and every export. A sink that
 * cannot record an event throws, and the request it audits fails.
 *
 * @since 0.1.0
 */
public interface AuditSink {

  /**
   * Returns the sink's unique id.
   *
   * @return the id
   */
  String id();

  /**
   * Records one event.
   *
   * @param event the event
   */
  void record(AuditEvent event);
}
