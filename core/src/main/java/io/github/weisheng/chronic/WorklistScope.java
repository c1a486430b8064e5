package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.org.OrgUnitId;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whose patients a worklist covers: one family-doctor team's (责任团队, the enrolment's team) or an
 * area's — the patients whose archive lies under an org-unit code: a county (6 digits), a
 * township or street, the usual catchment of a centre (9 digits, {@code
 * HealthCentre.township()}), or a residents' committee (12 digits). Either way, only patients in
 * the principal's scopes are listed.
 *
 * <p>Rule {@code worklist.scope.code} (field {@code worklistScope.area}): 6, 9 or 12 ASCII digits.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorklistScope.class)
@JsonDeserialize(as = ImmutableWorklistScope.class)
public abstract class WorklistScope {
  WorklistScope() {}

  /**
   * Returns the scope of one team.
   *
   * @param team the team
   * @return the scope
   */
  public static WorklistScope team(OrgUnitId team) {
    return ImmutableWorklistScope.builder().team(Objects.requireNonNull(team, "team")).build();
  }

  /**
   * Returns the scope of an area.
   *
   * @param orgCode the county, township or committee code
   * @return the scope
   */
  public static WorklistScope area(String orgCode) {
    return ImmutableWorklistScope.builder().area(Objects.requireNonNull(orgCode, "orgCode")).build();
  }

  /** @return the team, for a team's worklist */
  public abstract Optional<OrgUnitId> team();

  /** @return the org-unit code, for an area's worklist */
  public abstract Optional<String> area();

  @Value.Check
  void check() {
    if (team().isPresent() == area().isPresent()) {
      throw new IllegalArgumentException("a worklist is of a team or of an area / 工作清单须指定团队或区域之一");
    }
    Violations v = new Violations();
    area().ifPresent(a -> v.require(a.matches("[0-9]{6}|[0-9]{9}|[0-9]{12}"), "worklistScope.area",
        "worklist.scope.code"));
    v.throwIfAny();
  }
}
