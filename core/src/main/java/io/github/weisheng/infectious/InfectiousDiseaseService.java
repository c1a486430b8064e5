package io.github.weisheng.infectious;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The infectious-disease use cases (传染病报告和处理), run for one principal (from {@code
 * health.as(principal).infectiousDiseases()}): register a case report on a resident's archive, amend
 * it (the network report time, the isolation), lift its isolation (解除隔离), record its home
 * follow-ups, and find a period's cases and follow-ups through date indexes, without scanning the
 * store. Every call is checked by the access policy (a refusal throws {@link
 * AccessDeniedException}, writes nothing and is audited) and audited; cases and follow-ups are
 * personal records (sensitivity 4) of the archive's committee. Every write is one atomic commit.
 *
 * <p>Rules of the service: {@code infectious.case.exists} (a new case with an id already used),
 * {@code infectious.disease.unknown} (a disease not in the session's {@link NotifiableDiseases}),
 * {@code infectious.case.archiveNotFound}, {@code infectious.case.archiveChanged} (an amendment
 * naming another archive), {@code infectious.case.inFuture} (diagnosed, reported or lifted after now
 * by the entry point's clock); for follow-ups {@code infectious.followUp.exists}, {@code
 * infectious.followUp.caseNotFound}, {@code infectious.followUp.otherArchive}, {@code
 * infectious.followUp.beforeDiagnosis}, {@code infectious.followUp.inFuture}; for periods {@code
 * infectious.period.order} (a period ending before it starts). And those of {@link CaseReport} and
 * {@link HomeFollowUp}.
 *
 * @since 0.1.0
 */
public interface InfectiousDiseaseService {

  /**
   * Registers a case report (登记传染病报告卡), version 1.
   *
   * @param c the case, with a new id
   * @return the stored version
   * @throws RuleViolationException when a rule is broken
   */
  Recorded<CaseReport> register(CaseReport c);

  /**
   * Replaces a case report with a new version (a later network report, an isolation ordered); the old
   * version is kept (留痕).
   *
   * @param c the new version, same id and archive
   * @param basedOnVersion the version the caller read
   * @return the stored version
   * @throws RecordNotFoundException when there is no such case
   * @throws StaleRecordException when the case changed since {@code basedOnVersion}
   */
  Recorded<CaseReport> amend(CaseReport c, long basedOnVersion);

  /**
   * Lifts a case's isolation (解除隔离) on a day.
   *
   * @param id the case
   * @param on the day, the isolation's first day or later
   * @param basedOnVersion the version the caller read
   * @return the stored version
   * @throws RecordNotFoundException when there is no such case
   */
  Recorded<CaseReport> liftIsolation(CaseReportId id, LocalDate on, long basedOnVersion);

  /**
   * Reads a case report (audited as a read of personal data).
   *
   * @param id the case
   * @return its current version, or empty
   */
  Optional<Recorded<CaseReport>> find(CaseReportId id);

  /**
   * Returns every case report of an archive.
   *
   * @param archive the archive
   * @return the current versions
   */
  List<Recorded<CaseReport>> casesOf(ArchiveNumber archive);

  /**
   * Records a follow-up of a case (上门随访), version 1.
   *
   * @param followUp the follow-up, with a new id, on the diagnosis day or later, today or earlier
   * @return the stored version
   */
  Recorded<HomeFollowUp> recordFollowUp(HomeFollowUp followUp);

  /**
   * Returns a case's follow-ups, by date.
   *
   * @param id the case
   * @return the current versions
   * @throws RecordNotFoundException when there is no such case
   */
  List<Recorded<HomeFollowUp>> followUpsOf(CaseReportId id);

  /**
   * Streams the cases diagnosed in a period in the principal's scopes, found through the diagnosis-day
   * index (a search, audited once). Close the stream.
   *
   * @param from the first day
   * @param to the last day
   * @return the current versions, in no particular order
   */
  Stream<CaseReport> diagnosedBetween(LocalDate from, LocalDate to);

  /**
   * Streams the follow-ups made in a period in the principal's scopes, found through the day index
   * (a search, audited once): for counting person-times (人次). Close the stream.
   *
   * @param from the first day
   * @param to the last day
   * @return the current versions, in no particular order
   */
  Stream<HomeFollowUp> followUpsBetween(LocalDate from, LocalDate to);

  /** @return the disease table this session checks cases against */
  NotifiableDiseases diseases();
}
