package io.github.weisheng.examples.his;

import static io.github.weisheng.examples.his.Requests.required;

import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.immunization.ImmunizationAssessment;
import io.github.weisheng.immunization.SpecialSituations;
import io.github.weisheng.immunization.VaccinationRecord;
import io.github.weisheng.immunization.VaccinationRecordId;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Immunization (预防接种) of a child: record a vaccination, and forecast the next doses from every
 * vaccination recorded, with the national immunization programme schedule.
 */
@RestController
@RequestMapping("/api/archives/{number}")
class ImmunizationController {

  /**
   * Records a vaccination: {@code POST /api/archives/{number}/vaccinations}.
   *
   * @param session Weisheng acting for the user
   * @param number the child's archive number
   * @param request the dose given
   * @return 201 with the record
   */
  @PostMapping("/vaccinations")
  ResponseEntity<Views.VaccinationView> record(HealthSession session, @PathVariable String number,
      @RequestBody Requests.VaccinationRequest request) {
    Recorded<VaccinationRecord> record = session.immunizations().record(VaccinationRecord.builder()
        .id(VaccinationRecordId.random())
        .archive(ArchiveNumber.parse(number))
        .product(required(request.product(), "product"))
        .doseNumber(required(request.doseNumber(), "doseNumber"))
        .date(required(request.date(), "date"))
        .lot(required(request.lot(), "lot"))
        .site(required(request.site(), "site"))
        .route(required(request.route(), "route"))
        .institution(required(request.institution(), "institution"))
        .build());
    return ResponseEntity.created(URI.create("/api/archives/" + number + "/vaccinations/" + record.value().id().value()))
        .body(Views.vaccination(record));
  }

  /**
   * The child's immunization forecast on a date: {@code GET
   * /api/archives/{number}/immunization-forecast?date=}.
   *
   * @param session Weisheng acting for the user
   * @param number the child's archive number
   * @param date the assessment date
   * @return the doses evaluated and the next doses recommended
   */
  @GetMapping("/immunization-forecast")
  Views.ForecastView forecast(HealthSession session, @PathVariable String number,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    ArchiveNumber archive = ArchiveNumber.parse(number);
    ImmunizationAssessment assessment = session.immunizations().assess(archive, SpecialSituations.none(), date);
    return Views.forecast(archive.value(), assessment);
  }
}
