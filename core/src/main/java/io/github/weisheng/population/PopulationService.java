package io.github.weisheng.population;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.chronic.WorklistScope;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The key-population use cases (重点人群健康管理), run for one principal (from {@code
 * health.as(principal).populations()}): store a person's {@link PopulationCase}, read it, list the
 * cases of an archive, the worklist of a team or area, and every case's yearly indicator status.
 * Every call is checked by the access policy (a refusal throws {@link AccessDeniedException}) and
 * audited; cases are personal records of the archive's committee — severe-mental-disorder and
 * tuberculosis cases at the special sensitivity (level 5). Every write is one atomic commit.
 *
 * <p>Rules of the service: {@code population.case.archiveNotFound} (the archive must exist), {@code
 * population.case.inFuture} (a service after today by the entry point's clock), {@code
 * population.year.range} (a year 1900–9998).
 *
 * @since 0.1.0
 */
public interface PopulationService {

  /**
   * Stores a case: version 1 when new ({@code basedOnVersion} 0), else a new version of it. Each
   * contact the case records that its previous version did not (an elderly service, a child check,
   * a maternal visit, an SMI follow-up, a TB visit) is also recorded as a {@link
   * io.github.weisheng.archive.ServiceRecord} on the archive, in the same commit, so the archive stays
   * dynamic and counts in 健康档案使用率.
   *
   * @param c the case
   * @param basedOnVersion the version the caller read, 0 to create
   * @param reason why (for the history; no personal data)
   * @return the stored version
   * @throws RuleViolationException when a rule is broken
   * @throws StaleRecordException when the case changed since {@code basedOnVersion}
   */
  Recorded<PopulationCase> save(PopulationCase c, long basedOnVersion, String reason);

  /**
   * Reads a case (audited as a read of personal data).
   *
   * @param id the case
   * @return the current version, or empty
   */
  Optional<Recorded<PopulationCase>> find(PopulationCaseId id);

  /**
   * Returns every case of an archive.
   *
   * @param archive the archive
   * @return the current versions
   */
  List<Recorded<PopulationCase>> casesOf(ArchiveNumber archive);

  /**
   * Returns what one case is due or overdue for on a date.
   *
   * @param id the case
   * @param asOf the date
   * @return the due services
   * @throws RecordNotFoundException when there is no such case
   */
  List<DueService> due(PopulationCaseId id, LocalDate asOf);

  /**
   * Streams the worklist of a team or an area on a date: every case in the principal's scopes with
   * a service due or overdue, one row per service, and every resident of the elderly service's age
   * (65+, living here half a year or more, §6.3) who has no elderly case yet and whose yearly service
   * is due — those rows have no case id and list the archive's team (or its institution when it names
   * none). Close the stream. Audited once.
   *
   * @param scope the team or area (the chronic {@link WorklistScope})
   * @param asOf the date
   * @return the rows
   */
  Stream<PopulationWorklistEntry> worklist(WorklistScope scope, LocalDate asOf);

  /**
   * Streams every case's input to an indicator for a year, in the principal's scopes (those not
   * counted are included, with their reason). Close the stream. Audited once.
   *
   * @param indicator the indicator
   * @param year the calendar year
   * @return the statuses
   */
  Stream<IndicatorStatus> yearlyStatuses(PopulationIndicator indicator, int year);

  /**
   * Streams the current version of every case of a group in the principal's scopes (a search on
   * special-sensitivity records, audited once): for counting the services of a period (人次). Close
   * the stream.
   *
   * @param group the group
   * @return the cases, in no particular order
   */
  Stream<PopulationCase> inScope(PopulationGroup group);
}
