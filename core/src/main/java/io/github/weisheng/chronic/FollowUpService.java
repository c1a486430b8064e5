package io.github.weisheng.chronic;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The follow-up use cases of hypertension and type 2 diabetes management (随访), run for one
 * principal (obtain it from {@code health.as(principal).followUps()}): record a visit, amend it,
 * list a patient's visits. Every call is checked by the access policy (a refusal throws {@link
 * AccessDeniedException}) and audited; every write is one atomic commit with who, when and why.
 * Visits are personal health records of the archive's committee.
 *
 * <p>Recording classifies the visit with the rules of the entry point's {@link ChronicCarePolicy}
 * ({@link HypertensionFollowUpRules} or {@link DiabetesFollowUpRules}), chained to the patient's
 * latest visit on or before the visit date ({@link PreviousVisit}), with the routine interval of
 * the tier ({@link FollowUpForm#tier()}) or diabetes level ({@link FollowUpForm#diabetesLevel()}),
 * and with the age on the visit date from the resident's birth date; the visit stores the
 * assessment with its rule ids. An amendment re-assesses the amended visit only: later visits keep
 * the assessment they were given (their record is what the doctor acted on).
 *
 * <p>Rules of the service, besides those of {@link FollowUpForm}, reported all at once: {@code
 * followUp.conditionNotFollowedUp} (only hypertension and type 2 diabetes are followed up), {@code
 * followUp.enrolmentNotActive}, {@code followUp.visitInFuture} (after today by the entry point's
 * clock), {@code followUp.visitBeforeEnrolment}, {@code followUp.bloodPressureRequired} and {@code
 * followUp.tierRequired} (hypertension), {@code followUp.fastingGlucoseRequired} and {@code
 * followUp.diabetesLevelRequired} (diabetes: a free FPG at each visit, §4 [C]), {@code
 * followUp.reason} (an amendment's reason, 1–200 characters), {@code followUp.year.range} (a year
 * 1900–9998).
 *
 * @since 0.1.0
 */
public interface FollowUpService {

  /**
   * Records a follow-up of an active enrolment.
   *
   * @param enrolment the enrolment followed up
   * @param form what the visit found
   * @return the visit, version 1, with its assessment
   * @throws RecordNotFoundException when there is no such enrolment
   * @throws RuleViolationException when a rule is broken (all broken rules at once)
   * @throws AccessDeniedException when the principal may not create records in the archive's committee
   */
  Recorded<FollowUpVisit> record(EnrolmentId enrolment, FollowUpForm form);

  /**
   * Amends a recorded visit (a correction): the form is replaced and the visit re-assessed; the
   * previous version stays in the history. The enrolment must still be active.
   *
   * @param id the visit
   * @param basedOnVersion the version the caller read
   * @param form the corrected form
   * @param reason why (for the history; no personal data)
   * @return the new version
   * @throws RecordNotFoundException when there is no such visit
   * @throws StaleRecordException when the visit changed since {@code basedOnVersion}
   */
  Recorded<FollowUpVisit> amend(FollowUpVisitId id, long basedOnVersion, FollowUpForm form, String reason);

  /**
   * Reads a visit (audited as a read of personal data).
   *
   * @param id the visit
   * @return the current version, or empty when there is none
   */
  Optional<Recorded<FollowUpVisit>> find(FollowUpVisitId id);

  /**
   * Returns every visit of an enrolment, by visit date (a search in the archive's committee, audited
   * once).
   *
   * @param enrolment the enrolment
   * @return the current versions, oldest visit first
   * @throws RecordNotFoundException when there is no such enrolment
   */
  List<Recorded<FollowUpVisit>> visitsOf(EnrolmentId enrolment);

  /**
   * Returns every version of a visit, oldest first (留痕).
   *
   * @param id the visit
   * @return the versions
   * @throws RecordNotFoundException when there is no such visit
   */
  List<Recorded<FollowUpVisit>> history(FollowUpVisitId id);

  /**
   * Returns a patient's management in a calendar year (年度管理状况): face-to-face follow-ups,
   * managed to standard or not, latest reading controlled or not, with the reasons ({@link
   * YearlyStatus#assess}). A search of the enrolment's visits, audited once.
   *
   * @param enrolment the enrolment (hypertension or type 2 diabetes)
   * @param year the calendar year
   * @return the status
   * @throws RecordNotFoundException when there is no such enrolment
   */
  YearlyStatus yearlyStatus(EnrolmentId enrolment, int year);

  /**
   * Streams the yearly status of every enrolment in a condition managed during a year (enrolled on
   * or before 31 December, and active or closed on or after 1 January: 年内已管理) in the principal's
   * scopes: the input of the standard management and control rates. Memory stays bounded whatever
   * the number of patients; close the stream. Audited once.
   *
   * @param condition hypertension or type 2 diabetes
   * @param year the calendar year
   * @return the statuses, in no particular order
   */
  Stream<YearlyStatus> yearlyStatuses(ChronicCondition condition, int year);

  /**
   * Streams the follow-up worklist (随访工作清单) of a team or an area on a date: the patients whose
   * follow-up is due, overdue or lost, and those whose health check is due, each row with its rule
   * and dates ({@link WorklistRules}). Patients with both conditions get one health-check row, under
   * their hypertension enrolment. Works from the store's index look-ups, patient by patient, so
   * memory stays bounded whatever the number of patients; close the stream. Audited once.
   *
   * @param scope the team or area
   * @param asOf the date (today, or a day to plan for)
   * @return the rows, patient by patient, the follow-up row before the health-check row
   * @throws AccessDeniedException when the principal may not search the area
   */
  Stream<WorklistEntry> worklist(WorklistScope scope, LocalDate asOf);
}
