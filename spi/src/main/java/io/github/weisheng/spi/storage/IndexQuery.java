package io.github.weisheng.spi.storage;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A look-up of the current versions of records of one kind by a secondary index: an exact value,
 * or a half-open range {@code [from, to)} in {@link String#compareTo} order.
 *
 * @since 0.1.0
 */
public final class IndexQuery {
  private final String kind;
  private final String index;
  private final String from;
  private final @Nullable String to;
  private final boolean exact;

  private IndexQuery(String kind, String index, String from, @Nullable String to, boolean exact) {
    this.kind = Identifiers.name(kind, "kind");
    this.index = Identifiers.name(index, "index.name");
    this.from = Objects.requireNonNull(from, "from");
    this.to = to;
    this.exact = exact;
  }

  /**
   * Returns records whose index {@code index} has exactly {@code value}.
   *
   * @param kind the record kind
   * @param index the index name
   * @param value the value
   * @return the query
   */
  public static IndexQuery equalTo(String kind, String index, String value) {
    return new IndexQuery(kind, index, value, null, true);
  }

  /**
   * Returns records whose index {@code index} has a value in {@code [from, to)}.
   *
   * @param kind the record kind
   * @param index the index name
   * @param from the inclusive lower bound
   * @param to the exclusive upper bound
   * @return the query
   */
  public static IndexQuery range(String kind, String index, String from, String to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.compareTo(to) > 0) {
      throw new IllegalArgumentException("from must not be above to / 范围下限不能高于上限");
    }
    return new IndexQuery(kind, index, from, to, false);
  }

  /** @return the record kind */
  public String kind() {
    return kind;
  }

  /** @return the index name */
  public String index() {
    return index;
  }

  /** @return true for an exact look-up */
  public boolean isExact() {
    return exact;
  }

  /** @return the exact value, or the inclusive lower bound of a range */
  public String from() {
    return from;
  }

  /** @return the exclusive upper bound of a range; empty for an exact look-up */
  public Optional<String> to() {
    return Optional.ofNullable(to);
  }

  /**
   * Tells whether an index value satisfies the query.
   *
   * @param value an index value
   * @return true when it matches
   */
  public boolean matches(String value) {
    Objects.requireNonNull(value, "value");
    if (exact) {
      return from.equals(value);
    }
    return value.compareTo(from) >= 0 && value.compareTo(Objects.requireNonNull(to)) < 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndexQuery q
        && kind.equals(q.kind)
        && index.equals(q.index)
        && from.equals(q.from)
        && Objects.equals(to, q.to)
        && exact == q.exact;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, index, from, to, exact);
  }

  /** Names the kind and index, never the values (they may be personal data). */
  @Override
  public String toString() {
    return "IndexQuery[" + kind + "." + index + (exact ? " equal" : " range") + "]";
  }
}
