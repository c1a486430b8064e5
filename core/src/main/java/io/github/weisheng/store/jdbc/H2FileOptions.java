package io.github.weisheng.store.jdbc;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of the embedded H2 file store (嵌入式 H2 文件存储选项), {@link
 * JdbcRecordStore#openH2File(java.nio.file.Path, H2FileOptions)}: how often the open store compacts
 * its file.
 *
 * <p>Why: the store writes each commit to the file before {@link JdbcRecordStore#commit} returns
 * ({@code WRITE_DELAY=0}), and then H2 runs no background writer, which is what otherwise rewrites
 * half-empty chunks of its file. Every commit appends a new chunk of copied B-tree pages (about
 * 125 KB for an archive opening), and without compaction the file grows by that much per commit
 * until the store closes: 6,000 archive openings left 759 MB open, 32 MB once closed (measured,
 * {@code docs/benchmarks.md}, "File size while the store is open"). So the open store checks its
 * file every {@value #DEFAULT_COMPACTION_INTERVAL} commits and compacts it when less than {@value
 * #DEFAULT_COMPACTION_FILL_RATE}% of the bytes in its chunks, and at least {@value
 * #DEFAULT_COMPACTION_SLACK_MB} MB, are no longer live: the file stays within about twice its live
 * data, or its live data plus 64 MB for a small store, however long the store is open. The same
 * 6,000 openings peaked at 104–121 MB while open (64 MB with a round at every check, 794 MB
 * without compaction).
 *
 * <p>The trade-off: a check costs nothing measurable (H2's own bookkeeping), but a round forces the
 * file to the device, frees the chunks that no longer hold live data, rewrites the live pages of the
 * emptiest chunks (at most 40 KB per commit of the interval), moves chunks from the end of the file
 * into the freed space (at most 640 KB per commit of the interval) and truncates the file. It runs
 * in the commit that completes the check, inside the store's commit lock, so that commit takes
 * longer and other commits to the store wait for it. Acknowledged commits are on disk before a
 * round starts, and a {@code kill -9} during or after a round loses no acknowledged commit (the
 * crash test kills the store during rounds). Rounds cost write time: measured on a quiet machine
 * ({@code docs/benchmarks.md}), a round at every check of 100 commits made an amendment cost 1.3×
 * the CPU and 1.9× the wall time of no compaction; with the defaults an amendment costs what it
 * costs without compaction and an archive opening about 1.14× the CPU and 1.35× the wall time (a
 * round about every 500 openings). {@link #withCompactionSlack(int)} and {@link
 * #compactingBelowFillRate(int)} trade file size for write time.
 * A host that only bulk-loads and closes soon may turn compaction off ({@link
 * #notCompactingWhileOpen()}); the file then shrinks only when the store closes.
 *
 * <p><b>Bulk load.</b> {@link #forBulkLoad()} opens the same file for loading many records at
 * once (an import, a generated test community): H2 writes commits from its background writer
 * (every half second by default) instead of before each commit returns, which also compacts the
 * file as it goes, and the store compacts the file fully when it closes ({@code SHUTDOWN
 * COMPACT}). A crash may lose the last half second's commits, so it is only for a load that can be
 * run again; then open the file again with the defaults. Measured by the quickstart: 20,000
 * residents left a 2.9 GB file open and 0.27 GB after close, in about 9 s of compaction.
 *
 * <p><b>Page cache.</b> H2 keeps recently read pages of the file decoded in memory, {@value
 * #DEFAULT_PAGE_CACHE_MB} MB by default (H2's own default, set explicitly at every opening: a size
 * set once would otherwise stay in the file). Reports read many records by index, one child or
 * patient at a time, and a larger cache saves re-reading and decoding their pages: the district
 * benchmark's summary of 10,000 residents took 2.0–2.5 s of CPU with 64 MB and 1.5–2.0 s with 512
 * MB ({@code docs/benchmarks.md}). A host with memory to spare raises it with {@link
 * #withPageCache(int)}; the cache is heap memory of the host's JVM.
 *
 * @since 0.1.0
 */
public final class H2FileOptions {
  /** The default number of commits between two checks of the file (100). */
  public static final int DEFAULT_COMPACTION_INTERVAL = 100;

  /**
   * The default fill rate below which a check compacts (50%: a round runs once at least half the
   * bytes of the file's chunks are no longer live).
   */
  public static final int DEFAULT_COMPACTION_FILL_RATE = 50;

  /**
   * The default slack, in megabytes (64): a check compacts only when at least this much of the file
   * is no longer live, so that a small store is not compacted every few commits.
   */
  public static final int DEFAULT_COMPACTION_SLACK_MB = 64;

  /** The default size of H2's page cache, in megabytes (64, H2's own default). */
  public static final int DEFAULT_PAGE_CACHE_MB = 64;

  private static final H2FileOptions DEFAULTS = new H2FileOptions(
      DEFAULT_COMPACTION_INTERVAL, DEFAULT_COMPACTION_FILL_RATE, DEFAULT_COMPACTION_SLACK_MB, DEFAULT_PAGE_CACHE_MB, false);
  private static final H2FileOptions NOT_COMPACTING = DEFAULTS.withInterval(0);
  private static final H2FileOptions BULK_LOAD = new H2FileOptions(
      0, DEFAULT_COMPACTION_FILL_RATE, DEFAULT_COMPACTION_SLACK_MB, DEFAULT_PAGE_CACHE_MB, true);

  private final int compactionInterval;
  private final int compactionFillRate;
  private final int compactionSlackMb;
  private final int pageCacheMb;
  private final boolean bulkLoad;

  private H2FileOptions(
      int compactionInterval, int compactionFillRate, int compactionSlackMb, int pageCacheMb, boolean bulkLoad) {
    this.compactionInterval = compactionInterval;
    this.compactionFillRate = compactionFillRate;
    this.compactionSlackMb = compactionSlackMb;
    this.pageCacheMb = pageCacheMb;
    this.bulkLoad = bulkLoad;
  }

  private H2FileOptions withInterval(int commits) {
    return new H2FileOptions(commits, compactionFillRate, compactionSlackMb, pageCacheMb, bulkLoad);
  }

  /**
   * Returns the default options: the file checked every {@value #DEFAULT_COMPACTION_INTERVAL}
   * commits and compacted when less than {@value #DEFAULT_COMPACTION_FILL_RATE}% of it, and at least
   * {@value #DEFAULT_COMPACTION_SLACK_MB} MB of it, is no longer live; so the file stays bounded while
   * the store is open.
   *
   * @return the defaults
   */
  public static H2FileOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the default options but with a check every {@code commits} commits of the store.
   *
   * @param commits the commits between two checks, at least 1 (fewer: a smaller file and more
   *     time spent compacting)
   * @return the options
   * @throws IllegalArgumentException when {@code commits} is below 1
   */
  public static H2FileOptions compactingEvery(int commits) {
    if (commits < 1) {
      throw new IllegalArgumentException("commits must be at least 1 / 压缩间隔至少为 1 次提交");
    }
    return commits == DEFAULT_COMPACTION_INTERVAL ? DEFAULTS : DEFAULTS.withInterval(commits);
  }

  /**
   * Returns a copy of these options that compacts only when a check finds H2's chunk fill rate — the
   * share of the bytes in the file's chunks that is still live data — below {@code percent}. The
   * file then stays within about {@code 100 / percent} times its live data, or its live data plus the
   * {@linkplain #withCompactionSlack(int) slack}, whichever is larger (plus one interval's chunks);
   * lower: fewer rounds and a larger file.
   *
   * @param percent the fill rate, 1 to 100 (100 with no slack: a round at every check)
   * @return the options
   * @throws IllegalArgumentException when {@code percent} is outside that range, or these options do
   *     not compact while open
   */
  public H2FileOptions compactingBelowFillRate(int percent) {
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException("percent must be 1 to 100 / 填充率须为 1 至 100");
    }
    requireCompacting();
    return new H2FileOptions(compactionInterval, percent, compactionSlackMb, pageCacheMb, bulkLoad);
  }

  /**
   * Returns a copy of these options that compacts only when at least {@code megabytes} of the file
   * are no longer live (estimated from the file's size and H2's chunk fill rate): a small store
   * then lets its file grow by that much before a round, instead of compacting every few commits.
   *
   * @param megabytes the slack, 0 to 65,536 MB (0: the fill rate alone decides)
   * @return the options
   * @throws IllegalArgumentException when {@code megabytes} is outside that range, or these options
   *     do not compact while open
   */
  public H2FileOptions withCompactionSlack(int megabytes) {
    if (megabytes < 0 || megabytes > 65_536) {
      throw new IllegalArgumentException("megabytes must be 0 to 65536 / 余量须为 0 至 65536 MB");
    }
    requireCompacting();
    return new H2FileOptions(compactionInterval, compactionFillRate, megabytes, pageCacheMb, bulkLoad);
  }

  private void requireCompacting() {
    if (!compactsWhileOpen()) {
      throw new IllegalArgumentException("these options do not compact while open / 此选项不在打开期间压缩");
    }
  }

  /**
   * Returns the chunk fill rate below which a check compacts the file.
   *
   * @return the percentage, 1 to 100
   */
  public int compactionFillRate() {
    return compactionFillRate;
  }

  /**
   * Returns how much of the file must be no longer live before a check compacts it.
   *
   * @return the slack in megabytes
   */
  public int compactionSlackMb() {
    return compactionSlackMb;
  }

  /**
   * Returns options that never compact while the store is open: each commit is cheaper, but the file
   * grows by every commit's chunk (about 125 KB for an archive opening) until the store closes, when
   * up to 10 s of compaction shrink it back. Meant for a bulk load that closes the store soon after.
   *
   * @return the options
   */
  public static H2FileOptions notCompactingWhileOpen() {
    return NOT_COMPACTING;
  }

  /**
   * Returns the options of a bulk load (see the class comment): commits written by H2's background
   * writer, not before each returns, and the file compacted fully at close. Only for a load that can
   * be run again.
   *
   * @return the options
   */
  public static H2FileOptions forBulkLoad() {
    return BULK_LOAD;
  }

  /**
   * Returns whether these are the options of a bulk load.
   *
   * @return true for {@link #forBulkLoad()}
   */
  public boolean bulkLoad() {
    return bulkLoad;
  }

  /**
   * Returns a copy of these options with another size of H2's page cache (see the class comment).
   *
   * @param megabytes the cache size, 1 to 65,536 MB (64 GB)
   * @return the options
   * @throws IllegalArgumentException when {@code megabytes} is outside that range
   */
  public H2FileOptions withPageCache(int megabytes) {
    if (megabytes < 1 || megabytes > 65_536) {
      throw new IllegalArgumentException("megabytes must be 1 to 65536 / 页缓存须为 1 至 65536 MB");
    }
    return new H2FileOptions(compactionInterval, compactionFillRate, compactionSlackMb, megabytes, bulkLoad);
  }

  /**
   * Returns the size of H2's page cache.
   *
   * @return the size in megabytes
   */
  public int pageCacheMb() {
    return pageCacheMb;
  }

  /**
   * Returns the commits between two checks of the file, or 0 when the store does not compact while
   * open.
   *
   * @return the interval in commits, or 0
   */
  public int compactionInterval() {
    return compactionInterval;
  }

  /**
   * Returns whether the store compacts its file while open.
   *
   * @return true unless {@link #notCompactingWhileOpen()} or {@link #forBulkLoad()}
   */
  public boolean compactsWhileOpen() {
    return compactionInterval > 0;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof H2FileOptions that && compactionInterval == that.compactionInterval
        && compactionFillRate == that.compactionFillRate && compactionSlackMb == that.compactionSlackMb
        && pageCacheMb == that.pageCacheMb && bulkLoad == that.bulkLoad;
  }

  @Override
  public int hashCode() {
    return Objects.hash(compactionInterval, compactionFillRate, compactionSlackMb, pageCacheMb, bulkLoad);
  }

  @Override
  public String toString() {
    if (bulkLoad) {
      return "H2FileOptions[bulk load, page cache " + pageCacheMb + " MB]";
    }
    return (compactsWhileOpen()
        ? "H2FileOptions[compaction checked every " + compactionInterval + " commits, below " + compactionFillRate
            + "% fill rate and above " + compactionSlackMb + " MB slack"
        : "H2FileOptions[no compaction while open") + ", page cache " + pageCacheMb + " MB]";
  }
}
