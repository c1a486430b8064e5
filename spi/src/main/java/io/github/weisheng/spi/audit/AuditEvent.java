package io.github.weisheng.spi.audit;

import io.github.weisheng.spi.access.Action;
import java.time.Instant;
import java.util.Objects;

/**
 * One audited request: who did what to which record, when, and how it ended. Carries ids and rule
 * names only, never personal data.
 *
 * @param at when
 * @param principalId who
 * @param action what
 * @param kind the record kind
 * @param recordId the record id, or the empty string for a whole kind
 * @param scope the owning org-unit scope
 * @param outcome how it ended
 * @param detail the deciding rule or the failure's rule id
 * @since 0.1.0
 */
public record AuditEvent(
    Instant at,
    String principalId,
    Action action,
    String kind,
    String recordId,
    String scope,
    Outcome outcome,
    String detail) {

  /** Checks every part. */
  public AuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(principalId, "principalId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
  }
}
