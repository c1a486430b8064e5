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
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The default audit sink: appends each event to the record store as a record of kind {@code audit}
 * whose id starts with the event time (so a scan returns events in time order), indexed by principal
 * and by record. Events hold ids and rule names only.
 *
 * @since 0.1.0
 */
public final class StoreAuditSink implements AuditSink {
  /** The record kind of audit events. */
  public static final String KIND = "audit";
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
    return "weisheng-store";
  }

  @Override
  public void record(AuditEvent event) {
    String id = ID_TIME.format(event.at()) + "-" + UUID.randomUUID();
    String scope = event.scope().isEmpty() ? "-" : event.scope();
    Set<IndexEntry> index = new java.util.HashSet<>();
    index.add(IndexEntry.of("principal", event.principalId()));
    if (!event.recordId().isEmpty()) {
      index.add(IndexEntry.of("record", event.kind() + "/" + event.recordId()));
    }
    store.commit(Commit.of(event.principalId(), "audit", event.at(),
        List.of(RecordWrite.create(RecordKey.of(KIND, id), scope, json.write(event), index))));
  }
}
