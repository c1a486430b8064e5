package io.github.weisheng.examples.his;

import static io.github.weisheng.examples.his.Requests.required;

import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.chronic.AdverseReaction;
import io.github.weisheng.chronic.BloodPressure;
import io.github.weisheng.chronic.ComplicationChange;
import io.github.weisheng.chronic.Enrolment;
import io.github.weisheng.chronic.EnrolmentId;
import io.github.weisheng.chronic.FastingGlucose;
import io.github.weisheng.chronic.FollowUpForm;
import io.github.weisheng.chronic.FollowUpVisit;
import io.github.weisheng.chronic.FollowUpVisitId;
import io.github.weisheng.chronic.IcdCode;
import io.github.weisheng.chronic.WorklistEntry;
import io.github.weisheng.chronic.WorklistScope;
import io.github.weisheng.org.OrgUnitId;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hypertension and type 2 diabetes management (慢病管理): enrol a patient, record a follow-up and get
 * its classification, next visit and referral, correct a follow-up, and a team's worklist for a date.
 */
@RestController
@RequestMapping("/api")
class ChronicCareController {

  /**
   * Enrols a patient (纳入管理): {@code POST /api/enrolments}.
   *
   * @param session Weisheng acting for the user
   * @param request the archive, condition, diagnosis, date and team
   * @return 201 with the enrolment
   */
  @PostMapping("/enrolments")
  ResponseEntity<Views.EnrolmentView> enrol(HealthSession session, @RequestBody Requests.EnrolmentRequest request) {
    Recorded<Enrolment> enrolment = session.enrolments().enrol(
        ArchiveNumber.parse(required(request.archive(), "archive")),
        required(request.condition(), "condition"),
        IcdCode.parse(required(request.diagnosis(), "diagnosis")),
        required(request.enrolledOn(), "enrolledOn"),
        required(request.diagnosingInstitution(), "diagnosingInstitution"),
        OrgUnitId.of(required(request.team(), "team")));
    return ResponseEntity.created(URI.create("/api/enrolments/" + enrolment.value().id().value()))
        .body(Views.enrolment(enrolment));
  }

  /**
   * Records a follow-up visit (随访): {@code POST /api/enrolments/{id}/follow-ups}. The answer gives
   * the visit's classification, the next visit date and the referral, each with the rules behind it.
   *
   * @param session Weisheng acting for the user
   * @param id the enrolment
   * @param request what the visit found
   * @return 201 with the visit and its assessment
   */
  @PostMapping("/enrolments/{id}/follow-ups")
  ResponseEntity<Views.FollowUpView> recordFollowUp(HealthSession session, @PathVariable String id,
      @RequestBody Requests.FollowUpRequest request) {
    Recorded<FollowUpVisit> visit = session.followUps().record(EnrolmentId.parse(id), form(request));
    return ResponseEntity.created(URI.create("/api/follow-ups/" + visit.value().id().value()))
        .body(Views.followUp(visit));
  }

  /**
   * Reads a follow-up: {@code GET /api/follow-ups/{id}}.
   *
   * @param session Weisheng acting for the user
   * @param id the visit
   * @return the visit with its assessment, or 404
   */
  @GetMapping("/follow-ups/{id}")
  ResponseEntity<Views.FollowUpView> readFollowUp(HealthSession session, @PathVariable String id) {
    return ResponseEntity.of(session.followUps().find(FollowUpVisitId.parse(id)).map(Views::followUp));
  }

  /**
   * Corrects a recorded follow-up (更正): {@code PUT /api/follow-ups/{id}}; the visit is assessed
   * again and the earlier version stays in the history. 409 when someone changed it since the
   * version read.
   *
   * @param session Weisheng acting for the user
   * @param id the visit
   * @param correction the version read, the reason and the corrected visit
   * @return the new version with its assessment
   */
  @PutMapping("/follow-ups/{id}")
  Views.FollowUpView correctFollowUp(HealthSession session, @PathVariable String id,
      @RequestBody Requests.FollowUpCorrection correction) {
    Recorded<FollowUpVisit> visit = session.followUps().amend(FollowUpVisitId.parse(id),
        required(correction.basedOnVersion(), "basedOnVersion"), form(required(correction.visit(), "visit")),
        required(correction.reason(), "reason"));
    return Views.followUp(visit);
  }

  private static FollowUpForm form(Requests.FollowUpRequest request) {
    FollowUpForm.Builder form = FollowUpForm.builder()
        .visitDate(required(request.visitDate(), "visitDate"))
        .mode(required(request.mode(), "mode"))
        .adverseReaction(Optional.ofNullable(request.adverseReaction()).orElse(AdverseReaction.NONE))
        .complication(Optional.ofNullable(request.complication()).orElse(ComplicationChange.NONE))
        .addAllHypertensionDangerSigns(Optional.ofNullable(request.hypertensionDangerSigns()).orElse(Set.of()))
        .addAllDiabetesDangerSigns(Optional.ofNullable(request.diabetesDangerSigns()).orElse(Set.of()))
        .heartRate(Optional.ofNullable(request.heartRate()))
        .tier(Optional.ofNullable(request.tier()))
        .diabetesLevel(Optional.ofNullable(request.diabetesLevel()))
        .fastingGlucose(Optional.ofNullable(request.fastingGlucose()).map(FastingGlucose::of));
    if (request.systolic() != null || request.diastolic() != null) {
      form.bloodPressure(BloodPressure.of(required(request.systolic(), "systolic"),
          required(request.diastolic(), "diastolic")));
    }
    return form.build();
  }

  /**
   * A team's follow-up worklist (随访工作清单) on a date: {@code GET /api/teams/{team}/worklist?date=}.
   *
   * @param session Weisheng acting for the user
   * @param team the family-doctor team
   * @param date the date planned for
   * @return the patients due, overdue or lost, and the health checks due
   */
  @GetMapping("/teams/{team}/worklist")
  Views.Worklist worklist(HealthSession session, @PathVariable String team,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    OrgUnitId id = OrgUnitId.of(team);
    try (Stream<WorklistEntry> entries = session.followUps().worklist(WorklistScope.team(id), date)) {
      List<Views.WorklistRow> rows = entries.map(Views::worklistRow).toList();
      return new Views.Worklist(id.value(), date, rows);
    }
  }
}
