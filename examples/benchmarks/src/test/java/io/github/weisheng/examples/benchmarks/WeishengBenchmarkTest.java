package io.github.weisheng.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.Recorded;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.audit.StoreAuditSink;
import io.github.weisheng.spi.storage.ScopeFilter;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs each Weisheng benchmark body once against a temporary embedded store. */
class WeishengBenchmarkTest {
  private static final int POOL = 10;
  private final WeishengBenchmark benchmark = new WeishengBenchmark();

  @Test
  void opensAndAmendsThroughTheEntryPoint() {
    WeishengBenchmark.Centre c = new WeishengBenchmark.Centre();
    c.open(POOL);
    try {
      Recorded<HealthArchive> opened = benchmark.openArchive(c);
      assertThat(opened.version()).isEqualTo(1);
      assertThat(c.doctor.archives().find(opened.value().number())).isPresent();
      assertThat(count(c, "archive")).isEqualTo(POOL + 1);

      Recorded<HealthArchive> amended = benchmark.amendForm(c);
      assertThat(amended.version()).isEqualTo(2);
      assertThat(amended.value().form()).isEqualTo(Synthetic.form(0));
      assertThat(c.pool.get(0)).isSameAs(amended);
      // the default audit sink wrote one event per open and per amendment, and the find above
      assertThat(count(c, StoreAuditSink.KIND)).isEqualTo(POOL + 3);
    } finally {
      c.close();
    }
    assertThat(Files.exists(c.folder)).isFalse();
  }

  private static long count(WeishengBenchmark.Centre c, String kind) {
    try (Stream<?> records = c.store.scan(kind, ScopeFilter.all())) {
      return records.count();
    }
  }
}
