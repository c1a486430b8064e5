package io.github.weisheng.internal;

import io.github.weisheng.Recorded;
import io.github.weisheng.education.EducationActivity;
import io.github.weisheng.education.EducationActivityId;
import io.github.weisheng.education.EducationCompliance;
import io.github.weisheng.education.EducationMinimums;
import io.github.weisheng.education.EducationService;
import io.github.weisheng.education.InstitutionLevel;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.ScopeFilter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The health-education use cases over the record store, for one principal: activities as community
 * records (see {@link CommunityRecords}) indexed by institution and by institution and date.
 */
public final class DefaultEducationService implements EducationService {
  private final Gate gate;
  private final CommunityRecords<EducationActivity> activities;

  /**
   * Creates the service.
   *
   * @param records typed store access for the principal
   * @param gate the principal's gate
   */
  public DefaultEducationService(Records records, Gate gate) {
    this.gate = gate;
    this.activities = new CommunityRecords<>(records, gate, Kinds.EDUCATION_ACTIVITY, EducationActivity.class,
        a -> a.id().value(), a -> a.scope().value(),
        a -> Set.of(IndexEntry.of("institution", a.institution().value()),
            IndexEntry.of("held", a.institution().value() + "/" + a.heldOn())),
        "education.recordExists");
  }

  private void rules(EducationActivity activity) {
    new Violations().require(!activity.heldOn().isAfter(LocalDate.now(gate.clock())), "heldOn",
        "educationActivity.inFuture").throwIfAny();
  }

  @Override
  public Recorded<EducationActivity> record(EducationActivity activity) {
    Objects.requireNonNull(activity, "activity");
    return activities.create(activity, "education.activity.record", () -> rules(activity));
  }

  @Override
  public Recorded<EducationActivity> amend(EducationActivity activity, long basedOnVersion) {
    Objects.requireNonNull(activity, "activity");
    return activities.amend(activity.id().value(), basedOnVersion, current -> {
      rules(activity);
      return activity;
    }, "education.activity.amend");
  }

  @Override
  public Optional<Recorded<EducationActivity>> find(EducationActivityId id) {
    return activities.find(Objects.requireNonNull(id, "id").value());
  }

  /** The half-open index range of an institution's days from 1 January of {@code from} to the end of {@code to}. */
  private static IndexQuery years(OrgUnitId institution, int from, int to) {
    String prefix = institution.value() + "/";
    return IndexQuery.range(Kinds.EDUCATION_ACTIVITY, "held", prefix + LocalDate.of(from, 1, 1),
        prefix + LocalDate.of(to + 1, 1, 1));
  }

  @Override
  public List<Recorded<EducationActivity>> activitiesOf(OrgUnitId institution, int year) {
    Objects.requireNonNull(institution, "institution");
    return activities.query(Action.SEARCH, "", years(institution, year, year)).stream()
        .sorted(Comparator.comparing((Recorded<EducationActivity> r) -> r.value().heldOn())
            .thenComparing(r -> r.value().id().value()))
        .collect(Collectors.toList());
  }

  @Override
  public EducationCompliance compliance(
      int year, OrgUnitId institution, InstitutionLevel level, EducationMinimums minimums) {
    Objects.requireNonNull(institution, "institution");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(minimums, "minimums");
    return gate.run(Action.REPORT, activities.resource("", ""), () -> {
      // the year before too: a board's last issue of that year starts the first gap
      List<EducationActivity> found = activities.lookUp(years(institution, year - 1, year),
              ScopeFilter.within(gate.principal().scopes()))
          .stream().map(Recorded::value).collect(Collectors.toList());
      return EducationCompliance.assess(year, institution, level, found, minimums);
    });
  }
}
