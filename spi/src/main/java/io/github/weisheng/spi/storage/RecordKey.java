package io.github.weisheng.spi.storage;

/**
 * The identity of a record: its kind (for example {@code archive}) and its id within the kind.
 *
 * <p>A kind is a short lower-case name ({@code [a-z][a-z0-9.-]{0,62}}); an id is 1–128 characters
 * of {@code [A-Za-z0-9._:-]}. Ids are not personal data: callers never use a name or an ID number
 * as an id (use a keyed hash where uniqueness on such a value is needed).
 *
 * @param kind the record kind
 * @param id the id within the kind
 * @since 0.1.0
 */
public record RecordKey(String kind, String id) implements Comparable<RecordKey> {

  /** Checks the shape of both parts. */
  public RecordKey {
    Identifiers.name(kind, "kind");
    Identifiers.token(id, "id");
  }

  /**
   * Returns the key of a record.
   *
   * @param kind the record kind
   * @param id the id within the kind
   * @return the key
   */
  public static RecordKey of(String kind, String id) {
    return new RecordKey(kind, id);
  }

  @Override
  public int compareTo(RecordKey other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return kind + "/" + id;
  }
}
