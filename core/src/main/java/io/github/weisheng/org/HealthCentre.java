package io.github.weisheng.org;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A community health service centre (社区卫生服务中心): the unit at township or street level that runs
 * the basic public health services for its catchment and has {@link HealthStation stations} (社区卫生
 * 服务站) under it. Built with {@link #builder()}; every attribute is required.
 *
 * <p>Rule: {@code orgUnit.name} (field {@code name}) — the name is not blank.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHealthCentre.class)
@JsonDeserialize(as = ImmutableHealthCentre.class)
public abstract class HealthCentre {
  HealthCentre() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The id the host gives the centre, unique across the network.
   *
   * @return the id
   */
  public abstract OrgUnitId id();

  /**
   * The centre's name (机构名称), for example 朝阳门社区卫生服务中心; an institution's name, not personal
   * data.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The township or street (乡镇/街道) where the centre sits.
   *
   * @return the township code
   */
  public abstract TownshipCode township();

  /**
   * The committees the centre serves (辖区).
   *
   * @return the catchment
   */
  public abstract Catchment catchment();

  @Value.Check
  void check() {
    OrgUnitNames.check(name());
  }

  /** Builds a {@link HealthCentre}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableHealthCentre.Builder {
    Builder() {}
  }
}
