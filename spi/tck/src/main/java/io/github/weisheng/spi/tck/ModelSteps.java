package io.github.weisheng.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexMatch;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StaleVersionException;
import io.github.weisheng.spi.storage.StoredRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The operations of the model-based property: each step runs against the store under test and the
 * {@link ReferenceStore}, and compares the outcomes. Steps hold small indexes into fixed tables
 * (ids, scopes, index values), so a shrunk failing example reads easily.
 */
final class ModelSteps {
  /** Ids whose {@link String#compareTo} order differs from creation order and from case order. */
  static final List<String> IDS = List.of("b", "A", "a1", "a10", "a9", "Z0");

  static final List<String> SCOPES =
      List.of("110101001001", "110101001002", "110101002001", "110102001001");

  static final List<String> DATES =
      List.of("2019-12-31", "2020-01-01", "2020-02-29", "2020-12-31", "2021-01-01", "2024-06-15");

  static final List<String> TAGS = List.of("dm", "hyp", "tb");

  static final List<ScopeFilter> FILTERS =
      List.of(
          ScopeFilter.all(),
          ScopeFilter.within(Set.of()),
          ScopeFilter.within("110101"),
          ScopeFilter.within("110101001"),
          ScopeFilter.within("110101001002", "110102"));

  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  private ModelSteps() {}

  /** One run of a sequence: the store, the model, the run's own kind and a logical clock. */
  static final class Run {
    final RecordStore store;
    final ReferenceStore model = new ReferenceStore();
    final String kind;
    private int tick;

    Run(RecordStore store, String kind) {
      this.store = store;
      this.kind = kind;
    }

    RecordKey key(int id) {
      return RecordKey.of(kind, IDS.get(id));
    }

    Instant nextInstant() {
      tick++;
      return T0.plusMillis(1_000L * tick + tick % 7);
    }

    /** Compares the whole final state: every history, and a full scan. */
    void compareFinalState() {
      for (int id = 0; id < IDS.size(); id++) {
        RecordKey key = key(id);
        assertThat(store.history(key)).as("final history of %s", key).isEqualTo(model.history(key));
      }
      assertThat(collect(store.scan(kind, ScopeFilter.all())))
          .as("final scan")
          .isEqualTo(model.scan(kind, ScopeFilter.all()));
    }
  }

  /** A step of a generated sequence. */
  interface Step {
    void run(Run run);
  }

  /**
   * How a write chooses its expected version: the current one, 0 (create), one below the current
   * one (2 for an absent record), or one above.
   */
  enum Expect {
    CURRENT,
    ZERO,
    BELOW,
    ABOVE;

    long from(long current) {
      return switch (this) {
        case CURRENT -> current;
        case ZERO -> 0;
        case BELOW -> current > 0 ? current - 1 : 2;
        case ABOVE -> current + 1;
      };
    }
  }

  /** One write of a commit step. */
  record WriteSpec(int id, Expect expect, int scope, int bodyByte, int date, Set<Integer> tags) {
    RecordWrite toWrite(Run run) {
      RecordKey key = run.key(id);
      long expected = expect.from(run.model.currentVersion(key));
      Set<IndexEntry> index = new LinkedHashSet<>();
      if (date >= 0) {
        index.add(IndexEntry.of("born", DATES.get(date)));
      }
      for (int tag : tags) {
        index.add(IndexEntry.of("tag", TAGS.get(tag)));
      }
      byte[] body = {(byte) id, (byte) bodyByte, (byte) expected};
      return expected == 0
          ? RecordWrite.create(key, SCOPES.get(scope), body, index)
          : RecordWrite.update(key, expected, SCOPES.get(scope), body, index);
    }
  }

  /** A commit of one or more writes (clauses 1 and 2). */
  record CommitStep(List<WriteSpec> writes) implements Step {
    @Override
    public void run(Run run) {
      List<RecordWrite> recordWrites = writes.stream().map(w -> w.toWrite(run)).toList();
      Commit commit = Commit.of("staff-" + writes.size(), "model.commit", run.nextInstant(), recordWrites);
      Map<RecordKey, Long> currentBefore = new LinkedHashMap<>();
      for (RecordWrite write : recordWrites) {
        currentBefore.put(write.key(), run.model.currentVersion(write.key()));
      }
      List<RecordWrite> stale = run.model.commit(commit);
      if (stale.isEmpty()) {
        assertThatCode(() -> run.store.commit(commit))
            .as("clause 1: a commit whose writes all expect the current version applies")
            .doesNotThrowAnyException();
        return;
      }
      assertThatThrownBy(() -> run.store.commit(commit))
          .as("clause 1: a commit with a stale write fails")
          .isInstanceOfSatisfying(
              StaleVersionException.class,
              e -> {
                assertThat(stale).as("the exception names a stale write")
                    .anySatisfy(w -> assertThat(w.key()).isEqualTo(e.key()));
                RecordWrite named =
                    stale.stream().filter(w -> w.key().equals(e.key())).findFirst().orElseThrow();
                assertThat(e.expectedVersion()).as("expected version").isEqualTo(named.expectedVersion());
                assertThat(e.actualVersion()).as("actual version").isEqualTo(currentBefore.get(e.key()));
              });
    }
  }

  /** Reads the current version (clause 1). */
  record ReadStep(int id) implements Step {
    @Override
    public void run(Run run) {
      RecordKey key = run.key(id);
      assertThat(run.store.read(key)).as("read(%s)", key).isEqualTo(run.model.read(key));
    }
  }

