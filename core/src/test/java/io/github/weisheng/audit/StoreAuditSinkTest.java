package io.github.weisheng.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.audit.AuditEvent;
import io.github.weisheng.spi.audit.Outcome;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import io.github.weisheng.store.InMemoryRecordStore;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StoreAuditSinkTest {
  private static final AuditEvent EVENT = new AuditEvent(Instant.parse("2026-06-30T04:00:00.123456Z"), "dr-wang",
      Action.AMEND, "archive", "11010500100100001", "110105001001", Outcome.SUCCEEDED, "role.family-doctor.amend");

  private final RecordStore store = InMemoryRecordStore.create();
  private final StoreAuditSink sink = StoreAuditSink.of(store);

  private List<StoredRecord> stored() {
    try (Stream<StoredRecord> s = store.scan(StoreAuditSink.KIND, ScopeFilter.all())) {
      return s.collect(Collectors.toList());
    }
  }

  @Test
  void recordAppendsTheEventInACommitOfItsOwnIndexedByPrincipalAndRecord() {
    sink.record(EVENT);

    List<StoredRecord> stored = stored();
    assertThat(stored).hasSize(1);
    StoredRecord r = stored.get(0);
    assertThat(r.key().id()).startsWith("20260630040000123456-");
    assertThat(r.reason()).isEqualTo("audit");
    assertThat(r.recordedBy()).isEqualTo("dr-wang");
    assertThat(r.index()).containsExactlyInAnyOrder(
        IndexEntry.of("principal", "dr-wang"), IndexEntry.of("record", "archive/11010500100100001"));
    assertThat(JsonCodec.create().read(r.body(), AuditEvent.class)).isEqualTo(EVENT);
  }

  @Test
  void writeForItsOwnStoreIsANewAuditRecordHoldingTheEvent() {
    RecordWrite write = sink.writeFor(EVENT, store).orElseThrow();

    assertThat(write.key().kind()).isEqualTo(StoreAuditSink.KIND);
    assertThat(write.expectedVersion()).isZero();
    assertThat(write.scope()).isEqualTo("110105001001");
    assertThat(JsonCodec.create().read(write.body(), AuditEvent.class)).isEqualTo(EVENT);
    assertThat(stored()).isEmpty(); // nothing is committed until the caller commits the write
    assertThat(sink.writeFor(EVENT, store).orElseThrow().key()).isNotEqualTo(write.key());
  }

  @Test
  void writeForAnotherStoreIsEmpty() {
    assertThat(sink.writeFor(EVENT, InMemoryRecordStore.create())).isEmpty();
  }

  @Test
  void nullsAreRejected() {
    new NullPointerTester().setDefault(RecordStore.class, store).setDefault(AuditEvent.class, EVENT)
        .testAllPublicInstanceMethods(sink);
    new NullPointerTester().testAllPublicStaticMethods(StoreAuditSink.class);
  }
}
