package io.github.weisheng.reporting;

import static io.github.weisheng.reporting.Station.EAST;
import static io.github.weisheng.reporting.Station.WEST;
import static io.github.weisheng.reporting.Station.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.immunization.CoverageReason;
import io.github.weisheng.immunization.CoverageRules;
import io.github.weisheng.immunization.Route;
import io.github.weisheng.immunization.SpecialSituations;
import io.github.weisheng.immunization.VaccinationCertificate;
import io.github.weisheng.immunization.VaccinationRecord;
import io.github.weisheng.immunization.VaccinationRecordId;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Four children and January 2026, worked out by hand. Due in January: K1 (born 5 January) HepB 1 and
 * BCG, both given, HepB on the day of birth; K2 (born 10 January) HepB 1 given two days after birth (not
 * within 24 h: late) and no BCG; K3 (born 20 December) HepB 2 at one month, given, and its certificate
 * (due 20 January) issued on 10 January; K4 (born 25 December) HepB 2 not given, no certificate.
 */
class ImmunizationFiguresTest {
  private static final ReportingPeriod JANUARY = ReportingPeriod.month(YearMonth.of(2026, 1));
  private final Station station = new Station();
  private ArchiveNumber k1;
  private ArchiveNumber k2;
  private ArchiveNumber k3;
  private ArchiveNumber k4;

  private void dose(ArchiveNumber child, String product, int dose, String date) {
    station.officer.immunizations().record(VaccinationRecord.builder().id(VaccinationRecordId.random()).archive(child)
        .product(product).doseNumber(dose).date(d(date)).lot("202601A").site("左上臂")
        .route(product.equals("BCG") ? Route.INTRADERMAL : Route.INTRAMUSCULAR).institution("预防接种门诊").build());
  }

  private void build() {
    k1 = station.archive(EAST, d("2026-01-05"));
    dose(k1, "HepB", 1, "2026-01-05");
    dose(k1, "BCG", 1, "2026-01-06");
    k2 = station.archive(EAST, d("2026-01-10"));
    dose(k2, "HepB", 1, "2026-01-12");
    k3 = station.archive(WEST, d("2025-12-20"));
    dose(k3, "HepB", 1, "2025-12-20");
    dose(k3, "BCG", 1, "2025-12-21");
    dose(k3, "HepB", 2, "2026-01-25");
    station.officer.immunizations().recordCertificate(VaccinationCertificate.of(k3, d("2026-01-10"), "预防接种门诊"), 0);
    k4 = station.archive(WEST, d("2025-12-25"));
    dose(k4, "HepB", 1, "2025-12-25");
  }

  private ImmunizationFigures compute(CertificateBase base, CoverageCounting counting) {
    build();
    return ImmunizationFigures.compute(station.officer, JANUARY, base, counting, a -> SpecialSituations.none(),
        CoverageRules.defaults());
  }

  @Test
  void everyVaccinationOfThePeriodIsCountedValidOrNotAtAnyAge() {
    build();
    dose(k1, "HepB", 2, "2026-01-08"); // three days after dose 1: not valid, still given
    ArchiveNumber adult = station.archive(EAST, d("1990-03-01"));
    dose(adult, "HepB", 1, "2026-01-20"); // an adult: no child of the programme
    dose(k4, "BCG", 1, "2026-02-01"); // after the period
    ImmunizationFigures f = ImmunizationFigures.compute(station.officer, JANUARY);
    assertThat(f.dosesGiven()).isEqualTo(4); // as by hand below: K1 two, K2 one, K3 one
    assertThat(f.vaccinations()).isEqualTo(6); // those four, K1's early HepB 2, the adult's HepB 1
    assertThat(ImmunizationFigures.compute(station.officer, ReportingPeriod.year(2025)).vaccinations())
        .isEqualTo(3); // K3's HepB 1 and BCG, K4's HepB 1
  }

