package io.github.weisheng.resident;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A household (户) of the resident registry: its members with dated membership (户成员) and exactly
 * one head (户主) at a time, with the head's history. The rules below are the registry's own
 * design (DESIGN.md §3 {@code resident}: "households with a head role and dated membership"), not
 * an official text; relations are coded by GB/T 4761-2008, see {@link RelationToHead}.
 *
 * <p>The value holds the whole history and is immutable: {@link #moveIn}, {@link #moveOut} and
 * {@link #changeHead} return a new household and leave this one as it was. History is
 * append-only: an operation dated before the {@linkplain #lastChangeDate() latest recorded change}
 * is rejected ({@code household.dateOrder}), because the store keeps every version (留痕) and a
 * change slipped in before a later one would silently alter answers already given for past dates
 * and could contradict the later change (a member moved out before a later change of head to
 * them); corrections of a mistaken entry belong to a separate, audited path, not to these
 * operations.
 *
 * <p>Checked at construction, every broken rule reported together with its field path (for
 * example {@code household.memberships[2].from}):
 *
 * <ul>
 *   <li>{@code required}: the address is not blank;
 *   <li>{@code household.beforeEstablished}: no membership starts before {@link #established()};
 *   <li>{@code household.membershipOverlap}: a resident's memberships never overlap;
 *   <li>{@code household.noHead}: there is a head term, and no member remains after the last head
 *       term ended (a household whose members all left may have its last term closed);
 *   <li>{@code household.firstHeadTerm}: the first head term starts at {@link #established()};
 *   <li>{@code household.headTermOpen}: only the last head term may be open;
 *   <li>{@code household.headTermGap}: each head term starts the day the previous one ends;
 *   <li>{@code household.alreadyHead}: consecutive head terms have different heads;
 *   <li>{@code household.headNotMember}: on every day of a head term, the head is a member.
 * </ul>
 *
 * <p>Together these give exactly one head on every day the household has a member, from the day
 * it was established until its last member left ({@code household.period} on {@link Membership}
 * and {@link HeadTerm} guarantees every period lasts a day). The rule "a resident is in at most one
 * household at a time" spans households and is enforced by {@link HouseholdService}, which stores
 * them.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHousehold.class)
@JsonDeserialize(as = ImmutableHousehold.class)
public abstract class Household {
  Household() {}

  /**
   * Builds households; every attribute is required except the two lists, each may be set once.
   * Prefer {@link Household#establish} and the operations, which keep the history consistent.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableHousehold.Builder {
    Builder() {}
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Establishes a household (立户): the head becomes its first member, with relation
   * {@link RelationToHead#SELF} 户主, and its first head.
   *
   * @param id the household's id
   * @param committee the residents' or villagers' committee (居委会/村委会) it belongs to
   * @param address the household's address (personal data, never printed)
   * @param head the head
   * @param on the day it is established
   * @return the household
   * @throws RuleViolationException {@code required} (blank address)
   */
  public static Household establish(
      HouseholdId id, CommitteeCode committee, String address, ResidentId head, LocalDate on) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(on, "on");
    return builder()
        .id(id)
        .committee(committee)
        .address(address)
        .established(on)
        .addMembership(Membership.of(head, RelationToHead.SELF, on))
        .addHeadTerm(HeadTerm.of(head, on))
        .build();
  }

  /** @return the household's id */
  public abstract HouseholdId id();

  /**
   * Returns the residents' or villagers' committee (居委会/村委会) the household belongs to; its
   * code is also the storage scope that owns the household's record.
   *
   * @return the committee code
   */
  public abstract CommitteeCode committee();

  /**
   * Returns the household's address (住址); personal data, masked in {@link #toString()}.
   *
   * @return the address
   */
  @Value.Redacted
  public abstract String address();

  /** @return the day the household was established (立户日期) */
  public abstract LocalDate established();

  /** @return every membership ever recorded, in the order recorded */
  public abstract List<Membership> memberships();

  /** @return the head terms, oldest first; see {@link #headHistory()} */
  public abstract List<HeadTerm> headTerms();

  /**
   * Returns the head history (户主变更记录): the head terms, oldest first, each ending the day
   * the next begins.
   *
   * @return the head terms
   */
  public List<HeadTerm> headHistory() {
    return headTerms();
  }

  /**
   * Returns the head on a day.
   *
   * @param date the day
   * @return the head; empty before the household was established and after it dissolved
   */
  public Optional<ResidentId> headOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return headTerms().stream().filter(t -> t.covers(date)).map(HeadTerm::head).findFirst();
  }

  /**
   * Returns the members on a day.
   *
   * @param date the day
   * @return the members, in the order they were recorded
   */
  public Set<ResidentId> membersOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return memberships().stream()
        .filter(m -> m.isActiveOn(date))
        .map(Membership::resident)
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns a resident's membership on a day.
   *
   * @param resident the resident
   * @param date the day
   * @return the membership, with the relation to the head; empty when not a member that day
   */
  public Optional<Membership> membershipOf(ResidentId resident, LocalDate date) {
    Objects.requireNonNull(resident, "resident");
    Objects.requireNonNull(date, "date");
    return memberships().stream()
        .filter(m -> m.resident().equals(resident) && m.isActiveOn(date))
        .findFirst();
  }

  /**
   * Tells whether the household had dissolved by a day: it was established and its last member
   * has left. A dissolved household takes no new members.
   *
   * @param date the day
   * @return true when no resident is a member on a day on or after {@link #established()}
   */
  public boolean isDissolvedOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(established()) && memberships().stream().noneMatch(m -> m.isActiveOn(date));
  }

  /**
   * Returns the day of the latest recorded change (establishment, a move in or out, a change of
   * head). Operations may be dated on this day or later, never earlier.
   *
   * @return the day
   */
  public LocalDate lastChangeDate() {
    LocalDate last = established();
    for (Membership m : memberships()) {
      last = later(last, m.from());
      last = later(last, m.until().orElse(last));
    }
    for (HeadTerm t : headTerms()) {
      last = later(last, t.from());
      last = later(last, t.until().orElse(last));
    }
    return last;
  }

  /**
   * Records that a resident moved into the household (迁入).
   *
   * @param resident the resident
   * @param relation the relation to the current head (与户主关系)
   * @param on the day they moved in, their first day as a member
   * @return the new household; this one is unchanged
   * @throws RuleViolationException {@code household.dateOrder} (before the latest change),
   *     {@code household.dissolved} (its last member has left), {@code household.alreadyMember}
   *     (the resident is a member on that day)
   */
  public Household moveIn(ResidentId resident, RelationToHead relation, LocalDate on) {
    Objects.requireNonNull(resident, "resident");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(on, "on");
    requireInOrder(on);
    if (isDissolvedOn(on)) {
      throw RuleViolationException.of("on", "household.dissolved");
    }
    if (membershipIndex(resident, on) >= 0) {
      throw RuleViolationException.of("resident", "household.alreadyMember");
    }
    List<Membership> memberships = new ArrayList<>(memberships());
    memberships.add(Membership.of(resident, relation, on));
    return rebuild(memberships, headTerms());
  }

  /**
   * Records that a member moved out (迁出). The head may move out only as the last member, which
   * dissolves the household (the last head term ends the same day); otherwise the head must
   * change first ({@link #changeHead}, which may be dated the same day).
   *
   * @param resident the member
   * @param on the day they moved out, the first day they are no longer a member
   * @return the new household; this one is unchanged
   * @throws RuleViolationException {@code household.dateOrder} (before the latest change),
   *     {@code household.notMember} (not a member on that day), {@code household.headMustChange}
   *     (the head leaves while others stay), {@code household.period} (moving out on the day the
   *     membership, or the head's term, began)
   */
  public Household moveOut(ResidentId resident, LocalDate on) {
    Objects.requireNonNull(resident, "resident");
    Objects.requireNonNull(on, "on");
    requireInOrder(on);
    int index = membershipIndex(resident, on);
    if (index < 0) {
      throw RuleViolationException.of("resident", "household.notMember");
    }
    Membership membership = memberships().get(index);
    List<HeadTerm> terms = new ArrayList<>(headTerms());
    HeadTerm current = terms.get(terms.size() - 1);
    if (current.head().equals(resident)) {
      if (membersOn(on).size() > 1) {
        throw RuleViolationException.of("resident", "household.headMustChange");
      }
      if (!on.isAfter(current.from())) {
        throw RuleViolationException.of("on", "household.period");
      }
      terms.set(terms.size() - 1, current.endedOn(on));
    }
    if (!on.isAfter(membership.from())) {
      throw RuleViolationException.of("on", "household.period");
    }
    List<Membership> memberships = new ArrayList<>(memberships());
    memberships.set(index, membership.endedOn(on));
    return rebuild(memberships, terms);
  }

  /**
   * Records a change of head (变更户主): the current head's term ends and the new head's begins
   * on the same day. The recorded relations of the other members are <em>not</em> recomputed:
   * each stays the relation to the head when that member moved in, as the register recorded it;
   * a host that re-registers relations does so by moving members out and in again.
   *
   * @param newHead the new head, a member on that day
   * @param on the first day of the new head's term
   * @return the new household; this one is unchanged
   * @throws RuleViolationException {@code household.dateOrder} (before the latest change),
   *     {@code household.headNotMember} (the new head is not a member that day),
   *     {@code household.alreadyHead} (already the head), {@code household.period} (the current
   *     term began that same day)
   */
  public Household changeHead(ResidentId newHead, LocalDate on) {
    Objects.requireNonNull(newHead, "newHead");
    Objects.requireNonNull(on, "on");
    requireInOrder(on);
    if (membershipIndex(newHead, on) < 0) {
      throw RuleViolationException.of("newHead", "household.headNotMember");
    }
    List<HeadTerm> terms = new ArrayList<>(headTerms());
    HeadTerm current = terms.get(terms.size() - 1);
    if (current.head().equals(newHead)) {
      throw RuleViolationException.of("newHead", "household.alreadyHead");
    }
    if (!on.isAfter(current.from())) {
      throw RuleViolationException.of("on", "household.period");
    }
    terms.set(terms.size() - 1, current.endedOn(on));
    terms.add(HeadTerm.of(newHead, on));
    return rebuild(memberships(), terms);
  }

  /**
   * Checks the household's invariants, reporting every broken rule together.
   *
   * @throws RuleViolationException the rules listed in the type's description
   */
  @Value.Check
  final void check() {
    Violations v = new Violations();
    v.require(!address().isBlank(), "household.address", "required");
    checkMemberships(v);
    checkHeadTerms(v);
    v.throwIfAny();
  }

  private void checkMemberships(Violations v) {
    List<Membership> all = memberships();
    for (int i = 0; i < all.size(); i++) {
      Membership m = all.get(i);
      v.require(
          !m.from().isBefore(established()),
          "household.memberships[" + i + "].from",
          "household.beforeEstablished");
      for (int j = 0; j < i; j++) {
        Membership earlier = all.get(j);
        if (earlier.resident().equals(m.resident()) && overlap(earlier, m)) {
          v.require(false, "household.memberships[" + i + "].from", "household.membershipOverlap");
          break;
        }
      }
    }
  }

  private void checkHeadTerms(Violations v) {
    List<HeadTerm> terms = headTerms();
    if (terms.isEmpty()) {
      v.require(false, "household.headTerms", "household.noHead");
      return;
    }
    v.require(
        terms.get(0).from().equals(established()),
        "household.headTerms[0].from",
        "household.firstHeadTerm");
    for (int i = 0; i < terms.size(); i++) {
      HeadTerm term = terms.get(i);
      if (i > 0) {
        HeadTerm previous = terms.get(i - 1);
        if (previous.until().isEmpty()) {
          v.require(false, "household.headTerms[" + (i - 1) + "].until", "household.headTermOpen");
        } else {
          v.require(
              previous.until().get().equals(term.from()),
              "household.headTerms[" + i + "].from",
              "household.headTermGap");
        }
        v.require(
            !previous.head().equals(term.head()),
            "household.headTerms[" + i + "].head",
            "household.alreadyHead");
      }
      v.require(
          isMemberThroughout(term),
          "household.headTerms[" + i + "].head",
          "household.headNotMember");
    }
    int lastIndex = terms.size() - 1;
    Optional<LocalDate> end = terms.get(lastIndex).until();
    if (end.isPresent()) {
      boolean memberRemains =
          memberships().stream()
              .anyMatch(m -> m.until().map(u -> u.isAfter(end.get())).orElse(true));
      v.require(!memberRemains, "household.headTerms[" + lastIndex + "].until", "household.noHead");
    }
  }

  /** Whether the head is a member on every day of the term (memberships may adjoin). */
  private boolean isMemberThroughout(HeadTerm term) {
    LocalDate cursor = term.from();
    while (true) {
      LocalDate day = cursor;
      Optional<Membership> covering =
          memberships().stream()
              .filter(m -> m.resident().equals(term.head()) && m.isActiveOn(day))
              .findFirst();
      if (covering.isEmpty()) {
        return false;
      }
      Optional<LocalDate> until = covering.get().until();
      if (until.isEmpty()) {
        return true;
      }
      if (term.until().isPresent() && !until.get().isBefore(term.until().get())) {
        return true;
      }
      cursor = until.get();
    }
  }

  private static boolean overlap(Membership a, Membership b) {
    boolean aEndsBeforeB = a.until().map(u -> !u.isAfter(b.from())).orElse(false);
    boolean bEndsBeforeA = b.until().map(u -> !u.isAfter(a.from())).orElse(false);
    return !aEndsBeforeB && !bEndsBeforeA;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return b.isAfter(a) ? b : a;
  }

  private void requireInOrder(LocalDate on) {
    if (on.isBefore(lastChangeDate())) {
      throw RuleViolationException.of("on", "household.dateOrder");
    }
  }

  private int membershipIndex(ResidentId resident, LocalDate on) {
    List<Membership> all = memberships();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).resident().equals(resident) && all.get(i).isActiveOn(on)) {
        return i;
      }
    }
    return -1;
  }

  private Household rebuild(List<Membership> memberships, List<HeadTerm> terms) {
    return builder()
        .id(id())
        .committee(committee())
        .address(address())
        .established(established())
        .addAllMemberships(memberships)
        .addAllHeadTerms(terms)
        .build();
  }
}
