package io.github.weisheng.examples.his;

import static io.github.weisheng.examples.his.Requests.required;

import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Health archives (居民健康档案): open one, read one. */
@RestController
@RequestMapping("/api/archives")
class ArchiveController {
  private final Clock clock;

  ArchiveController(Clock clock) {
    this.clock = clock;
  }

  /**
   * Opens an archive (建档): {@code POST /api/archives}.
   *
   * @param session Weisheng acting for the user
   * @param request the resident and the opening details
   * @return 201 with the archive and its Location
   */
  @PostMapping
  ResponseEntity<Views.ArchiveView> open(HealthSession session, @RequestBody Requests.NewArchiveRequest request) {
    Resident resident = Resident.builder()
        .id(ResidentId.parse(required(request.residentId(), "residentId")))
        .name(required(request.name(), "name"))
        .sex(required(request.sex(), "sex"))
        .birthDate(required(request.birthDate(), "birthDate"))
        .citizenId(Optional.ofNullable(request.citizenId()).map(CitizenId::parse))
        .phone(Optional.ofNullable(request.phone()))
        .address(required(request.address(), "address"))
        .committee(CommitteeCode.parse(required(request.committee(), "committee")))
        .residencyType(required(request.residencyType(), "residencyType"))
        .livesHalfYearOrMore(!Boolean.FALSE.equals(request.livesHalfYearOrMore()))
        .build();
    Recorded<HealthArchive> archive = session.archives().open(NewArchive.builder()
        .resident(resident)
        .openedOn(required(request.openedOn(), "openedOn"))
        .institution(OrgUnitId.of(required(request.institution(), "institution")))
        .team(Optional.ofNullable(request.team()).map(OrgUnitId::of))
        .electronic(!Boolean.FALSE.equals(request.electronic()))
        .build());
    return ResponseEntity.created(URI.create("/api/archives/" + archive.value().number().value()))
        .body(Views.archive(archive, Optional.of(resident), LocalDate.now(clock)));
  }

  /**
   * Reads an archive: {@code GET /api/archives/{number}}; 404 when there is none in the user's
   * scopes.
   *
   * @param session Weisheng acting for the user
   * @param number the 17-digit archive number
   * @return the archive with its resident
   */
  @GetMapping("/{number}")
  ResponseEntity<Views.ArchiveView> read(HealthSession session, @PathVariable String number) {
    Optional<Recorded<HealthArchive>> archive = session.archives().find(ArchiveNumber.parse(number));
    if (archive.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    Optional<Resident> resident = session.residents().find(archive.get().value().resident()).map(Recorded::value);
    return ResponseEntity.ok(Views.archive(archive.get(), resident, LocalDate.now(clock)));
  }
}
