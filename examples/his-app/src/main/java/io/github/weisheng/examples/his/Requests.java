package io.github.weisheng.examples.his;

import io.github.weisheng.chronic.AdverseReaction;
import io.github.weisheng.chronic.ChronicCondition;
import io.github.weisheng.chronic.ComplicationChange;
import io.github.weisheng.chronic.DiabetesDangerSign;
import io.github.weisheng.chronic.DiabetesManagementLevel;
import io.github.weisheng.chronic.HypertensionDangerSign;
import io.github.weisheng.chronic.ManagementTier;
import io.github.weisheng.chronic.VisitMode;
import io.github.weisheng.immunization.Route;
import io.github.weisheng.infectious.CaseClassification;
import io.github.weisheng.infectious.FollowUpAction;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The JSON bodies the HIS posts: flat forms in the host's vocabulary, mapped to Weisheng's values by
 * the controllers. Absent fields are null; Weisheng checks every rule when the values are built.
 */
final class Requests {
  private Requests() {}

  /**
   * Opens an archive (建档) for a resident of the HIS.
   *
   * @param residentId the HIS's own patient id
   * @param name the name (personal data: never logged)
   * @param sex the sex
   * @param birthDate the birth date
   * @param citizenId the citizen ID number, when the resident has one
   * @param phone the phone, optional
   * @param address the current address
   * @param committee the 12-digit committee code the resident lives in
   * @param residencyType registered (户籍) or not
   * @param livesHalfYearOrMore lives here half a year or more (常住); default true
   * @param openedOn the opening date
   * @param institution the opening institution's org-unit id
   * @param team the family-doctor team, optional
   * @param electronic an electronic archive; default true
   */
  record NewArchiveRequest(
      String residentId, String name, Sex sex, LocalDate birthDate, String citizenId, String phone, String address,
      String committee, ResidencyType residencyType, Boolean livesHalfYearOrMore, LocalDate openedOn,
      String institution, String team, Boolean electronic) {}

  /**
   * Enrols a patient in hypertension or type 2 diabetes management (纳入管理).
   *
   * @param archive the 17-digit archive number
   * @param condition the condition
   * @param diagnosis the ICD-10 code, for example {@code I10}
   * @param enrolledOn the date management begins
   * @param diagnosingInstitution the institution that confirmed the diagnosis
   * @param team the responsible family-doctor team
   */
  record EnrolmentRequest(
      String archive, ChronicCondition condition, String diagnosis, LocalDate enrolledOn,
      String diagnosingInstitution, String team) {}

  /**
   * A follow-up visit (随访) of an enrolment.
   *
   * @param visitDate the visit date
   * @param mode clinic, home or phone
   * @param systolic systolic pressure, mmHg
   * @param diastolic diastolic pressure, mmHg
   * @param fastingGlucose fasting plasma glucose, mmol/L
   * @param heartRate beats per minute
   * @param adverseReaction drug adverse reaction
   * @param complication new or worse complication
   * @param hypertensionDangerSigns danger signs of hypertension
   * @param diabetesDangerSigns danger signs of diabetes
   * @param tier the hypertension management tier
   * @param diabetesLevel the diabetes management level
   */
  record FollowUpRequest(
      LocalDate visitDate, VisitMode mode, Integer systolic, Integer diastolic, BigDecimal fastingGlucose,
      Integer heartRate, AdverseReaction adverseReaction, ComplicationChange complication,
      Set<HypertensionDangerSign> hypertensionDangerSigns, Set<DiabetesDangerSign> diabetesDangerSigns,
      ManagementTier tier, DiabetesManagementLevel diabetesLevel) {}

  /**
   * A correction of a recorded follow-up (更正): the whole visit again, the version read and why.
   *
   * @param basedOnVersion the version the correction is based on
   * @param reason why (kept in the history; no personal data)
   * @param visit the corrected visit
   */
  record FollowUpCorrection(Long basedOnVersion, String reason, FollowUpRequest visit) {}

  /**
   * A vaccination given (接种记录).
   *
   * @param product the product code of the schedule, for example {@code HepB}
   * @param doseNumber the dose number
   * @param date the date given
   * @param lot the lot number
   * @param site the injection site
   * @param route the route
   * @param institution the vaccinating clinic
   */
  record VaccinationRequest(
      String product, Integer doseNumber, LocalDate date, String lot, String site, Route route, String institution) {}

  /**
   * An infectious-disease case report card (传染病报告卡).
   *
   * @param id the HIS's own card id, optional (a random one otherwise)
   * @param archive the patient's 17-digit archive number
   * @param disease the disease's code in Weisheng's table, for example {@code HAND_FOOT_MOUTH}
   * @param classification suspected, clinical, confirmed or carrier (病例分类)
   * @param onsetOn the onset day (发病日期), optional
   * @param diagnosedAt when it was diagnosed (诊断时间, local time)
   * @param reportedAt when it was reported through the network (网络报告时间), optional
   * @param isolationFrom the first day of isolation or home management, optional
   * @param isolationUntil the planned last day of isolation, optional
   */
  record CaseReportRequest(
      String id, String archive, String disease, CaseClassification classification, LocalDate onsetOn,
      LocalDateTime diagnosedAt, LocalDateTime reportedAt, LocalDate isolationFrom, LocalDate isolationUntil) {}

  /**
   * A follow-up of an infectious-disease case (上门随访).
   *
   * @param date the day
   * @param mode at home, at the clinic or by phone
   * @param actions what was done, as codes (temperature check, disinfection guidance …)
   */
  record HomeFollowUpRequest(LocalDate date, VisitMode mode, Set<FollowUpAction> actions) {}

  /**
   * Lifting a case's isolation (解除隔离).
   *
   * @param on the day
   * @param basedOnVersion the version of the case read
   */
  record IsolationLiftRequest(LocalDate on, Long basedOnVersion) {}

  /**
   * Returns a required field, or answers 400 naming it.
   *
   * @param value the field's value
   * @param field the field's name in the request
   * @param <T> its type
   * @return the value
   */
  static <T> T required(T value, String field) {
    if (value == null) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
          field + ": required / 必填");
      problem.setTitle("A required field is missing / 缺少必填字段");
      problem.setProperty("field", field);
      throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
    return value;
  }
}
