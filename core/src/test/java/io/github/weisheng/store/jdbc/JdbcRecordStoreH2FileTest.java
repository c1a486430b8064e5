package io.github.weisheng.store.jdbc;

import static io.github.weisheng.store.jdbc.StoreFixtures.KIND;
import static io.github.weisheng.store.jdbc.StoreFixtures.commitOf;
import static io.github.weisheng.store.jdbc.StoreFixtures.create;
import static io.github.weisheng.store.jdbc.StoreFixtures.ids;
import static io.github.weisheng.store.jdbc.StoreFixtures.key;
import static io.github.weisheng.store.jdbc.StoreFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.ScopeFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC record store on H2 2.x in file mode (MVStore), the embedded default. */
class JdbcRecordStoreH2FileTest extends JdbcRecordStoreCases {
  @TempDir Path temp;
  private int databases;

  @Override
  protected RecordStore openEmptyStore() {
    return closeLater(JdbcRecordStore.openH2File(temp.resolve("store" + databases++)));
  }

  @Override
  protected TestPool newEmptyDatabase() {
    return closeLater(new TestPool(H2Files.url(temp.resolve("db" + databases++)), "sa", ""));
  }

  @Override
  protected JdbcDialect dialect() {
    return JdbcDialect.h2();
  }

  @Test
  @DisplayName("openH2File creates <dir>/weisheng.mv.db and a later open finds the data")
  void openH2FileCreatesTheFileAndKeepsData() {
    Path directory = temp.resolve("nested").resolve("weisheng-data");
    try (JdbcRecordStore store = JdbcRecordStore.openH2File(directory)) {
      assertThat(store.dialect()).isSameAs(JdbcDialect.h2());
      store.commit(commitOf(create("a", "110101", "kept")));
    }
    assertThat(Files.isRegularFile(directory.resolve("weisheng.mv.db"))).isTrue();
    assertThat(directory.resolve("weisheng.trace.db")).doesNotExist();
    try (JdbcRecordStore store = JdbcRecordStore.openH2File(directory)) {
      assertThat(text(store.read(key("a")).orElseThrow())).isEqualTo("kept");
      assertThat(ids(store.scan(KIND, ScopeFilter.all()))).containsExactly("a");
    }
  }

  @Test
  @DisplayName("a store of many small commits shrinks back to its data's size when it closes")
  void closingCompactsTheFile() throws java.io.IOException {
    Path directory = temp.resolve("compacted");
    String body = "x".repeat(600);
    try (JdbcRecordStore store = JdbcRecordStore.openH2File(directory)) {
      for (int n = 0; n < 3000; n++) {
        store.commit(commitOf(create("r" + n, "110101", body)));
      }
    }
    // each commit writes its own chunk; without compaction on close this file is ~50 times larger
    // (H2's default, 0.2 s of compaction, left over 80 MB for the same commits)
    assertThat(Files.size(directory.resolve("weisheng.mv.db"))).isLessThan(20L << 20);
  }

  @Test
  @DisplayName("openH2File refuses a directory whose path would break the JDBC URL")
  void directoryWithSemicolonIsRefused() {
    assertThatThrownBy(() -> JdbcRecordStore.openH2File(temp.resolve("a;INIT=RUNSCRIPT")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
