package io.github.weisheng.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import io.github.weisheng.spi.storage.Commit;
import io.github.weisheng.spi.storage.ForwardingRecordStore;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexMatch;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import io.github.weisheng.spi.tck.RecordStoreContract;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Tests the storage TCK itself (it lives here because it needs a working store): run against
 * deliberately broken wrappers of {@link InMemoryRecordStore}, each check the flaw touches must
 * fail, so none of them is a test that cannot fail. The sound store passing every check is {@link
 * InMemoryRecordStoreTest}.
 */
class RecordStoreContractTest {

  @Test
  @DisplayName("a store that materialises scans and look-ups fails the laziness checks")
  void materialisingStoreFailsLaziness() {
    assertThat(failures(MaterialisingStoreCase.class, "scanIsLazy", "findIsLazy", "largeScanIsStreamed"))
        .containsExactlyInAnyOrder("scanIsLazy", "findIsLazy");
  }

  @Test
  @DisplayName("a store that applies a commit write by write fails the atomicity check and the model")
  void nonAtomicStoreFailsAtomicity() {
    assertThat(failures(NonAtomicStoreCase.class,
            "commitWithStaleThirdWriteWritesNothing", "behavesLikeTheReferenceModel", "firstVersionIsOneAndEachCommitAddsOne"))
        .containsExactlyInAnyOrder("commitWithStaleThirdWriteWritesNothing", "behavesLikeTheReferenceModel");
  }

  @Test
  @DisplayName("a store that ignores expected versions fails the version checks and the model")
  void lastWriterWinsStoreFailsVersions() {
    assertThat(failures(LastWriterWinsStoreCase.class,
            "createOfExistingRecordIsStale", "updateWithStaleVersionIsRejected", "updateOfAbsentRecordIsStale",
            "behavesLikeTheReferenceModel", "historyKeepsEveryVersion"))
        .containsExactlyInAnyOrder(
            "createOfExistingRecordIsStale", "updateWithStaleVersionIsRejected", "updateOfAbsentRecordIsStale",
            "behavesLikeTheReferenceModel");
  }

  @Test
  @DisplayName("a store whose look-ups match old versions' index entries fails the index checks")
  void staleIndexStoreFailsIndex() {
    assertThat(failures(StaleIndexStoreCase.class,
            "exactLookUpSeesCurrentVersionOnly", "behavesLikeTheReferenceModel", "dateRangeIsHalfOpen"))
        .containsExactlyInAnyOrder("exactLookUpSeesCurrentVersionOnly", "behavesLikeTheReferenceModel");
  }

  @Test
  @DisplayName("a store that scans in reverse id order fails the ordering checks")
  void reverseOrderStoreFailsOrdering() {
    assertThat(failures(ReverseScanStoreCase.class,
            "scanReturnsCurrentVersionsOrderedById", "largeScanIsStreamed", "behavesLikeTheReferenceModel",
            "lookUpsAreOrderedByValueThenId"))
        .containsExactlyInAnyOrder(
            "scanReturnsCurrentVersionsOrderedById", "largeScanIsStreamed", "behavesLikeTheReferenceModel");
  }

  @Test
  @DisplayName("a store that matches scopes exactly instead of by prefix fails the scope checks")
  void exactScopeStoreFailsScope() {
    assertThat(failures(ExactScopeStoreCase.class,
            "scopeFilterHasPrefixSemantics", "filterUsesCurrentScope", "emptyFilterMatchesNothingAndAllMatchesEverything"))
        .containsExactlyInAnyOrder("scopeFilterHasPrefixSemantics", "filterUsesCurrentScope");
  }

  @Test
  @DisplayName("a store whose count ignores the scope filter fails the index and scope checks and the model")
  void scopelessCountFailsIndexAndScope() {
    assertThat(failures(ScopelessCountStoreCase.class,
            "scopeFilterHasPrefixSemantics", "behavesLikeTheReferenceModel", "largeScanIsStreamed",
            "dateRangeIsHalfOpen"))
        .containsExactlyInAnyOrder("scopeFilterHasPrefixSemantics", "behavesLikeTheReferenceModel",
            "largeScanIsStreamed");
  }

  @Test
  @DisplayName("a store whose index matches ignore the scope filter fails the index and scope checks and the model")
  void scopelessMatchesFailIndexAndScope() {
    assertThat(failures(ScopelessMatchesStoreCase.class,
            "scopeFilterHasPrefixSemantics", "behavesLikeTheReferenceModel", "dateRangeIsHalfOpen"))
        .containsExactlyInAnyOrder("scopeFilterHasPrefixSemantics", "behavesLikeTheReferenceModel");
  }

