package io.github.weisheng.internal;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.audit.StoreAuditSink;
import io.github.weisheng.spi.access.AccessPolicy;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Decision;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import io.github.weisheng.spi.audit.AuditEvent;
import io.github.weisheng.spi.audit.AuditSink;
import io.github.weisheng.spi.audit.Outcome;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.RecordWrite;
import io.github.weisheng.validation.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs each request of one principal through the access policy and the audit sink: a denied request
 * is audited and throws {@link AccessDeniedException}; an allowed one is audited when it ends, as
 * succeeded or failed (with the rule id of a {@link RuleViolationException}, or the exception's
 * type). Nothing personal reaches the audit trail.
 *
 * <p>When the sink is a {@link StoreAuditSink} on the store a request commits to, the request's
 * {@code SUCCEEDED} event is not recorded separately: {@link Records} adds it to the request's
 * commit ({@link #successInCommit}), so the write and its event are committed together or not at
 * all. Only the first commit of a request carries the event (every service commits once per
 * request). A request that fails after that commit is not audited again: its event already says
 * what the store holds.
 */
public final class Gate {
  private final Principal principal;
  private final AccessPolicy policy;
  private final AuditSink audit;
  private final Clock clock;
  /** The policy rule of a write or export refused inside an aggregate computation. */
  public static final String AGGREGATE_READ_ONLY = "aggregate.readOnly";

  /** The request running on each thread (runs may nest: a request may read through another). */
  private final ThreadLocal<@Nullable Request> current = new ThreadLocal<>();

  /** One running request: what {@link #run} will audit, and whether a commit already did. */
  private static final class Request {
    final Action action;
    final Resource resource;
    final String rule;
    /** Whether the request runs inside an aggregate computation (its reads are reports). */
    final boolean aggregate;
    boolean audited;

    Request(Action action, Resource resource, String rule, boolean aggregate) {
      this.action = action;
      this.resource = resource;
      this.rule = rule;
      this.aggregate = aggregate;
    }
  }

  /** An action on a resource as the policy is asked about it. */
  private record Asked(Action action, Resource resource) {}

  /**
   * The {@code SUCCEEDED} event of the running request as a write for its commit; {@link
   * #committed()} must be called once the commit has succeeded.
   */
  public static final class InCommit {
    private final Request request;
    private final RecordWrite write;

    private InCommit(Request request, RecordWrite write) {
      this.request = request;
      this.write = write;
    }

    /** @return the write to add to the commit */
    public RecordWrite write() {
      return write;
    }

    /** Marks the request as audited: the commit carrying its event succeeded. */
    public void committed() {
      request.audited = true;
    }
  }

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

  /**
   * Returns the principal's scopes narrowed to an area: each scope inside the area, and the area
   * itself when it lies inside one of the scopes.
   *
   * @param area an org-unit scope prefix
   * @return the scopes to search
   */
  public Set<String> scopesWithin(String area) {
    Set<String> within = new HashSet<>();
    for (String s : principal.scopes()) {
      if (s.startsWith(area)) {
        within.add(s);
      } else if (area.startsWith(s)) {
        within.add(area);
      }
    }
    return within;
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
    return run(new Asked(action, resource), false, work);
  }

  /**
   * Runs a computation of aggregate figures: checks and audits it as a {@link Action#REPORT} on
   * {@code report}, and runs every request made inside it as an aggregate read (see the class
   * comment).
   *
   * @param report what is computed: a report kind, the area's scope, {@link Sensitivity#PUBLIC} or
   *     {@link Sensitivity#DE_IDENTIFIED}
   * @param work the computation, run only when allowed
   * @param <T> the result
   * @return the computation's result
   * @throws IllegalArgumentException when {@code report} is personal data
   */
  public <T> T aggregate(Resource report, Supplier<T> work) {
    if (report.sensitivity().level() > Sensitivity.DE_IDENTIFIED.level()) {
      throw new IllegalArgumentException("an aggregate report is de-identified, not " + report.sensitivity());
    }
    return run(new Asked(Action.REPORT, report), true, work);
  }

  private <T> T run(Asked asked, boolean aggregate, Supplier<T> work) {
    @Nullable Request outer = current.get();
    Asked as = outer != null && outer.aggregate ? withinAggregate(asked) : asked;
    Decision decision = decide(as);
    Request request = new Request(as.action(), as.resource(), decision.rule(),
        aggregate || outer != null && outer.aggregate);
    Action action = as.action();
    Resource resource = as.resource();
    current.set(request);
    T result;
    try {
      result = work.get();
    } catch (RuleViolationException e) {
      if (!request.audited) {
        emit(action, resource, Outcome.FAILED, e.violations().get(0).rule());
      }
      throw e;
    } catch (RuntimeException e) {
      if (!request.audited) {
        emit(action, resource, Outcome.FAILED, e.getClass().getSimpleName());
      }
      throw e;
    } finally {
      if (outer == null) {
        current.remove();
      } else {
        current.set(outer);
      }
    }
    if (!request.audited) {
      emit(action, resource, Outcome.SUCCEEDED, decision.rule());
    }
    return result;
  }

  /**
   * What a request inside an aggregate computation is asked as: a read or search becomes a report
   * on the same kind and scope at {@link Sensitivity#DE_IDENTIFIED}; a write or export is refused.
   */
  private Asked withinAggregate(Asked asked) {
    Resource r = asked.resource();
    Resource deIdentified = r.sensitivity().level() > Sensitivity.DE_IDENTIFIED.level()
        ? Resource.of(r.kind(), r.id(), r.scope(), Sensitivity.DE_IDENTIFIED)
        : r;
    return switch (asked.action()) {
      case READ, SEARCH, REPORT -> new Asked(Action.REPORT, deIdentified);
      case CREATE, AMEND, CLOSE, EXPORT -> {
        emit(asked.action(), r, Outcome.DENIED, AGGREGATE_READ_ONLY);
        throw new AccessDeniedException(asked.action(), r.kind(), AGGREGATE_READ_ONLY);
      }
    };
  }

  /**
   * Returns the {@code SUCCEEDED} event of the request running on this thread as a write for a
   * commit to {@code store} at {@code at}, when the audit sink is a {@link StoreAuditSink} on that
   * store and the request's event is not yet committed; empty otherwise (outside a request, another
   * sink, another store), and the event is then recorded when the request ends, as before.
   *
   * @param store the store about to be committed to
   * @param at the commit time, also the event time
   * @return the event's write with its completion hook, or empty
   */
  public Optional<InCommit> successInCommit(RecordStore store, Instant at) {
    @Nullable Request request = current.get();
    if (request == null || request.audited || !(audit instanceof StoreAuditSink sink)) {
      return Optional.empty();
    }
    AuditEvent event = new AuditEvent(at, principal.id(), request.action, request.resource.kind(),
        request.resource.id(), request.resource.scope(), Outcome.SUCCEEDED, request.rule);
    return sink.writeFor(event, store).map(write -> new InCommit(request, write));
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
    Asked asked = new Asked(action, resource);
    @Nullable Request running = current.get();
    return decide(running != null && running.aggregate ? withinAggregate(asked) : asked);
  }

  /**
   * Tells whether the policy would allow a request, without auditing anything: for deciding what to
   * offer or show (a button, a drill-down's detail), never instead of {@link #run}.
   *
   * @param action the action
   * @param resource what it is about
   * @return true when allowed
   */
  public boolean permits(Action action, Resource resource) {
    return policy.decide(principal, action, resource).allowed();
  }

  private Decision decide(Asked asked) {
    Decision decision = policy.decide(principal, asked.action(), asked.resource());
    if (!decision.allowed()) {
      emit(asked.action(), asked.resource(), Outcome.DENIED, decision.rule());
      throw new AccessDeniedException(asked.action(), asked.resource().kind(), decision.rule());
    }
    return decision;
  }

  private void emit(Action action, Resource resource, Outcome outcome, String detail) {
    audit.record(new AuditEvent(
        clock.instant(), principal.id(), action, resource.kind(), resource.id(), resource.scope(), outcome, detail));
  }
}
