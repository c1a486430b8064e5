package io.github.weisheng.store.jdbc;

import static io.github.weisheng.store.jdbc.H2CrashChild.HEAD;
import static io.github.weisheng.store.jdbc.H2CrashChild.KIND;
import static io.github.weisheng.store.jdbc.H2CrashChild.PARTS;
import static io.github.weisheng.store.jdbc.H2CrashChild.body;
import static io.github.weisheng.store.jdbc.H2CrashChild.number;
import static io.github.weisheng.store.jdbc.H2CrashChild.part;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of the embedded store: a child JVM commits in a loop and is killed ({@code kill
 * -9}); every commit it acknowledged must be in the file, complete, and nothing of any commit may
 * be there in part. Five kills on the same file, with the default compaction interval and with a
 * short one, so that kills also land inside compaction rounds.
 */
class JdbcH2CrashSafetyTest {
  private static final int CYCLES = 5;
  private static final int ACKS_PER_CYCLE = 300;

  @TempDir Path directory;

  @Test
  @DisplayName("Every acknowledged commit survives kill -9, whole; no commit is ever there in part")
  void acknowledgedCommitsSurviveKills() throws Exception {
    killRepeatedly(List.of());
  }

  @Test
  @DisplayName("The same when the store compacts its file every 7 commits, so kills hit compaction rounds")
  void acknowledgedCommitsSurviveKillsDuringCompaction() throws Exception {
    killRepeatedly(List.of("7"));
  }

  private void killRepeatedly(List<String> childOptions) throws Exception {
    long lastAcknowledged = 0;
    for (int cycle = 1; cycle <= CYCLES; cycle++) {
      List<String> unexpected = new ArrayList<>();
      long acknowledged = runAndKill(lastAcknowledged, unexpected, childOptions);
      assertThat(unexpected).as("child output in cycle %d", cycle).isEmpty();
      assertThat(acknowledged).isGreaterThanOrEqualTo(lastAcknowledged + ACKS_PER_CYCLE);
      lastAcknowledged = acknowledged;

      try (JdbcRecordStore store = JdbcRecordStore.openH2File(directory.resolve("store"))) {
        StoredRecord head = store.read(HEAD).orElseThrow();
        long committed = head.version();
        // the commit in flight when the child died may have made it, unacknowledged
        assertThat(committed).as("cycle %d", cycle).isBetween(acknowledged, acknowledged + 1);

        List<StoredRecord> history = store.history(HEAD);
        assertThat(history).hasSize((int) committed);
        for (int v = 1; v <= committed; v++) {
          StoredRecord version = history.get(v - 1);
          assertThat(version.version()).isEqualTo(v);
          assertThat(version.body()).isEqualTo(body(v, "head"));
          assertThat(version.recordedAt()).isEqualTo(Instant.ofEpochSecond(v, v));
        }
        for (long n = 1; n <= committed; n++) {
          for (String part : PARTS) {
            StoredRecord record = store.read(part(n, part)).orElseThrow();
            assertThat(record.version()).isEqualTo(1);
            assertThat(record.body()).isEqualTo(body(n, part));
          }
        }
        for (String part : PARTS) {
          assertThat(store.read(part(committed + 1, part))).as("part of an unfinished commit").isEmpty();
        }
        // nothing else: exactly three records per commit plus the head, all indexed
        try (Stream<StoredRecord> all = store.scan(KIND, ScopeFilter.all())) {
          assertThat(all.count()).isEqualTo(3 * committed + 1);
        }
        try (Stream<StoredRecord> indexed =
            store.find(IndexQuery.range(KIND, "commit", number(1), number(committed + 2)), ScopeFilter.all())) {
          assertThat(indexed.count()).isEqualTo(3 * committed);
        }
        lastAcknowledged = committed;
      }
    }
  }

  /** Starts the child, reads its acknowledgements until enough, kills it; returns the last one. */
  private long runAndKill(long before, List<String> unexpected, List<String> childOptions) throws Exception {
    Path errors = Files.createTempFile(directory, "crash-child", ".err");
    Process child = ChildJvm.command(entry -> true, List.of("-Xmx128m"), H2CrashChild.class,
            Stream.concat(Stream.of(directory.resolve("store").toString()), childOptions.stream()).toList())
        .redirectError(ProcessBuilder.Redirect.to(errors.toFile()))
        .start();
    long last = before;
    try (BufferedReader output = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = output.readLine()) != null) {
        if (line.startsWith("ack ")) {
          long n = Long.parseLong(line.substring(4));
          assertThat(n).isEqualTo(last + 1);
          last = n;
          if (last >= before + ACKS_PER_CYCLE) {
            // kill -9 through the handle: Process.destroyForcibly would also close our end of the pipe
            child.toHandle().destroyForcibly();
            break;
          }
        } else {
          unexpected.add(line);
        }
      }
      if (line == null) {
        unexpected.add("child ended by itself; its stderr: " + Files.readString(errors));
      } else {
        // acknowledgements already in the pipe when the child died count too
        assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
        while ((line = output.readLine()) != null) {
          if (line.startsWith("ack ")) {
            long n = Long.parseLong(line.substring(4));
            assertThat(n).isEqualTo(last + 1);
            last = n;
          }
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
      Files.delete(errors);
    }
    return last;
  }
}
