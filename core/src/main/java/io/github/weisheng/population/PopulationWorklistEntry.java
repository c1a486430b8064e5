package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.chronic.WorklistReason;
import io.github.weisheng.org.OrgUnitId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a key-population worklist (重点人群工作清单): whose archive (and case, when there is
 * one), which team, and the service due or overdue with its reason and rule — the shape of the chronic {@link
 * io.github.weisheng.chronic.WorklistEntry}, with the {@link DueService} in place of the enrolment's
 * follow-up dates.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePopulationWorklistEntry.class)
@JsonDeserialize(as = ImmutablePopulationWorklistEntry.class)
public abstract class PopulationWorklistEntry {
  PopulationWorklistEntry() {}

  /**
   * Returns a row.
   *
   * @param c the case
   * @param due the due service
   * @return the row
   */
  public static PopulationWorklistEntry of(PopulationCase c, DueService due) {
    return ImmutablePopulationWorklistEntry.builder().caseId(c.id()).archive(c.archive()).group(c.group())
        .team(c.team()).due(due).build();
  }

  /**
   * Returns a row for a resident the service is due to who has no case yet (an elderly resident
   * never seen for the yearly service).
   *
   * @param archive the archive
   * @param team the archive's responsible team, or its institution when it names none
   * @param due the due service
   * @return the row
   */
  public static PopulationWorklistEntry withoutCase(ArchiveNumber archive, OrgUnitId team, DueService due) {
    return ImmutablePopulationWorklistEntry.builder().archive(archive).group(due.group()).team(team).due(due).build();
  }

  /** @return the case, or empty when the resident has none yet */
  public abstract Optional<PopulationCaseId> caseId();

  /** @return the archive */
  public abstract ArchiveNumber archive();

  /** @return the group */
  public abstract PopulationGroup group();

  /** @return the responsible team */
  public abstract OrgUnitId team();

  /** @return the service due or overdue */
  public abstract DueService due();

  /** @return why the person is listed ({@link WorklistReason#DUE} or {@link WorklistReason#OVERDUE}) */
  public WorklistReason reason() {
    return due().reason();
  }

  /** @return the rule */
  public AppliedRule rule() {
    return due().rule();
  }
}
