package io.github.weisheng.archive;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.Recorded;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The health-archive use cases, run for one principal (obtain it from {@code
 * health.as(principal).archives()}). Every call is checked by the access policy (a refusal throws
 * {@link AccessDeniedException}) and audited; every write is one atomic commit with who, when and
 * why, so a failed call leaves the store as it was.
 *
 * <p>Amendments take the version the caller read: if someone else changed the archive meanwhile,
 * {@link StaleRecordException} is thrown and nothing is written.
 *
 * @since 0.1.0
 */
public interface ArchiveService {

  /**
   * Opens an archive (建档), allocating the next 5-digit serial of the resident's committee.
   *
   * <p>One archive per person: a second archive for the same citizen ID number, or for a resident
   * who already has one, is refused with {@code archive.duplicate}, whose argument is the existing
   * archive number. The resident's birth date must not be after the opening date
   * ({@code archive.bornAfterOpening}), nor the ID number's ({@code citizenId.birthDateInFuture}).
   *
   * @param request the resident, form and opening details
   * @return the archive, version 1
   * @throws RuleViolationException when a rule is broken (all broken rules at once)
   * @throws AccessDeniedException when the principal may not create archives in that committee
   */
  Recorded<HealthArchive> open(NewArchive request);

  /**
   * Reads an archive (audited as a read of personal data).
   *
   * @param number the archive number
   * @return the current version, or empty when there is none in the principal's scope
   */
  Optional<Recorded<HealthArchive>> find(ArchiveNumber number);

  /**
   * Finds the archive of a citizen ID number (the identity key: 身份识别码).
   *
   * @param id the ID number (a 15-digit number finds the archive of its 18-digit form)
   * @return the current version, or empty when there is none in the principal's scope
   */
  Optional<Recorded<HealthArchive>> findByCitizenId(CitizenId id);

  /**
   * Streams the current version of every archive in the principal's scopes, in archive-number order
   * (a search, audited once). Memory stays bounded whatever the number of archives; close the
   * stream.
   *
   * @return the archives
   */
  Stream<Recorded<HealthArchive>> inScope();

  /**
   * Amends the personal basic-information form; the previous version is kept.
   *
   * @param number the archive
   * @param basedOnVersion the version the caller read
   * @param form the amended form
   * @param reason why (for the history; no personal data)
   * @return the new version
   * @throws RecordNotFoundException when there is no such archive in scope
   * @throws StaleRecordException when the archive changed since {@code basedOnVersion}
   */
  Recorded<HealthArchive> amendForm(ArchiveNumber number, long basedOnVersion, PersonalInformationForm form, String reason);

  /**
   * Closes an active archive: death, transfer out, loss to follow-up or cancellation (注销). A
   * {@link ClosureReason#VOID} cancellation frees the resident and the ID number for a correct
   * archive. Closing an archive that is not active is refused ({@code archive.notActive}).
   *
   * @param number the archive
   * @param basedOnVersion the version the caller read
   * @param closure the reason, date and circumstances
   * @return the new version
   */
  Recorded<HealthArchive> close(ArchiveNumber number, long basedOnVersion, ArchiveClosure closure);

  /**
   * Reopens an archive closed by transfer out or loss to follow-up (the resident came back or was
   * found). Archives closed by death or cancellation cannot be reopened ({@code archive.cannotReopen}).
   *
   * @param number the archive
   * @param basedOnVersion the version the caller read
   * @param reason why
   * @return the new version
   */
  Recorded<HealthArchive> reopen(ArchiveNumber number, long basedOnVersion, String reason);

  /**
   * Returns every version of an archive, oldest first: nothing is ever overwritten (留痕).
   *
   * @param number the archive
   * @return the versions
   * @throws RecordNotFoundException when there is no such archive in scope
   */
  List<Recorded<HealthArchive>> history(ArchiveNumber number);

  /**
   * Records a service given to the archive's resident (a health check, follow-up, encounter …).
   *
   * @param record the service
   * @throws RecordNotFoundException when there is no such archive in scope
   */
  void recordService(ServiceRecord record);

  /**
   * Tells whether an archive is dynamic (动态档案) on a date under the configured {@link
   * DynamicArchivePolicy}.
   *
   * @param number the archive
   * @param asOf the date
   * @return the latest counting service date, or empty when the archive is not dynamic
   */
  Optional<LocalDate> latestCountingService(ArchiveNumber number, LocalDate asOf);

  /**
   * Returns, for every archive in the principal's scopes that is dynamic on a date, the date of its
   * latest counting service — what {@link #latestCountingService} answers archive by archive, in
   * one search (one scan of the service records, one audit event): the input of 健康档案使用率 for a
   * whole centre or district. Archives that are not dynamic are absent.
   *
   * @param asOf the date
   * @return the latest counting service date per dynamic archive
   */
  Map<ArchiveNumber, LocalDate> latestCountingServices(LocalDate asOf);

  /**
   * Returns the rule this service judges dynamic archives by.
   *
   * @return the configured {@link DynamicArchivePolicy}
   */
  DynamicArchivePolicy dynamicPolicy();
}
