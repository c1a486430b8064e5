package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.org.OrgUnitId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person's management in one key population (重点人群管理档案), as the store keeps it: the group,
 * the responsible team (责任团队) and the group's records — the elderly services, the child's
 * history, the pregnancy, the severe-mental-disorder follow-ups with the disorder, or the
 * tuberculosis case. One type for every group, so that one service stores, lists and counts them.
 *
 * <p>Rules (field {@code populationCase.<attribute>}): {@code population.case.records} — exactly
 * the records of the group are present (elderly services only for {@link PopulationGroup#ELDERLY};
 * a child history for {@link PopulationGroup#CHILD}; a pregnancy for {@link
 * PopulationGroup#MATERNAL}; a disorder, with follow-ups, for {@link
 * PopulationGroup#SEVERE_MENTAL_DISORDER}; a TB case for {@link PopulationGroup#TUBERCULOSIS});
 * {@code population.case.otherArchive} — every record is of the case's archive.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePopulationCase.class)
@JsonDeserialize(as = ImmutablePopulationCase.class)
public abstract class PopulationCase {
  PopulationCase() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the case id */
  public abstract PopulationCaseId id();

  /** @return the person's archive */
  public abstract ArchiveNumber archive();

  /** @return the group */
  public abstract PopulationGroup group();

  /** @return the responsible team */
  public abstract OrgUnitId team();

  /** @return the elderly yearly services (elderly only) */
  public abstract List<ElderlyCheck> elderlyServices();

  /** @return the child's history (children only) */
  public abstract Optional<ChildHistory> child();

  /** @return the pregnancy (maternal care only) */
  public abstract Optional<Pregnancy> pregnancy();

  /** @return the disorder (severe mental disorders only; health data, printed as {@code ***}) */
  @Value.Redacted
  public abstract Optional<SevereMentalDisorder> disorder();

  /** @return the follow-ups (severe mental disorders only) */
  public abstract List<SmiFollowUp> smiFollowUps();

  /** @return the tuberculosis case (tuberculosis only) */
  public abstract Optional<TbCase> tuberculosis();

  @Value.Check
  void check() {
    PopulationGroup g = group();
    boolean ok = (elderlyServices().isEmpty() || g == PopulationGroup.ELDERLY)
        && child().isPresent() == (g == PopulationGroup.CHILD)
        && pregnancy().isPresent() == (g == PopulationGroup.MATERNAL)
        && disorder().isPresent() == (g == PopulationGroup.SEVERE_MENTAL_DISORDER)
        && (smiFollowUps().isEmpty() || g == PopulationGroup.SEVERE_MENTAL_DISORDER)
        && tuberculosis().isPresent() == (g == PopulationGroup.TUBERCULOSIS);
    Violations v = new Violations();
    v.require(ok, "populationCase.group", "population.case.records");
    boolean same = elderlyServices().stream().allMatch(e -> e.archive().equals(archive()))
        && child().map(c -> c.archive().equals(archive())).orElse(true)
        && pregnancy().map(p -> p.archive().equals(archive())).orElse(true)
        && smiFollowUps().stream().allMatch(f -> f.archive().equals(archive()))
        && tuberculosis().map(t -> t.archive().equals(archive())).orElse(true);
    v.require(same, "populationCase.archive", "population.case.otherArchive");
    v.throwIfAny();
  }

  /** Builds {@link PopulationCase}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutablePopulationCase.Builder {
    Builder() {}
  }
}
