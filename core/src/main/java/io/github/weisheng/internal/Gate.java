package io.github.weisheng.internal;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.spi.access.AccessPolicy;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Decision;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.audit.AuditEvent;
import io.github.weisheng.spi.audit.AuditSink;
import io.github.weisheng.spi.audit.Outcome;
import io.github.weisheng.validation.RuleViolationException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs each request of one principal through the access policy and the audit sink: a denied request
 * is audited and throws {@link AccessDeniedException}; an allowed one is audited when it ends, as
 * succeeded or failed (with the rule id of a {@link RuleViolationException}, or the exception's
 * type). Nothing personal reaches the audit trail.
 */
public final class Gate {
  private final Principal principal;
  private final AccessPolicy policy;
  private final AuditSink audit;
  private final Clock clock;

  /**
   * Creates the gate of one principal.
   *
   * @param principal who acts
   * @param policy the access policy
   * @param audit the audit sink
   * @param clock the clock for audit times
   */
  public Gate(Principal principal, AccessPolicy policy, AuditSink audit, Clock clock) {
    this.principal = Objects.requireNonNull(principal, "principal");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** @return the principal this gate acts for */
  public Principal principal() {
    return principal;
  }

  /** @return the clock */
  public Clock clock() {
    return clock;
  }

  /**
   * Checks access, then runs the work and audits its outcome.
   *
   * @param action the action
   * @param resource what it is about
   * @param work the work, run only when allowed
   * @param <T> the result
   * @return the work's result
   */
  public <T> T run(Action action, Resource resource, Supplier<T> work) {
    Decision decision = check(action, resource);
    T result;
    try {
      result = work.get();
    } catch (RuleViolationException e) {
      emit(action, resource, Outcome.FAILED, e.violations().get(0).rule());
      throw e;
    } catch (RuntimeException e) {
      emit(action, resource, Outcome.FAILED, e.getClass().getSimpleName());
      throw e;
    }
    emit(action, resource, Outcome.SUCCEEDED, decision.rule());
    return result;
  }

  /**
   * Checks access without running anything; a denial is audited and thrown, an allowance is not
   * audited (the caller audits the outcome with {@link #run}).
   *
   * @param action the action
   * @param resource what it is about
   * @return the allowing decision
   */
  public Decision check(Action action, Resource resource) {
    Decision decision = policy.decide(principal, action, resource);
    if (!decision.allowed()) {
      emit(action, resource, Outcome.DENIED, decision.rule());
      throw new AccessDeniedException(action, resource.kind(), decision.rule());
    }
    return decision;
  }

  private void emit(Action action, Resource resource, Outcome outcome, String detail) {
    audit.record(new AuditEvent(
        clock.instant(), principal.id(), action, resource.kind(), resource.id(), resource.scope(), outcome, detail));
  }
}
