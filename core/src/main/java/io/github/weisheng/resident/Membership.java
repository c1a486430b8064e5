package io.github.weisheng.resident;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dated stay of a resident in a household (户成员): from the day they moved in to the day they
 * moved out (exclusive), with their relation to the head (与户主关系) as recorded when they moved
 * in. A resident who leaves and comes back has two memberships.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMembership.class)
@JsonDeserialize(as = ImmutableMembership.class)
public abstract class Membership {
  Membership() {}

  /**
   * Builds memberships; every attribute but {@code until} is required, each may be set once.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an open membership (the resident has not moved out).
   *
   * @param resident the member
   * @param relation the relation to the head
   * @param from the day the resident moved in
   * @return the membership
   */
  public static Membership of(ResidentId resident, RelationToHead relation, LocalDate from) {
    return builder().resident(resident).relation(relation).from(from).build();
  }

  /** @return the member */
  public abstract ResidentId resident();

  /**
   * Returns the relation to the head (与户主关系) recorded when the member moved in; it is not
   * recomputed when the head changes.
   *
   * @return the relation
   */
  public abstract RelationToHead relation();

  /** @return the day the resident moved in (迁入), the first day of membership */
  public abstract LocalDate from();

  /**
   * Returns the day the resident moved out (迁出): the first day they are no longer a member.
   *
   * @return the end, exclusive; empty while the resident is a member
   */
  public abstract Optional<LocalDate> until();

  /**
   * Tells whether the resident is a member on a day.
   *
   * @param date the day
   * @return true when {@code from <= date < until}
   */
  public boolean isActiveOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(from()) && until().map(date::isBefore).orElse(true);
  }

  /** Returns the same membership ended on a day (the caller checked the day). */
  final Membership endedOn(LocalDate date) {
    return builder().resident(resident()).relation(relation()).from(from()).until(date).build();
  }

  /**
   * Checks that the membership lasts at least one day.
   *
   * @throws RuleViolationException {@code household.period} at {@code membership.until}
   */
  @Value.Check
  final void check() {
    if (until().isPresent() && !until().get().isAfter(from())) {
      throw RuleViolationException.of("membership.until", "household.period");
    }
  }
}
