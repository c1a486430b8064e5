package io.github.weisheng.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.examples.benchmarks.VendorRows.ArchiveRow;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.ScopeFilter;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs each service-writes benchmark body once against a temporary store. */
class ServiceWritesBenchmarkTest {
  private static final int POOL = 10;
  private final ServiceWritesBenchmark benchmark = new ServiceWritesBenchmark();

  @Test
  void writesWhatTheServiceWrites() {
    ServiceWritesBenchmark.Store s = new ServiceWritesBenchmark.Store();
    s.open(POOL);
    try {
      ArchiveRow opened = benchmark.openArchive(s);
      int opens = POOL + 1;
      assertThat(count(s, "archive")).isEqualTo(opens);
      assertThat(count(s, "claim.resident-archive")).isEqualTo(opens);
      assertThat(count(s, "claim.citizen-id")).isEqualTo(opens);
      assertThat(count(s, "archive.serial")).isEqualTo(Math.min(opens, Synthetic.COMMITTEES));
      assertThat(count(s, "audit")).isEqualTo(opens);
      long serial = Long.parseLong(opened.number().substring(12));
      assertThat(s.store.read(RecordKey.of("archive.serial", opened.committee())).orElseThrow().version())
          .isEqualTo(serial);

      assertThat(benchmark.amendForm(s)).isEqualTo(2);
      assertThat(s.store.history(RecordKey.of("archive", s.pool[0].number()))).hasSize(2);
      assertThat(count(s, "audit")).isEqualTo(opens + 1);
    } finally {
      s.close();
    }
    assertThat(Files.exists(s.folder)).isFalse();
  }

  @Test
  void pseudonymsAreDistinctHex() {
    Set<String> seen = new HashSet<>();
    LongStream.range(0, 10_000).mapToObj(ServiceWritesBenchmark::pseudonym).forEach(id -> {
      assertThat(id).hasSize(64).matches("[0-9a-f]{64}");
      assertThat(seen.add(id)).as("distinct").isTrue();
    });
  }

  private static long count(ServiceWritesBenchmark.Store s, String kind) {
    try (Stream<?> records = s.store.scan(kind, ScopeFilter.all())) {
      return records.count();
    }
  }
}
