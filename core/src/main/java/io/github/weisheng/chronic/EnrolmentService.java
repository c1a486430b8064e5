package io.github.weisheng.chronic;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The chronic-disease enrolment use cases (慢病建档/纳入管理, 结案, 再次纳入), run for one principal
 * (obtain it from {@code health.as(principal).enrolments()}). Every call is checked by the access
 * policy (a refusal throws {@link AccessDeniedException}) and audited; every write is one atomic
 * commit with who, when and why, so a failed call leaves the store as it was. Enrolments are
 * personal health records of the archive's committee.
 *
 * <p>One active enrolment per archive and condition: a second one is refused with {@code
 * chronic.alreadyEnrolled}, whose argument is the id of the active enrolment. This holds under
 * concurrent writers: of several sessions enrolling the same archive in the same condition at once,
 * exactly one succeeds.
 *
 * <p>Rules of the service, besides those of {@link Enrolment} and {@link EnrolmentClosure}:
 * {@code chronic.archiveNotActive} (the archive is closed), {@code chronic.enrolledInFuture},
 * {@code chronic.enrolledBeforeArchive} (before the archive was opened), {@code
 * chronic.alreadyEnrolled}, {@code chronic.notActive} (closing a closed enrolment), {@code
 * chronic.closedInFuture}, {@code chronic.previousNotClosed}, {@code chronic.reenrolAfterDeath},
 * {@code chronic.reenrolBeforeClosure}. Dates are judged against the entry point's clock.
 *
 * @since 0.1.0
 */
public interface EnrolmentService {

  /**
   * Enrols a patient in a programme (纳入管理) from a confirmed diagnosis.
   *
   * @param archive the patient's archive; it must exist and be active
   * @param condition the condition
   * @param diagnosis the confirmed diagnosis, a code of {@code condition}
   * @param enrolledOn the date management begins: not in the future, not before the archive was
   *     opened
   * @param diagnosingInstitution the institution that confirmed the diagnosis (确诊机构)
   * @param team the responsible family-doctor team
   * @return the enrolment, version 1
   * @throws RecordNotFoundException when the archive does not exist
   * @throws RuleViolationException when a rule is broken (all broken rules at once)
   * @throws AccessDeniedException when the principal may not create enrolments in the archive's
   *     committee
   */
  Recorded<Enrolment> enrol(
      ArchiveNumber archive,
      ChronicCondition condition,
      IcdCode diagnosis,
      LocalDate enrolledOn,
      String diagnosingInstitution,
      OrgUnitId team);

  /**
   * Ends management (结案/终止管理) and frees the archive for a later re-enrolment in the condition.
   *
   * @param id the enrolment
   * @param basedOnVersion the version the caller read
   * @param closure the reason, date and note; the date is not in the future nor before the
   *     enrolment
   * @return the new version
   * @throws RecordNotFoundException when there is no such enrolment
   * @throws StaleRecordException when the enrolment changed since {@code basedOnVersion}
   * @throws RuleViolationException {@code chronic.notActive} when it is already closed, and the
   *     date rules
   */
  Recorded<Enrolment> close(EnrolmentId id, long basedOnVersion, EnrolmentClosure closure);

  /**
   * Re-enrols a patient whose enrolment was closed (再次纳入管理: moved back, found again, diagnosis
   * reinstated): a new enrolment of the same archive and condition that points to the closed one,
   * which stays in the history unchanged. Refused after a death ({@code chronic.reenrolAfterDeath}),
   * while the previous enrolment is active ({@code chronic.previousNotClosed}), before its closure
   * date ({@code chronic.reenrolBeforeClosure}), and while another enrolment of the archive in the
   * condition is active ({@code chronic.alreadyEnrolled}).
   *
   * @param previous the closed enrolment
   * @param diagnosis the confirmed diagnosis, a code of the condition
   * @param enrolledOn the date management begins again
   * @param diagnosingInstitution the institution that confirmed the diagnosis
   * @param team the responsible family-doctor team
   * @return the new enrolment, version 1
   * @throws RecordNotFoundException when there is no such enrolment or archive
   */
  Recorded<Enrolment> reenrol(
      EnrolmentId previous,
      IcdCode diagnosis,
      LocalDate enrolledOn,
      String diagnosingInstitution,
      OrgUnitId team);

  /**
   * Reads an enrolment (audited as a read of personal data).
   *
   * @param id the enrolment
   * @return the current version, or empty when there is none
   */
  Optional<Recorded<Enrolment>> find(EnrolmentId id);

  /**
   * Returns every enrolment of an archive, active and closed, in every condition, by enrolment date
   * (a search in the archive's committee, audited once).
   *
   * @param archive the archive
   * @return the current versions
   */
  List<Recorded<Enrolment>> enrolmentsOf(ArchiveNumber archive);

  /**
   * Returns every version of an enrolment, oldest first (留痕).
   *
   * @param id the enrolment
   * @return the versions
   * @throws RecordNotFoundException when there is no such enrolment
   */
  List<Recorded<Enrolment>> history(EnrolmentId id);

  /**
   * Streams the current version of every enrolment in a condition, active and closed, in the
   * principal's scopes (a search, audited once). Memory stays bounded whatever the number of
   * enrolments; close the stream.
   *
   * @param condition the condition
   * @return the enrolments, in no particular order
   */
  Stream<Recorded<Enrolment>> inScope(ChronicCondition condition);

  /**
   * Streams the current version of every enrolment of every condition, active and closed, in the
   * principal's scopes, in one pass over the store (a search, audited once): for figures over
   * several conditions at once. Memory stays bounded; close the stream.
   *
   * @return the enrolments, in no particular order
   */
  Stream<Recorded<Enrolment>> inScope();
}
