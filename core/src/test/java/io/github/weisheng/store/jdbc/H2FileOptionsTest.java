package io.github.weisheng.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The options of the embedded H2 file store. */
class H2FileOptionsTest {

  @Test
  @DisplayName("the defaults check every 100 commits and compact below a 50% fill rate, so the file is bounded while open")
  void defaultsCompactEveryHundredCommits() {
    assertThat(H2FileOptions.defaults().compactionInterval()).isEqualTo(100);
    assertThat(H2FileOptions.defaults().compactionFillRate()).isEqualTo(50).isEqualTo(H2FileOptions.DEFAULT_COMPACTION_FILL_RATE);
    assertThat(H2FileOptions.defaults().compactionSlackMb()).isEqualTo(64).isEqualTo(H2FileOptions.DEFAULT_COMPACTION_SLACK_MB);
    assertThat(H2FileOptions.defaults().compactsWhileOpen()).isTrue();
    assertThat(H2FileOptions.DEFAULT_COMPACTION_INTERVAL).isEqualTo(100);
  }

  @Test
  @DisplayName("compactingEvery takes any interval of at least one commit")
  void compactingEvery() {
    assertThat(H2FileOptions.compactingEvery(1).compactionInterval()).isEqualTo(1);
    assertThat(H2FileOptions.compactingEvery(5000).compactionInterval()).isEqualTo(5000);
    assertThat(H2FileOptions.compactingEvery(100)).isSameAs(H2FileOptions.defaults());
    assertThatThrownBy(() -> H2FileOptions.compactingEvery(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> H2FileOptions.compactingEvery(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("the fill rate that triggers a round is 1 to 100, kept by a page-cache copy, refused without compaction")
  void compactingBelowFillRate() {
    H2FileOptions every = H2FileOptions.compactingEvery(7).compactingBelowFillRate(100);
    assertThat(every.compactionFillRate()).isEqualTo(100);
    assertThat(every.compactionInterval()).isEqualTo(7);
    assertThat(every.withPageCache(8).compactionFillRate()).isEqualTo(100);
    assertThat(H2FileOptions.defaults().compactingBelowFillRate(1).compactionFillRate()).isEqualTo(1);
    assertThatThrownBy(() -> H2FileOptions.defaults().compactingBelowFillRate(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> H2FileOptions.defaults().compactingBelowFillRate(101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> H2FileOptions.notCompactingWhileOpen().compactingBelowFillRate(50))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> H2FileOptions.forBulkLoad().compactingBelowFillRate(50))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("the slack is 0 to 64 GB, kept by the other copies, refused without compaction")
  void compactionSlack() {
    H2FileOptions none = H2FileOptions.compactingEvery(7).withCompactionSlack(0);
    assertThat(none.compactionSlackMb()).isZero();
    assertThat(none.compactionInterval()).isEqualTo(7);
    assertThat(none.compactingBelowFillRate(100).withPageCache(8).compactionSlackMb()).isZero();
    assertThat(H2FileOptions.defaults().withCompactionSlack(65_536).compactionSlackMb()).isEqualTo(65_536);
    assertThatThrownBy(() -> H2FileOptions.defaults().withCompactionSlack(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> H2FileOptions.defaults().withCompactionSlack(65_537))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> H2FileOptions.notCompactingWhileOpen().withCompactionSlack(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("notCompactingWhileOpen has interval 0 and does not compact while open")
  void notCompactingWhileOpen() {
    assertThat(H2FileOptions.notCompactingWhileOpen().compactionInterval()).isZero();
    assertThat(H2FileOptions.notCompactingWhileOpen().compactsWhileOpen()).isFalse();
  }

  @Test
  @DisplayName("options are equal by interval, fill rate, cache and mode, and toString names them")
  void equalityAndToString() {
    new EqualsTester()
        .addEqualityGroup(H2FileOptions.defaults(), H2FileOptions.compactingEvery(100))
        .addEqualityGroup(H2FileOptions.compactingEvery(7), H2FileOptions.compactingEvery(7).compactingBelowFillRate(50))
        .addEqualityGroup(H2FileOptions.compactingEvery(7).compactingBelowFillRate(100))
        .addEqualityGroup(H2FileOptions.compactingEvery(7).withCompactionSlack(0))
        .addEqualityGroup(H2FileOptions.notCompactingWhileOpen())
        .addEqualityGroup(H2FileOptions.defaults().withPageCache(512), H2FileOptions.compactingEvery(100).withPageCache(512))
        .addEqualityGroup(H2FileOptions.forBulkLoad(), H2FileOptions.forBulkLoad().withPageCache(64))
        .addEqualityGroup(H2FileOptions.forBulkLoad().withPageCache(8))
        .testEquals();
    assertThat(H2FileOptions.compactingEvery(7)).hasToString(
        "H2FileOptions[compaction checked every 7 commits, below 50% fill rate and above 64 MB slack, page cache 64 MB]");
    assertThat(H2FileOptions.notCompactingWhileOpen().withPageCache(8))
        .hasToString("H2FileOptions[no compaction while open, page cache 8 MB]");
  }

  @Test
  @DisplayName("the page cache is H2's 64 MB by default, any size from 1 MB to 64 GB otherwise, set in the URL")
  void pageCache() {
    assertThat(H2FileOptions.defaults().pageCacheMb()).isEqualTo(64).isEqualTo(H2FileOptions.DEFAULT_PAGE_CACHE_MB);
    H2FileOptions larger = H2FileOptions.compactingEvery(7).withPageCache(512);
    assertThat(larger.pageCacheMb()).isEqualTo(512);
    assertThat(larger.compactionInterval()).isEqualTo(7);
    assertThat(H2FileOptions.defaults().withPageCache(1).pageCacheMb()).isEqualTo(1);
    assertThat(H2FileOptions.defaults().withPageCache(65_536).pageCacheMb()).isEqualTo(65_536);
    assertThatThrownBy(() -> H2FileOptions.defaults().withPageCache(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> H2FileOptions.defaults().withPageCache(65_537)).isInstanceOf(IllegalArgumentException.class);
    assertThat(H2Files.url(java.nio.file.Path.of("d"), larger)).endsWith(";CACHE_SIZE=524288");
    assertThat(H2Files.url(java.nio.file.Path.of("d"))).endsWith(";CACHE_SIZE=65536");
  }

  @Test
  @DisplayName("a bulk load leaves the writing of commits to H2's background writer and does not compact while open")
  void bulkLoad() {
    H2FileOptions bulk = H2FileOptions.forBulkLoad();
    assertThat(bulk.bulkLoad()).isTrue();
    assertThat(bulk.compactsWhileOpen()).isFalse();
    assertThat(bulk.withPageCache(8).bulkLoad()).isTrue();
    assertThat(H2FileOptions.defaults().bulkLoad()).isFalse();
    assertThat(H2Files.url(java.nio.file.Path.of("d"), bulk)).doesNotContain("WRITE_DELAY");
    assertThat(H2Files.url(java.nio.file.Path.of("d"))).contains(";WRITE_DELAY=0;");
    assertThat(bulk).hasToString("H2FileOptions[bulk load, page cache 64 MB]");
  }

  @Test
  @DisplayName("no public factory takes null")
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(H2FileOptions.class);
    new NullPointerTester().testAllPublicInstanceMethods(H2FileOptions.defaults());
  }
}
