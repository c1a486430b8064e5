package io.github.weisheng.spi.storage;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which owning scopes a scan or look-up may return.
 *
 * <p>Org-unit codes are hierarchical by prefix (county 6 digits, township 9, committee 12), so a
 * filter is a set of prefixes: a record matches when its scope starts with one of them. {@link
 * #all()} matches everything and is meant for trusted, non-personal jobs such as migrations.
 *
 * @since 0.1.0
 */
public final class ScopeFilter {
  private static final ScopeFilter ALL = new ScopeFilter(Set.of(), true);

  private final Set<String> prefixes;
  private final boolean all;

  private ScopeFilter(Set<String> prefixes, boolean all) {
    this.prefixes = prefixes;
    this.all = all;
  }

  /**
   * Returns the filter that matches every scope.
   *
   * @return the filter
   */
  public static ScopeFilter all() {
    return ALL;
  }

  /**
   * Returns a filter matching scopes that start with one of the prefixes; an empty set matches
   * nothing.
   *
   * @param prefixes the scope prefixes
   * @return the filter
   */
  public static ScopeFilter within(Set<String> prefixes) {
    Set<String> copy = new TreeSet<>();
    for (String prefix : Objects.requireNonNull(prefixes, "prefixes")) {
      copy.add(Identifiers.token(prefix, "scope"));
    }
    return new ScopeFilter(Set.copyOf(copy), false);
  }

  /**
   * Returns a filter matching scopes that start with one of the prefixes; no prefix matches nothing.
   * A prefix given twice counts once.
   *
   * @param prefixes the scope prefixes
   * @return the filter
   */
  public static ScopeFilter within(String... prefixes) {
    return within(new HashSet<>(Arrays.asList(Objects.requireNonNull(prefixes, "prefixes"))));
  }

  /**
   * Tells whether the filter matches every scope.
   *
   * @return true for {@link #all()}
   */
  public boolean isAll() {
    return all;
  }

  /**
   * Returns the prefixes (empty for {@link #all()}).
   *
   * @return the prefixes
   */
  public Set<String> prefixes() {
    return prefixes;
  }

  /**
   * Tells whether a record with this scope passes the filter.
   *
   * @param scope a record's scope
   * @return true when it matches
   */
  public boolean matches(String scope) {
    Objects.requireNonNull(scope, "scope");
    if (all) {
      return true;
    }
    for (String prefix : prefixes) {
      if (scope.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScopeFilter f && all == f.all && prefixes.equals(f.prefixes);
  }

  @Override
  public int hashCode() {
    return all ? 1 : prefixes.hashCode();
  }

  @Override
  public String toString() {
    return all ? "ScopeFilter[all]" : "ScopeFilter" + new TreeSet<>(prefixes);
  }
}
