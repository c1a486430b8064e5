package io.github.weisheng.internal;

import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import io.github.weisheng.validation.RuleViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Store access for the community records (campaigns, activities, surveys, 门前三包, health
 * education): records of sensitivity 1 ({@link Sensitivity#PUBLIC}: no personal health data),
 * scoped by area code, each created once by id and amended against the version read. Every call
 * goes through the {@link Gate}: checked and audited.
 *
 * @param <T> the value type
 */
final class CommunityRecords<T> {
  private final Records records;
  private final Gate gate;
  private final String kind;
  private final Class<T> type;
  private final Function<T, String> idOf;
  private final Function<T, String> scopeOf;
  private final Function<T, Set<IndexEntry>> indexOf;
  private final String existsRule;

  CommunityRecords(Records records, Gate gate, String kind, Class<T> type, Function<T, String> idOf,
      Function<T, String> scopeOf, Function<T, Set<IndexEntry>> indexOf, String existsRule) {
    this.records = records;
    this.gate = gate;
    this.kind = kind;
    this.type = type;
    this.idOf = idOf;
    this.scopeOf = scopeOf;
    this.indexOf = indexOf;
    this.existsRule = existsRule;
  }

  Resource resource(String id, String scope) {
    return Resource.of(kind, id, scope, Sensitivity.PUBLIC);
  }

  private RecordKey key(String id) {
    return RecordKey.of(kind, id);
  }

  private String storedScope(String id) {
    return records.store().read(key(id)).map(StoredRecord::scope).orElse("");
  }

  /** Reads without a check, for a service's own rules. */
  Optional<Recorded<T>> read(String id) {
    return records.read(key(id), type);
  }

  /**
   * Creates a record, version 1, after the service's rules.
   *
   * @param value the value
   * @param reason the commit's reason
   * @param rules the service's rules, run after access is granted
   * @return the recorded value
   */
  Recorded<T> create(T value, String reason, Runnable rules) {
    Objects.requireNonNull(value, "value");
    String id = idOf.apply(value);
    String scope = scopeOf.apply(value);
    return gate.run(Action.CREATE, resource(id, scope), () -> {
      if (records.store().read(key(id)).isPresent()) {
        throw RuleViolationException.of("id", existsRule);
      }
      rules.run();
      Instant at = records.commit(reason, List.of(records.write(key(id), 0, scope, value, indexOf.apply(value))));
      return Recorded.of(value, 1, at, records.author(), reason);
    });
  }

  /**
   * Replaces a record with a new version, after the service's rules; a move to another scope is
   * checked in both.
   *
   * @param id the record's id
   * @param basedOnVersion the version the caller read
   * @param change the new value from the current one (it may throw a rule)
   * @param reason the commit's reason
   * @return the recorded value
   */
  Recorded<T> amend(String id, long basedOnVersion, Function<T, T> change, String reason) {
    Objects.requireNonNull(id, "id");
    return gate.run(Action.AMEND, resource(id, storedScope(id)), () -> {
      Recorded<T> current = read(id).orElseThrow(() -> new RecordNotFoundException(kind, id));
      if (current.version() != basedOnVersion) {
        throw new StaleRecordException(kind, id, basedOnVersion, current.version(), null);
      }
      T next = change.apply(current.value());
      if (!idOf.apply(next).equals(id)) {
        throw RuleViolationException.of("id", "sanitation.idChanged");
      }
      String scope = scopeOf.apply(next);
      if (!scope.equals(scopeOf.apply(current.value()))) {
        gate.check(Action.AMEND, resource(id, scope));
      }
      Instant at = records.commit(reason,
          List.of(records.write(key(id), current.version(), scope, next, indexOf.apply(next))));
      return Recorded.of(next, current.version() + 1, at, records.author(), reason);
    });
  }

  /** Reads one record (checked against its scope and audited). */
  Optional<Recorded<T>> find(String id) {
    Objects.requireNonNull(id, "id");
    Optional<Recorded<T>> found = read(id);
    String scope = found.map(r -> scopeOf.apply(r.value())).orElse("");
    return gate.run(Action.READ, resource(id, scope), () -> found);
  }

  /** Every version of a record, oldest first (留痕). */
  List<Recorded<T>> history(String id) {
    Objects.requireNonNull(id, "id");
    List<Recorded<T>> versions = records.history(key(id), type);
    String scope = versions.isEmpty() ? "" : scopeOf.apply(versions.get(versions.size() - 1).value());
    return gate.run(Action.READ, resource(id, scope), () -> {
      if (versions.isEmpty()) {
        throw new RecordNotFoundException(kind, id);
      }
      return versions;
    });
  }

  /**
   * Runs a look-up under one check of {@code action} on the whole kind in a scope ("" = the
   * principal's scopes), returning the current values.
   */
  List<Recorded<T>> query(Action action, String scope, IndexQuery query) {
    ScopeFilter filter = scope.isEmpty() ? ScopeFilter.within(gate.principal().scopes()) : ScopeFilter.within(scope);
    return gate.run(action, resource("", scope), () -> {
      try (Stream<StoredRecord> found = records.store().find(query, filter)) {
        return found.map(r -> records.decode(r, type)).collect(Collectors.toList());
      }
    });
  }

  /** Runs a look-up without a check, inside a caller's {@link Gate#run}. */
  List<Recorded<T>> lookUp(IndexQuery query, ScopeFilter filter) {
    try (Stream<StoredRecord> found = records.store().find(query, filter)) {
      return found.map(r -> records.decode(r, type)).collect(Collectors.toList());
    }
  }

  /** Scans the kind without a check, inside a caller's {@link Gate#run}. */
  List<Recorded<T>> scan(ScopeFilter filter) {
    try (Stream<StoredRecord> found = records.store().scan(kind, filter)) {
      return found.map(r -> records.decode(r, type)).collect(Collectors.toList());
    }
  }

  /** Scans the whole kind under one check of {@code action} with an empty scope, unfiltered. */
  List<Recorded<T>> scanAll(Action action) {
    return gate.run(action, resource("", ""), () -> {
      try (Stream<StoredRecord> found = records.store().scan(kind, ScopeFilter.all())) {
        return found.map(r -> records.decode(r, type)).collect(Collectors.toList());
      }
    });
  }

  String kind() {
    return kind;
  }
}
