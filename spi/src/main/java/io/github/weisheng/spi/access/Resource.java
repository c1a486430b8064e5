package io.github.weisheng.spi.access;

import java.util.Objects;

/**
 * What an action is about: a record kind, its id (empty for a whole kind, as in a search or
 * report), the owning org-unit scope and the data's sensitivity.
 *
 * @param kind the record kind, for example {@code archive}
 * @param id the record id, or the empty string for the whole kind
 * @param scope the owning org-unit scope; the empty string for a search or report whose results the
 *     caller filters to the principal's own scopes
 * @param sensitivity the GB/T 39725 level of the data
 * @since 0.1.0
 */
public record Resource(String kind, String id, String scope, Sensitivity sensitivity) {

  /** Checks every part. */
  public Resource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(sensitivity, "sensitivity");
  }

  /**
   * Returns a resource naming one record.
   *
   * @param kind the record kind
   * @param id the record id
   * @param scope the owning scope
   * @param sensitivity the sensitivity
   * @return the resource
   */
  public static Resource of(String kind, String id, String scope, Sensitivity sensitivity) {
    return new Resource(kind, id, scope, sensitivity);
  }
}
