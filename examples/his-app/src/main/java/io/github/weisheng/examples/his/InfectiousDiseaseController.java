package io.github.weisheng.examples.his;

import static io.github.weisheng.examples.his.Requests.required;

import io.github.weisheng.HealthSession;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.infectious.CaseReport;
import io.github.weisheng.infectious.CaseReportId;
import io.github.weisheng.infectious.HomeFollowUp;
import io.github.weisheng.infectious.HomeFollowUpId;
import io.github.weisheng.infectious.InfectiousDiseaseService;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Infectious-disease reporting (传染病报告和处理): register a case report card (传染病报告卡) on a resident's
 * archive and learn whether its network report was on time, record the home follow-ups (上门随访)
 * during the isolation, and lift the isolation (解除隔离). Every call runs through the user's
 * {@link HealthSession}, so Weisheng's policy decides who may capture (family doctors, nurses and
 * public-health officers; not committee cadres or statisticians) and audits every call.
 */
@RestController
@RequestMapping("/api/case-reports")
class InfectiousDiseaseController {

  /**
   * Registers a case report: {@code POST /api/case-reports}. The answer tells whether the card was
   * reported through the network within its disease's limit, with the rule and the hours.
   *
   * @param session Weisheng acting for the user
   * @param request the card
   * @return 201 with the case and its Location
   */
  @PostMapping
  ResponseEntity<Views.CaseReportView> register(HealthSession session, @RequestBody Requests.CaseReportRequest request) {
    InfectiousDiseaseService service = session.infectiousDiseases();
    CaseReport.Builder card = CaseReport.builder()
        .id(Optional.ofNullable(request.id()).map(CaseReportId::parse).orElseGet(CaseReportId::random))
        .archive(ArchiveNumber.parse(required(request.archive(), "archive")))
        .disease(required(request.disease(), "disease"))
        .classification(required(request.classification(), "classification"))
        .onsetOn(Optional.ofNullable(request.onsetOn()))
        .diagnosedAt(required(request.diagnosedAt(), "diagnosedAt"))
        .reportedAt(Optional.ofNullable(request.reportedAt()))
        .isolationFrom(Optional.ofNullable(request.isolationFrom()))
        .isolationUntil(Optional.ofNullable(request.isolationUntil()));
    Recorded<CaseReport> recorded = service.register(card.build());
    return ResponseEntity.created(URI.create("/api/case-reports/" + recorded.value().id().value()))
        .body(Views.caseReport(recorded, service.diseases()));
  }

  /**
   * Reads a case report: {@code GET /api/case-reports/{id}}.
   *
   * @param session Weisheng acting for the user
   * @param id the case
   * @return the case with its timeliness, or 404
   */
  @GetMapping("/{id}")
  ResponseEntity<Views.CaseReportView> read(HealthSession session, @PathVariable String id) {
    InfectiousDiseaseService service = session.infectiousDiseases();
    return ResponseEntity.of(service.find(CaseReportId.parse(id)).map(c -> Views.caseReport(c, service.diseases())));
  }

  /**
   * Records a follow-up of a case (上门随访): {@code POST /api/case-reports/{id}/follow-ups}; 404 when
   * there is no such case.
   *
   * @param session Weisheng acting for the user
   * @param id the case
   * @param request the day, how, and what was done (codes only, no free text)
   * @return 201 with the follow-up
   */
  @PostMapping("/{id}/follow-ups")
  ResponseEntity<Views.HomeFollowUpView> recordFollowUp(HealthSession session, @PathVariable String id,
      @RequestBody Requests.HomeFollowUpRequest request) {
    InfectiousDiseaseService service = session.infectiousDiseases();
    CaseReportId caseId = CaseReportId.parse(id);
    CaseReport c = service.find(caseId).map(Recorded::value)
        .orElseThrow(() -> new RecordNotFoundException("infectious.case", id));
    Recorded<HomeFollowUp> followUp = service.recordFollowUp(HomeFollowUp.builder()
        .id(HomeFollowUpId.random())
        .caseReport(caseId)
        .archive(c.archive())
        .date(required(request.date(), "date"))
        .mode(required(request.mode(), "mode"))
        .addAllActions(Optional.ofNullable(request.actions()).orElse(Set.of()))
        .build());
    return ResponseEntity.created(URI.create("/api/case-reports/" + id + "/follow-ups/"
        + followUp.value().id().value())).body(Views.homeFollowUp(followUp));
  }

  /**
   * Lifts a case's isolation (解除隔离): {@code POST /api/case-reports/{id}/isolation-lifted}; 404 when
   * there is no such case, 409 when it changed since the version read.
   *
   * @param session Weisheng acting for the user
   * @param id the case
   * @param request the day and the version read
   * @return the new version
   */
  @PostMapping("/{id}/isolation-lifted")
  Views.CaseReportView liftIsolation(HealthSession session, @PathVariable String id,
      @RequestBody Requests.IsolationLiftRequest request) {
    InfectiousDiseaseService service = session.infectiousDiseases();
    Recorded<CaseReport> lifted = service.liftIsolation(CaseReportId.parse(id), required(request.on(), "on"),
        required(request.basedOnVersion(), "basedOnVersion"));
    return Views.caseReport(lifted, service.diseases());
  }
}
