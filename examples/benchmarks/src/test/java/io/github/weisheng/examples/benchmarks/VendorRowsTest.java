package io.github.weisheng.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.examples.benchmarks.VendorRows.ArchiveRow;
import io.github.weisheng.examples.benchmarks.VendorRows.FormRow;
import io.github.weisheng.examples.benchmarks.VendorRows.ResidentRow;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.store.InMemoryRecordStore;
import org.junit.jupiter.api.Test;

/** The baselines' rows carry what Weisheng stores, in bodies of about the same size. */
class VendorRowsTest {
  private final InMemoryRecordStore store = InMemoryRecordStore.create();
  private final HealthSession doctor = CommunityHealth.builder()
      .store(store)
      .accessPolicy(DefaultAccessPolicy.defaults())
      .build()
      .as(Synthetic.DOCTOR);

  @Test
  void bodiesAreTheSizeOfWeishengs() {
    Synthetic.Person p = Synthetic.person(4242);
    Recorded<HealthArchive> opened = doctor.archives().open(Synthetic.newArchive(p));
    String number = opened.value().number().value();
    ArchiveRow row = ArchiveRow.opened(number, p);

    assertThat(VendorRows.json(ResidentRow.of(p)).length)
        .isCloseTo(body(RecordKey.of("resident", p.id())).length, within(20));
    assertThat(VendorRows.json(row).length).isCloseTo(body(RecordKey.of("archive", number)).length, within(40));

    doctor.archives().amendForm(opened.value().number(), 1, Synthetic.form(9), Synthetic.AMEND_REASON);
    assertThat(VendorRows.json(row.withForm(FormRow.of(9))).length)
        .isCloseTo(body(RecordKey.of("archive", number)).length, within(40));
  }

  @Test
  void indexEntriesAreWeishengs() {
    Synthetic.Person p = Synthetic.person(77);
    String number = doctor.archives().open(Synthetic.newArchive(p)).value().number().value();

    assertThat(store.read(RecordKey.of("resident", p.id())).orElseThrow().index())
        .isEqualTo(VendorRows.residentIndex(p));
    assertThat(store.read(RecordKey.of("archive", number)).orElseThrow().index())
        .isEqualTo(ArchiveRow.opened(number, p).index());
  }

  private byte[] body(RecordKey key) {
    return store.read(key).orElseThrow().body();
  }
}
