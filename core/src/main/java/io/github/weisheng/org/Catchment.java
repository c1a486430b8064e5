package io.github.weisheng.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The catchment (辖区, 服务范围) of a health centre, station or team: the residents' and villagers'
 * committees whose residents it serves. Containment is by committee: a catchment covers another
 * when it holds every committee of it.
 *
 * <p>JSON: an array of twelve-digit committee codes, in code order.
 *
 * @since 0.1.0
 */
public final class Catchment {
  private static final Catchment EMPTY = new Catchment(ImmutableSortedSet.of());

  private final ImmutableSortedSet<CommitteeCode> committees;

  private Catchment(ImmutableSortedSet<CommitteeCode> committees) {
    this.committees = committees;
  }

  /**
   * Returns the catchment of a set of committees.
   *
   * @param committees the committees, possibly none
   * @return the catchment
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Catchment of(Set<CommitteeCode> committees) {
    return from(Objects.requireNonNull(committees, "committees"));
  }

  /**
   * Returns the catchment of the given committees.
   *
   * @param committees the committees, possibly none; duplicates count once
   * @return the catchment
   */
  public static Catchment of(CommitteeCode... committees) {
    return from(Arrays.asList(Objects.requireNonNull(committees, "committees")));
  }

  /**
   * Returns the catchment of no committees.
   *
   * @return the empty catchment
   */
  public static Catchment empty() {
    return EMPTY;
  }

  private static Catchment from(Collection<CommitteeCode> committees) {
    for (CommitteeCode c : committees) {
      Objects.requireNonNull(c, "committees element");
    }
    return committees.isEmpty() ? EMPTY : new Catchment(ImmutableSortedSet.copyOf(committees));
  }

  /**
   * Returns the committees, in code order.
   *
   * @return an unmodifiable sorted set
   */
  @JsonValue
  public Set<CommitteeCode> committees() {
    return committees;
  }

  /**
   * Tells whether the catchment holds a committee.
   *
   * @param committee the committee
   * @return true when it does
   */
  public boolean covers(CommitteeCode committee) {
    Objects.requireNonNull(committee, "committee");
    return committees.contains(committee);
  }

  /**
   * Tells whether the catchment holds every committee of another (is a superset of it); every
   * catchment covers the empty one and itself.
   *
   * @param other the other catchment
   * @return true when it does
   */
  public boolean covers(Catchment other) {
    Objects.requireNonNull(other, "other");
    return committees.containsAll(other.committees);
  }

  /**
   * Tells whether the catchment holds no committee.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return committees.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Catchment c && committees.equals(c.committees);
  }

  @Override
  public int hashCode() {
    return committees.hashCode();
  }

  /** Returns the committee codes: division codes are not personal data. */
  @Override
  public String toString() {
    return "Catchment" + committees;
  }
}
