package io.github.weisheng.org;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * An area team (片区, 家庭医生团队): a family-doctor team that serves part of the catchment of the
 * unit it belongs to — a {@link HealthStation} or, where there is no station, a {@link
 * HealthCentre}. That its catchment lies inside its unit's is checked when the {@link
 * ServiceNetwork} is built. Built with {@link #builder()}; every attribute is required.
 *
 * <p>Rule: {@code orgUnit.name} (field {@code name}) — the name is not blank.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTeam.class)
@JsonDeserialize(as = ImmutableTeam.class)
public abstract class Team {
  Team() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The id the host gives the team, unique across the network.
   *
   * @return the id
   */
  public abstract OrgUnitId id();

  /**
   * The team's name, for example 第三片区 or 王医生团队; a team's name, not personal data (a host that
   * names teams after doctors decides what it puts here).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The id of the unit the team belongs to: a station's or a centre's.
   *
   * @return the unit's id
   */
  public abstract OrgUnitId unit();

  /**
   * The committees the team serves, inside its unit's catchment.
   *
   * @return the catchment
   */
  public abstract Catchment catchment();

  @Value.Check
  void check() {
    OrgUnitNames.check(name());
  }

  /** Builds a {@link Team}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableTeam.Builder {
    Builder() {}
  }
}
