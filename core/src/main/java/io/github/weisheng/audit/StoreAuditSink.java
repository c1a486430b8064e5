package io.github.weisheng.audit;

import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.spi.audit.AuditEvent;
import io.github.weisheng.spi.audit.AuditSink;
import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.RecordWrite;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The default audit sink (审计留痕): appends each event to the record store as a record of kind
 * {@code audit} whose id starts with the event time (so a scan returns events in time order),
 * indexed by principal and by record. Events hold ids and rule names only.
 *
 * <p><b>In the operation's own commit.</b> When this sink stores into the very store a write goes
 * to, Weisheng's services do not call {@link #record} for the write's success: they add {@link
 * #writeFor(AuditEvent, RecordStore)} to the write's own {@link Commit}, so the change and its
 * {@code SUCCEEDED} event are committed together or not at all (one commit instead of two).
 * Denials, reads and failures, which have no commit of their own, still go through {@link #record}.
 *
 * @since 0.1.0
 */
public final class StoreAuditSink implements AuditSink {
  /** The record kind of audit events. */
  public static final String KIND = "audit";
  /** The sink's id. */
  public static final String ID = "weisheng-store";
  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSSSSS")
      .withZone(java.time.ZoneOffset.UTC);

  private final RecordStore store;
  private final JsonCodec json = JsonCodec.create();

  private StoreAuditSink(RecordStore store) {
    this.store = store;
  }

  /**
   * Returns a sink appending to a store.
   *
   * @param store the store
   * @return the sink
   */
  public static StoreAuditSink of(RecordStore store) {
    return new StoreAuditSink(Objects.requireNonNull(store, "store"));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void record(AuditEvent event) {
    Objects.requireNonNull(event, "event");
    store.commit(Commit.of(event.principalId(), "audit", event.at(), List.of(write(event))));
  }

  /**
   * Returns the write that records an event inside a commit to {@code target}, when this sink
   * appends to that same store (compared by identity); empty otherwise, and the caller then
   * records the event with {@link #record}. The write creates a new {@code audit} record, so it
   * can never make a commit stale.
   *
   * @param event the event
   * @param target the store the caller is about to commit to
   * @return the write, or empty when this sink keeps its events in another store
   * @since 0.1.0
   */
  public Optional<RecordWrite> writeFor(AuditEvent event, RecordStore target) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(target, "target");
    return target == store ? Optional.of(write(event)) : Optional.empty();
  }

  private RecordWrite write(AuditEvent event) {
    String id = ID_TIME.format(event.at()) + "-" + UUID.randomUUID();
    String scope = event.scope().isEmpty() ? "-" : event.scope();
    Set<IndexEntry> index = new HashSet<>();
    index.add(IndexEntry.of("principal", event.principalId()));
    if (!event.recordId().isEmpty()) {
      index.add(IndexEntry.of("record", event.kind() + "/" + event.recordId()));
    }
    return RecordWrite.create(RecordKey.of(KIND, id), scope, json.write(event), index);
  }
}
