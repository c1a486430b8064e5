package io.github.weisheng.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.examples.benchmarks.VendorRows.ArchiveRow;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.ScopeFilter;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs each raw-store benchmark body once against a temporary store. */
class RecordStoreBenchmarkTest {
  private static final int POOL = 10;
  private final RecordStoreBenchmark benchmark = new RecordStoreBenchmark();

  @Test
  void commitsTheSameRowsAsTheBareBaseline() {
    RecordStoreBenchmark.Store s = new RecordStoreBenchmark.Store();
    s.open(POOL);
    try {
      ArchiveRow opened = benchmark.openArchive(s);
      assertThat(s.store.read(RecordKey.of("archive", opened.number())).orElseThrow().body())
          .isEqualTo(VendorRows.json(opened));
      assertThat(count(s, "resident")).isEqualTo(POOL + 1);

      assertThat(benchmark.amendForm(s)).isEqualTo(2);
      assertThat(s.store.history(RecordKey.of("archive", s.pool[0].number()))).hasSize(2);
      assertThat(count(s, "audit")).isZero();
    } finally {
      s.close();
    }
    assertThat(Files.exists(s.folder)).isFalse();
  }

  private static long count(RecordStoreBenchmark.Store s, String kind) {
    try (Stream<?> records = s.store.scan(kind, ScopeFilter.all())) {
      return records.count();
    }
  }
}