  @Test
  void theFiguresWorkedOutByHand() {
    ImmunizationFigures f = compute(CertificateBase.DUE_IN_PERIOD, CoverageCounting.CHILDREN);
    assertThat(f.children()).isEqualTo(4);
    assertThat(f.dosesGiven()).isEqualTo(4); // K1 two, K2 one, K3 one
    assertThat(f.certificateRate().rate()).isEqualTo(Rate.of(1, 2));
    assertThat(f.certificateRate().notCounted()).singleElement().satisfies(m -> {
      assertThat(m.ref()).isEqualTo(k4.value());
      assertThat(m.reasons()).containsExactly(AppliedRule.of(CoverageReason.NO_CERTIFICATE));
    });
    assertThat(f.coverage()).containsOnlyKeys("HepB", "BCG");
    assertThat(f.coverage().keySet()).containsExactly("HepB", "BCG");
    assertThat(f.coverage().get("HepB").rate()).isEqualTo(Rate.of(3, 4));
    assertThat(f.coverage().get("HepB").definition().name()).isEqualTo("乙肝疫苗接种率");
    assertThat(f.coverage().get("HepB").notCounted()).singleElement().satisfies(m -> {
      assertThat(m.ref()).isEqualTo(k4.value());
      assertThat(m.reasons()).containsExactly(AppliedRule.of(CoverageReason.NOT_RECEIVED, "HepB", 2));
    });
    assertThat(f.coverage().get("BCG").rate()).isEqualTo(Rate.of(1, 2));
    assertThat(f.doseCoverage().keySet()).containsExactly("HepB.1", "HepB.2", "BCG.1");
    assertThat(f.doseCoverage().get("HepB.1").rate()).isEqualTo(Rate.of(2, 2));
    assertThat(f.doseCoverage().get("HepB.2").rate()).isEqualTo(Rate.of(1, 2));
    assertThat(f.doseCoverage().get("HepB.2").by(OrgLevel.COMMITTEE)).containsOnlyKeys(WEST.value());
    // timely: K1's two, K3's HepB 2 of the six doses due; K2's HepB 1 two days after birth is late
    assertThat(f.timelyRate().rate()).isEqualTo(Rate.of(3, 6));
    assertThat(f.timelyRate().definition().counting()).isEqualTo(Counting.PERSON_TIMES);
    assertThat(f.timelyRate().members().stream().filter(m -> m.ref().equals(k2.value() + "/HepB.1")).findFirst()
        .orElseThrow().reasons()).extracting(AppliedRule::rule).containsExactly(CoverageReason.LATE);
    for (IndicatorResult r : f.all()) {
      r.notCounted().forEach(m -> m.reasons().forEach(reason ->
          assertThat(reason.message(Locale.CHINESE)).isNotEqualTo(reason.rule()).containsPattern("\\p{IsHan}")));
    }
    assertThat(f.all()).extracting(r -> r.definition().id()).containsExactly("immunization.certificate-rate",
        "immunization.coverage.HepB", "immunization.coverage.BCG", "immunization.timely-rate");
  }

  @Test
  void theNamedVariants() {
    ImmunizationFigures f = compute(CertificateBase.ALL_CHILDREN, CoverageCounting.DOSES);
    assertThat(f.certificateRate().definition()).isEqualTo(ImmunizationFigures.CERTIFICATE_RATE_ALL_CHILDREN);
    assertThat(f.certificateRate().rate()).isEqualTo(Rate.of(1, 4));
    IndicatorResult hepB = f.coverage().get("HepB");
    assertThat(hepB.definition().id()).isEqualTo("immunization.coverage.HepB.doses");
    assertThat(hepB.definition().counting()).isEqualTo(Counting.PERSON_TIMES);
    assertThat(hepB.members()).extracting(IndicatorMember::ref).containsExactlyInAnyOrder(k1.value() + "/HepB.1",
        k2.value() + "/HepB.1", k3.value() + "/HepB.2", k4.value() + "/HepB.2");
    assertThat(hepB.rate()).isEqualTo(Rate.of(3, 4));
  }

  @Test
  void definitions() {
    assertThat(ImmunizationFigures.doseCoverageDefinition("MMR", 2).id()).isEqualTo("immunization.coverage.MMR.2");
    assertThat(ImmunizationFigures.vaccineName("XYZ")).isEqualTo("XYZ");
    assertThat(ImmunizationFigures.coverageDefinition("MMR", CoverageCounting.CHILDREN).source()).contains("[C: KPI]");
    assertThatThrownBy(() -> ImmunizationFigures.doseCoverageDefinition("MMR", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(List.of(CertificateBase.values())).hasSize(2);
  }
}