  /** Reads one version by number, including numbers that do not exist (clause 3). */
  record ReadVersionStep(int id, int version) implements Step {
    @Override
    public void run(Run run) {
      RecordKey key = run.key(id);
      assertThat(run.store.read(key, version))
          .as("read(%s, %d)", key, version)
          .isEqualTo(run.model.read(key, version));
    }
  }

  /** Reads the history (clause 3). */
  record HistoryStep(int id) implements Step {
    @Override
    public void run(Run run) {
      RecordKey key = run.key(id);
      assertThat(run.store.history(key)).as("history(%s)", key).isEqualTo(run.model.history(key));
    }
  }

  /** Scans the run's kind (clauses 5 and 6). */
  record ScanStep(int filter) implements Step {
    @Override
    public void run(Run run) {
      ScopeFilter scope = FILTERS.get(filter);
      assertThat(collect(run.store.scan(run.kind, scope)))
          .as("scan(%s)", scope)
          .isEqualTo(run.model.scan(run.kind, scope));
    }
  }

  /** An index look-up: exact or range, on dates or tags (clauses 4 and 6). */
  record FindStep(boolean onDates, boolean exact, int from, int to, int filter) implements Step {
    @Override
    public void run(Run run) {
      List<String> values = onDates ? DATES : TAGS;
      String index = onDates ? "born" : "tag";
      int a = from % values.size();
      int b = to % values.size();
      String low = values.get(Math.min(a, b));
      String high = values.get(Math.max(a, b));
      IndexQuery query =
          exact ? IndexQuery.equalTo(run.kind, index, low) : IndexQuery.range(run.kind, index, low, high);
      ScopeFilter scope = FILTERS.get(filter);
      List<StoredRecord> expected = run.model.find(query, scope);
      assertThat(collect(run.store.find(query, scope)))
          .as("find(%s %s..%s, %s)", query, low, high, scope)
          .isEqualTo(expected);
      assertThat(run.store.count(query, scope)).as("count(%s %s..%s, %s)", query, low, high, scope)
          .isEqualTo(expected.size());
      checkMatches(run.store, query, scope, expected);
    }
  }

  /**
   * Checks {@link RecordStore#findMatches} against the records a look-up should find: each distinct
   * record's matching entries, one match per value, ordered by value then id — and as many as the
   * look-up has rows (a record once per matching value).
   */
  static void checkMatches(RecordStore store, IndexQuery query, ScopeFilter scope, List<StoredRecord> found) {
    Comparator<IndexMatch> order = Comparator.comparing(IndexMatch::value).thenComparing(IndexMatch::key);
    List<IndexMatch> expected = found.stream()
        .collect(Collectors.toMap(StoredRecord::key, r -> r, (a, b) -> a, LinkedHashMap::new)).values().stream()
        .flatMap(r -> r.index().stream()
            .filter(e -> e.name().equals(query.index()) && query.matches(e.value()))
            .map(e -> new IndexMatch(r.key(), e.value())))
        .sorted(order)
        .toList();
    try (Stream<IndexMatch> matches = store.findMatches(query, scope)) {
      assertThat(matches.toList()).as("findMatches(%s, %s)", query, scope)
          .hasSize(found.size())
          .containsExactlyElementsOf(expected);
    }
  }

  static List<StoredRecord> collect(Stream<StoredRecord> stream) {
    try (stream) {
      return stream.toList();
    }
  }

  private static int pick(RandomnessSource in, int maxInclusive) {
    return (int) in.next(Constraint.between(0, maxInclusive));
  }

  private static WriteSpec write(RandomnessSource in, int id) {
    // Mostly the current version (shrinks towards it), sometimes each kind of stale one.
    int choice = pick(in, 8);
    Expect expect = choice < 6 ? Expect.CURRENT : Expect.values()[choice - 5];
    int scope = pick(in, SCOPES.size() - 1);
    int body = pick(in, 255);
    int date = pick(in, DATES.size()) - 1;
    Set<Integer> tags = new LinkedHashSet<>();
    int tagCount = pick(in, 2);
    for (int i = 0; i < tagCount; i++) {
      tags.add(pick(in, TAGS.size() - 1));
    }
    return new WriteSpec(id, expect, scope, body, date, tags);
  }

  /** Generates one step; commits are the most frequent, so records get several versions. */
  static Gen<Step> steps() {
    return in -> {
      int type = pick(in, 11);
      switch (type) {
        case 0, 1, 2, 3:
          return new CommitStep(List.of(write(in, pick(in, IDS.size() - 1))));
        case 4, 5:
          Map<Integer, WriteSpec> byId = new LinkedHashMap<>();
          int count = 2 + pick(in, 1);
          for (int i = 0; i < count; i++) {
            int id = pick(in, IDS.size() - 1);
            byId.putIfAbsent(id, write(in, id));
          }
          return new CommitStep(new ArrayList<>(byId.values()));
        case 6:
          return new ReadStep(pick(in, IDS.size() - 1));
        case 7:
          return new ReadVersionStep(pick(in, IDS.size() - 1), pick(in, 5));
        case 8:
          return new HistoryStep(pick(in, IDS.size() - 1));
        case 9:
          return new ScanStep(pick(in, FILTERS.size() - 1));
        default:
          return new FindStep(
              pick(in, 1) == 0,
              pick(in, 2) == 0,
              pick(in, DATES.size() - 1),
              pick(in, DATES.size() - 1),
              pick(in, FILTERS.size() - 1));
      }
    };
  }
}
