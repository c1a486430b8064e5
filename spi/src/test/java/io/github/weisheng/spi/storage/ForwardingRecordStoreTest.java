package io.github.weisheng.spi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every method of {@link RecordStore}, the defaults included, reaches the wrapped store with the
 * same arguments and returns its result, checked against a recording proxy; and a method added to
 * the SPI without a forward in the wrapper fails {@link #theWrapperDeclaresEveryMethodOfTheStore}.
 */
class ForwardingRecordStoreTest {
  private final List<String> calls = new ArrayList<>();
  private final StoredRecord stored = StoredRecord.of(
      RecordWrite.create(RecordKey.of("archive", "a-1"), "s1", new byte[] {1}, Set.of()),
      Commit.of("tester", "why", Instant.EPOCH,
          List.of(RecordWrite.create(RecordKey.of("archive", "a-1"), "s1", new byte[] {1}, Set.of()))));
  private final RecordStore recording = (RecordStore) Proxy.newProxyInstance(
      RecordStore.class.getClassLoader(), new Class<?>[] {RecordStore.class}, (proxy, method, args) -> {
        calls.add(method.getName() + (args == null ? "[]" : Arrays.toString(args)));
        Class<?> r = method.getReturnType();
        return r == Optional.class ? Optional.of(stored)
            : r == List.class ? List.of(stored)
            : r == Map.class ? Map.of(stored.key(), stored)
            : r == Stream.class ? Stream.of(stored)
            : null;
      });
  private final RecordStore forwarding = new ForwardingRecordStore(recording) { };

  @Test
  void everyCallReachesTheWrappedStoreAndReturnsItsResult() {
    RecordKey key = stored.key();
    IndexQuery query = IndexQuery.equalTo("archive", "team", "t");
    Commit commit = Commit.of("tester", "why", Instant.EPOCH,
        List.of(RecordWrite.create(key, "s1", new byte[] {1}, Set.of())));
    assertThat(forwarding.read(key)).contains(stored);
    assertThat(forwarding.readAll(List.of(key))).containsEntry(key, stored);
    assertThat(forwarding.read(key, 3)).contains(stored);
    assertThat(forwarding.history(key)).containsExactly(stored);
    forwarding.commit(commit);
    assertThat(forwarding.scan("archive", ScopeFilter.all())).containsExactly(stored);
    assertThat(forwarding.find(query, ScopeFilter.all())).containsExactly(stored);
    forwarding.findMatches(query, ScopeFilter.all()).close(); // the wrapped store's own, not find's
    forwarding.close();
    assertThat(calls).containsExactly(
        "read[" + key + "]",
        "readAll[[" + key + "]]", // the wrapped store's own readAll, not the default's reads one by one
        "read[" + key + ", 3]",
        "history[" + key + "]",
        "commit[" + commit + "]",
        "scan[archive, " + ScopeFilter.all() + "]",
        "find[" + query + ", " + ScopeFilter.all() + "]",
        "findMatches[" + query + ", " + ScopeFilter.all() + "]",
        "close[]");
  }

  @Test
  void theWrapperDeclaresEveryMethodOfTheStore() throws NoSuchMethodException {
    for (Method m : RecordStore.class.getMethods()) {
      if (!Modifier.isStatic(m.getModifiers())) {
        assertThat(ForwardingRecordStore.class.getMethod(m.getName(), m.getParameterTypes()).getDeclaringClass())
            .as(m.toString()).isEqualTo(ForwardingRecordStore.class);
      }
    }
  }

  @Test
  void needsAStoreAndNamesNoRecord() {
    assertThatThrownBy(() -> new ForwardingRecordStore(null) { }).isInstanceOf(NullPointerException.class)
        .hasMessage("delegate");
    class Counting extends ForwardingRecordStore {
      Counting() {
        super(recording);
      }
    }
    assertThat(new Counting()).hasToString("Counting(" + recording.getClass().getSimpleName() + ")");
  }
}
