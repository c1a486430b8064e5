package io.github.weisheng.org;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A community health service station (社区卫生服务站): a unit under a {@link HealthCentre} that serves
 * part of the centre's catchment. That its catchment lies inside its centre's is checked when the
 * {@link ServiceNetwork} is built. Built with {@link #builder()}; every attribute is required.
 *
 * <p>Rule: {@code orgUnit.name} (field {@code name}) — the name is not blank.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHealthStation.class)
@JsonDeserialize(as = ImmutableHealthStation.class)
public abstract class HealthStation {
  HealthStation() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The id the host gives the station, unique across the network.
   *
   * @return the id
   */
  public abstract OrgUnitId id();

  /**
   * The station's name (机构名称); an institution's name, not personal data.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The id of the centre the station belongs to.
   *
   * @return the centre's id
   */
  public abstract OrgUnitId centre();

  /**
   * The committees the station serves (服务范围), inside its centre's catchment.
   *
   * @return the catchment
   */
  public abstract Catchment catchment();

  @Value.Check
  void check() {
    OrgUnitNames.check(name());
  }

  /** Builds a {@link HealthStation}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableHealthStation.Builder {
    Builder() {}
  }
}
