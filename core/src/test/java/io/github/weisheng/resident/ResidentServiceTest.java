package io.github.weisheng.resident;

import static io.github.weisheng.Fixtures.COMMITTEE_1;
import static io.github.weisheng.Fixtures.COMMITTEE_2;
import static io.github.weisheng.Fixtures.doctor;
import static io.github.weisheng.Fixtures.newArchive;
import static io.github.weisheng.Fixtures.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.CommunityHealth;
import io.github.weisheng.Fixtures;
import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResidentServiceTest {
  private final CommunityHealth health = Fixtures.health();
  private final HealthSession doctor = health.as(doctor());

  @Test
  void aNewbornGetsAnIdNumberLaterAndTheArchiveIsThenFoundByIt() {
    Resident withId = resident(COMMITTEE_1, LocalDate.of(2026, 5, 20), 4);
    Resident newborn = withId.withCitizenId(Optional.empty());
    var archive = doctor.archives().open(newArchive(newborn));
    CitizenId id = withId.citizenId().orElseThrow();
    assertThat(doctor.archives().findByCitizenId(id)).isEmpty();

    Recorded<Resident> v2 = doctor.residents().amend(withId, 1, "办理身份证");

    assertThat(v2.version()).isEqualTo(2);
    assertThat(doctor.archives().findByCitizenId(id)).contains(archive);
    assertThat(doctor.residents().history(newborn.id())).extracting(r -> r.value().citizenId())
        .containsExactly(Optional.empty(), Optional.of(id));
  }

  @Test
  void aCorrectedIdNumberMovesTheArchiveKeyAndFreesTheOldNumber() {
    Resident wrong = resident(COMMITTEE_1, LocalDate.of(1970, 1, 1), 11);
    var archive = doctor.archives().open(newArchive(wrong));
    Resident corrected = wrong.withCitizenId(Optional.of(CitizenId.of("110105", LocalDate.of(1970, 1, 1), 13)));

    doctor.residents().amend(corrected, 1, "身份证号录入错误更正");

    assertThat(doctor.archives().findByCitizenId(corrected.citizenId().orElseThrow())).contains(archive);
    assertThat(doctor.archives().findByCitizenId(wrong.citizenId().orElseThrow())).isEmpty();
    // the old number is free again
    Resident other = resident(COMMITTEE_1, LocalDate.of(1970, 1, 1), 11);
    assertThat(doctor.archives().open(newArchive(other)).value().number().serial()).isEqualTo(2);
  }

  @Test
  void anIdNumberThatBelongsToAnotherArchiveIsRefused() {
    Resident a = resident(COMMITTEE_1, LocalDate.of(1970, 1, 1), 11);
    Resident b = resident(COMMITTEE_1, LocalDate.of(1970, 1, 1), 13);
    doctor.archives().open(newArchive(a));
    doctor.archives().open(newArchive(b));

    assertThatThrownBy(() -> doctor.residents().amend(b.withCitizenId(a.citizenId()), 1, "录入"))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violates("archive.duplicate")).isTrue());
    assertThat(doctor.residents().find(b.id()).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void staleAmendmentsAndUnknownResidentsAreTypedErrors() {
    Resident a = resident(COMMITTEE_1, LocalDate.of(1970, 1, 1), 11);
    doctor.archives().open(newArchive(a));
    doctor.residents().amend(a.withPhone(Optional.of("13912345678")), 1, "更换手机号");

    assertThatThrownBy(() -> doctor.residents().amend(a.withPhone(Optional.empty()), 1, "edit"))
        .isInstanceOf(StaleRecordException.class);
    assertThatThrownBy(() -> doctor.residents().amend(resident(COMMITTEE_1, LocalDate.of(1971, 1, 1), 1), 1, "x"))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void aggregateOnlyRolesSeeMaskedIdentifiersOnly() {
    Resident a = resident(COMMITTEE_1, LocalDate.of(1949, 12, 31), 2);
    doctor.archives().open(newArchive(a));
    HealthSession statistician =
        health.as(Principal.of("stat-1", Set.of("statistician"), Set.of("110105001")));
    HealthSession cadre = health.as(Principal.of("cadre-1", Set.of("committee-cadre"), Set.of("110105001")));

    assertThatThrownBy(() -> statistician.residents().find(a.id())).isInstanceOf(AccessDeniedException.class);
    try (var masked = statistician.residents().inScopeMasked()) {
      assertThat(masked).singleElement().satisfies(m -> {
        assertThat(m.id()).isEqualTo(a.id());
        assertThat(m.name()).isEqualTo("张*");
        assertThat(m.citizenId()).contains("110105********002X");
        assertThat(m.phone()).contains("138****8000");
        assertThat(m.birthYear()).isEqualTo(1949);
        assertThat(m.address()).doesNotContain("1号楼");
      });
    }
    assertThatThrownBy(() -> cadre.residents().inScopeMasked()).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void movingARecordOutOfTheAmendersScopeIsDenied() {
    Resident a = resident(COMMITTEE_1, LocalDate.of(1970, 1, 1), 11);
    doctor.archives().open(newArchive(a));
    HealthSession committeeOneOnly =
        health.as(Principal.of("nurse-1", Set.of("nurse"), Set.of(COMMITTEE_1.value())));

    assertThatThrownBy(() -> committeeOneOnly.residents().amend(a.movedTo("另一小区2号", COMMITTEE_2), 1, "搬家"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(doctor.residents().find(a.id()).orElseThrow().value().committee()).isEqualTo(COMMITTEE_1);
  }
}