  @Test
  @DisplayName("a store that keeps only the current version fails the history checks")
  void forgetfulStoreFailsHistory() {
    assertThat(failures(ForgetfulStoreCase.class,
            "historyKeepsEveryVersion", "oldVersionIsReadByNumber", "behavesLikeTheReferenceModel",
            "updateWithStaleVersionIsRejected"))
        .containsExactlyInAnyOrder(
            "historyKeepsEveryVersion", "oldVersionIsReadByNumber", "behavesLikeTheReferenceModel");
  }

  @Test
  @DisplayName("a store that works on after close, or fails a second close, fails the close check")
  void sloppyCloseFailsClose() {
    assertThat(failures(CloseIgnoredStoreCase.class, "closedStoreFails", "firstVersionIsOneAndEachCommitAddsOne"))
        .containsExactly("closedStoreFails");
    assertThat(failures(CloseTwiceFailsStoreCase.class, "closedStoreFails", "firstVersionIsOneAndEachCommitAddsOne"))
        .containsExactly("closedStoreFails");
  }

  /** Runs the named contract tests of a case class; returns the names of those that failed. */
  private static Set<String> failures(Class<? extends RecordStoreContract> contractCase, String... methods) {
    List<MethodSelector> selectors = new ArrayList<>();
    for (String method : methods) {
      selectors.add(selectMethod(contractCase, method));
    }
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectors)
            .configurationParameter(FixtureOnly.PARAMETER, "true")
            .build();
    Set<String> failed = new TreeSet<>();
    Set<String> finished = new TreeSet<>();
    TestExecutionListener listener =
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (test.isTest() && test.getSource().orElse(null) instanceof MethodSource source) {
              finished.add(source.getMethodName());
              if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                failed.add(source.getMethodName());
              }
            }
          }
        };
    LauncherFactory.create().execute(request, listener);
    assertThat(finished).as("contract tests run").containsExactlyInAnyOrder(methods);
    return failed;
  }

  // ---------------------------------------------------------------- broken stores

  /** Forwards every call to a sound in-memory store; the broken stores override one behaviour. */
  abstract static class ForwardingStore extends ForwardingRecordStore {
    ForwardingStore() {
      super(InMemoryRecordStore.create());
    }
  }

  /** Reads the whole result into a list before returning the first element. */
  @ExtendWith(FixtureOnly.class)
  public static class MaterialisingStoreCase extends RecordStoreContract {
    @Override
    protected RecordStore openEmptyStore() {
      return new ForwardingStore() {
        @Override
        public Stream<StoredRecord> scan(String kind, ScopeFilter scope) {
          try (Stream<StoredRecord> all = delegate().scan(kind, scope)) {
            return all.toList().stream();
          }
        }

        @Override
        public Stream<StoredRecord> find(IndexQuery query, ScopeFilter scope) {
          try (Stream<StoredRecord> all = delegate().find(query, scope)) {
            return new ArrayList<>(all.toList()).stream();
          }
        }
      };
    }
  }

  /** Counts every match of a look-up, whatever the scope filter. */
  @ExtendWith(FixtureOnly.class)
  public static class ScopelessCountStoreCase extends RecordStoreContract {
    @Override
    protected RecordStore openEmptyStore() {
      return new ForwardingStore() {
        @Override
        public long count(IndexQuery query, ScopeFilter scope) {
          return delegate().count(query, ScopeFilter.all());
        }
      };
    }
  }

  /** Streams every index match of a look-up, whatever the scope filter. */
  @ExtendWith(FixtureOnly.class)
  public static class ScopelessMatchesStoreCase extends RecordStoreContract {
    @Override
    protected RecordStore openEmptyStore() {
      return new ForwardingStore() {
        @Override
        public Stream<IndexMatch> findMatches(IndexQuery query, ScopeFilter scope) {
          return delegate().findMatches(query, ScopeFilter.all());
        }
      };
    }
  }

  /** Applies each write as its own commit. */
  @ExtendWith(FixtureOnly.class)
  public static class NonAtomicStoreCase extends RecordStoreContract {
    @Override
    protected RecordStore openEmptyStore() {
      return new ForwardingStore() {
        @Override
        public void commit(Commit commit) {
          for (RecordWrite write : commit.writes()) {
            delegate().commit(Commit.of(commit.author(), commit.reason(), commit.at(), List.of(write)));
          }
        }
      };
    }
  }

  /** Overwrites whatever the current version is (a lost update waiting to happen). */
  @ExtendWith(FixtureOnly.class)
  public static class LastWriterWinsStoreCase extends RecordStoreContract {
    @Override
    protected RecordStore openEmptyStore() {
      return new ForwardingStore() {
        @Override
        public void commit(Commit commit) {
          List<RecordWrite> current = new ArrayList<>();
          for (RecordWrite write : commit.writes()) {
            long version = delegate().read(write.key()).map(StoredRecord::version).orElse(0L);
            current.add(new RecordWrite(write.key(), version, write.scope(), write.body(), write.index()));
          }
          delegate().commit(Commit.of(commit.author(), commit.reason(), commit.at(), current));
        }
      };
    }
  }

  /** Matches index entries of every version, not only the current one. */
  @ExtendWith(FixtureOnly.class)
  public static class StaleIndexStoreCase extends RecordStoreContract {
    @Override
    protected RecordStore openEmptyStore() {
      return new ForwardingStore() {
        @Override
        public Stream<StoredRecord> find(IndexQuery query, ScopeFilter scope) {
          record Hit(String value, StoredRecord record) {}
          List<Hit> hits = new ArrayList<>();
          try (Stream<StoredRecord> all = delegate().scan(query.kind(), scope)) {
            all.forEach(
                current -> {
                  Set<String> values = new TreeSet<>();
                  for (StoredRecord version : delegate().history(current.key())) {
                    for (IndexEntry entry : version.index()) {
                      if (entry.name().equals(query.index()) && query.matches(entry.value())) {
                        values.add(entry.value());
                      }
                    }
                  }
                  values.forEach(value -> hits.add(new Hit(value, current)));
                });
          }
          hits.sort(Comparator.comparing(Hit::value).thenComparing(hit -> hit.record().key()));
          return hits.stream().map(Hit::record);
        }
      };
    }
  }

  /** Scans in descending id order. */
  @ExtendWith(FixtureOnly.class)
  public static class ReverseScanStoreCase extends RecordStoreContract {
    @Override
    protected RecordStore openEmptyStore() {
      return new ForwardingStore() {
        @Override
        public Stream<StoredRecord> scan(String kind, ScopeFilter scope) {
          try (Stream<StoredRecord> all = delegate().scan(kind, scope)) {
            List<StoredRecord> records = new ArrayList<>(all.toList());
            records.sort(Comparator.comparing(StoredRecord::key).reversed());
            return records.stream();
          }
        }
      };
    }
  }

  /** Treats a filter's prefixes as whole scopes. */
  @ExtendWith(FixtureOnly.class)
  public static class ExactScopeStoreCase extends RecordStoreContract {
    @Override
    protected RecordStore openEmptyStore() {
      return new ForwardingStore() {
        @Override
        public Stream<StoredRecord> scan(String kind, ScopeFilter scope) {
          return delegate().scan(kind, ScopeFilter.all()).filter(r -> exact(scope, r));
        }

        @Override
        public Stream<StoredRecord> find(IndexQuery query, ScopeFilter scope) {
          return delegate().find(query, ScopeFilter.all()).filter(r -> exact(scope, r));
        }

        private boolean exact(ScopeFilter scope, StoredRecord record) {
          return scope.isAll() || scope.prefixes().contains(record.scope());
        }
      };
    }
  }

  /** Keeps the current version only. */
  @ExtendWith(FixtureOnly.class)
  public static class ForgetfulStoreCase extends RecordStoreContract {
    @Override
    protected RecordStore openEmptyStore() {
      return new ForwardingStore() {
        @Override
        public Optional<StoredRecord> read(RecordKey key, long version) {
          return delegate().read(key).filter(r -> r.version() == version);
        }

        @Override
        public List<StoredRecord> history(RecordKey key) {
          return delegate().read(key).map(List::of).orElse(List.of());
        }
      };
    }
  }

  /** Goes on working after close. */
  @ExtendWith(FixtureOnly.class)
  public static class CloseIgnoredStoreCase extends RecordStoreContract {
    @Override
    protected RecordStore openEmptyStore() {
      return new ForwardingStore() {
        @Override
        public void close() {}
      };
    }
  }

  /** Fails when closed a second time. */
  @ExtendWith(FixtureOnly.class)
  public static class CloseTwiceFailsStoreCase extends RecordStoreContract {
    @Override
    protected RecordStore openEmptyStore() {
      return new ForwardingStore() {
        private boolean closed;

        @Override
        public void close() {
          if (closed) {
            throw new IllegalStateException("already closed");
          }
          closed = true;
          delegate().close();
        }
      };
    }
  }

  /**
   * Runs a broken-provider fixture only inside this test's own launcher, so that a wildcard {@code
   * -Dtest} pattern that happens to match a nested fixture reports it as skipped, not failed.
   */
  static final class FixtureOnly implements ExecutionCondition {
    static final String PARAMETER = "weisheng.tck.self-test";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(PARAMETER).isPresent()
          ? ConditionEvaluationResult.enabled("run by the TCK self-test")
          : ConditionEvaluationResult.disabled("a broken-provider fixture, run only by its enclosing test");
    }
  }
}
