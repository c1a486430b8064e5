package io.github.weisheng.reporting;

import static io.github.weisheng.reporting.Station.EAST;
import static io.github.weisheng.reporting.Station.WEST;
import static io.github.weisheng.reporting.Station.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.population.ChildHistory;
import io.github.weisheng.population.ChildService;
import io.github.weisheng.population.ChildVisit;
import io.github.weisheng.population.ElderlyCheck;
import io.github.weisheng.population.ElderlyGuidance;
import io.github.weisheng.population.ElderlyLabTest;
import io.github.weisheng.population.MaternalService;
import io.github.weisheng.population.MaternalVisit;
import io.github.weisheng.population.PopulationGroup;
import io.github.weisheng.population.PopulationIndicator;
import io.github.weisheng.population.Pregnancy;
import io.github.weisheng.population.PregnancyOutcome;
import io.github.weisheng.population.SevereMentalDisorder;
import io.github.weisheng.population.SmiFollowUp;
import io.github.weisheng.population.SmiRiskLevel;
import io.github.weisheng.population.TbCase;
import io.github.weisheng.population.TbRegimen;
import io.github.weisheng.population.TbSupervisor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A hand-built street of two committees for 2026, every indicator worked out by hand, each window
 * edge on both sides: week 12 + 6 days vs 13 + 0, day 28 vs 29 after discharge, 72 h vs 73 h after
 * notification, 4 vs 3 follow-ups, 162 of 180 doses vs 161, a 65th birthday on 31 December vs 1 January.
 */
class PopulationFiguresTest {
  private final Station station = new Station();
  private final Map<String, ArchiveNumber> people = new java.util.HashMap<>();

  private ArchiveNumber person(String key, io.github.weisheng.org.CommitteeCode committee, String birth) {
    ArchiveNumber a = station.archive(committee, d(birth));
    people.put(key, a);
    return a;
  }

  private String ref(String key) {
    return people.get(key).value();
  }

  private void build() {
    // elderly (east): E1 fully served; E2 no service; E3 65 on 31 December, no service; E4 64: not counted
    ArchiveNumber e1 = person("E1", EAST, "1950-03-01");
    station.enrol(e1, PopulationGroup.ELDERLY, b -> b.addElderlyServices(ElderlyCheck.builder().archive(e1)
        .date(d("2026-05-01")).assessed(true).selfCareScore(0).physicalExamDone(true)
        .addAllLabTests(EnumSet.allOf(ElderlyLabTest.class)).addAllGuidance(EnumSet.allOf(ElderlyGuidance.class)).build()));
    person("E2", EAST, "1955-07-01");
    person("E3", EAST, "1961-12-31");
    person("E4", EAST, "1962-01-01");
    // children (west): C1 born 2026, visited; C2 born 2026, never seen; C3 born 2025, checked at 3 months in 2026
    ArchiveNumber c1 = person("C1", WEST, "2026-03-01");
    station.enrol(c1, PopulationGroup.CHILD, b -> b.child(ChildHistory.builder().archive(c1).birthDate(d("2026-03-01"))
        .dischargedOn(d("2026-03-03")).addVisits(ChildVisit.of(c1, ChildService.NEWBORN_VISIT, d("2026-03-05"),
            Optional.empty())).build()));
    ArchiveNumber c2 = person("C2", WEST, "2026-04-01");
    station.enrol(c2, PopulationGroup.CHILD, b -> b.child(ChildHistory.builder().archive(c2).birthDate(d("2026-04-01"))
        .dischargedOn(d("2026-04-03")).build()));
    ArchiveNumber c3 = person("C3", WEST, "2025-11-01");
    station.enrol(c3, PopulationGroup.CHILD, b -> b.child(ChildHistory.builder().archive(c3).birthDate(d("2025-11-01"))
        .dischargedOn(d("2025-11-03")).addVisits(ChildVisit.of(c3, ChildService.MONTH_3, d("2026-02-01"),
            Optional.empty())).build()));
    // mothers (east): M1 registered at week 12 + 6 days, visited on day 28; M2 at 13 + 0 and day 29; M3 not delivered
    ArchiveNumber m1 = person("M1", EAST, "1995-01-01");
    pregnancy(m1, d("2026-01-01").plusDays(12 * 7 + 6), d("2026-10-01"), d("2026-10-03"), d("2026-10-31"));
    ArchiveNumber m2 = person("M2", EAST, "1996-01-01");
    pregnancy(m2, d("2026-01-01").plusDays(13 * 7), d("2026-10-05"), d("2026-10-07"), d("2026-11-05"));
    ArchiveNumber m3 = person("M3", EAST, "1997-01-01");
    station.enrol(m3, PopulationGroup.MATERNAL, b -> b.pregnancy(Pregnancy.builder().archive(m3)
        .lastMenstrualPeriod(d("2026-08-01")).build()));
    // severe mental disorders (west): P1 four follow-ups, P2 three
    smi(person("P1", WEST, "1980-01-01"), 4);
    smi(person("P2", WEST, "1981-01-01"), 3);
    // tuberculosis (east): T1 visited at 72 h, 162 of 180 doses; T2 at 73 h, 161 doses; T3 notified in 2025, 180 doses
    tb(person("T1", EAST, "1970-01-01"), LocalDateTime.parse("2026-03-01T10:00"), 72, d("2026-03-02"), 162);
    tb(person("T2", EAST, "1971-01-01"), LocalDateTime.parse("2026-03-01T10:00"), 73, d("2026-03-02"), 161);
    tb(person("T3", EAST, "1972-01-01"), LocalDateTime.parse("2025-06-01T10:00"), 24, d("2025-06-02"), 180);
  }

  private void pregnancy(ArchiveNumber mother, LocalDate registered, LocalDate delivered, LocalDate discharged,
      LocalDate visited) {
    station.enrol(mother, PopulationGroup.MATERNAL, b -> b.pregnancy(Pregnancy.builder().archive(mother)
        .lastMenstrualPeriod(d("2026-01-01")).deliveredOn(delivered).dischargedOn(discharged)
        .outcome(PregnancyOutcome.LIVE_BIRTH).addVisits(MaternalVisit.of(MaternalService.REGISTRATION, registered),
            MaternalVisit.of(MaternalService.POSTPARTUM_VISIT, visited)).build()));
  }

  private void smi(ArchiveNumber patient, int visits) {
    station.enrol(patient, PopulationGroup.SEVERE_MENTAL_DISORDER, b -> {
      b.disorder(SevereMentalDisorder.SCHIZOPHRENIA);
      for (int q = 0; q < visits; q++) {
        b.addSmiFollowUps(SmiFollowUp.builder().archive(patient).date(d("2026-02-01").plusMonths(3L * q))
            .disorder(SevereMentalDisorder.SCHIZOPHRENIA).riskLevel(SmiRiskLevel.LEVEL_0).build());
      }
      return b;
    });
  }

  private void tb(ArchiveNumber patient, LocalDateTime notified, int hours, LocalDate start, int doses) {
    station.enrol(patient, PopulationGroup.TUBERCULOSIS, b -> b.tuberculosis(TbCase.builder().archive(patient)
        .notifiedAt(notified).firstVisitAt(notified.plusHours(hours)).supervisor(TbSupervisor.MEDICAL_WORKER)
        .dosingPlan("站内服药").regimen(TbRegimen.NEW_2HRZE_4HR).treatmentStart(start)
        .addAllDoses(IntStream.range(0, doses).mapToObj(start::plusDays).toList())
        .completedOn(start.getYear() == 2025 ? d("2026-01-10") : d("2026-09-30")).build()));
  }

  private PopulationFigures compute(RegularDosingDenominator dosing) {
    build();
    return PopulationFigures.compute(station.officer, ReportingPeriod.year(2026), dosing);
  }

  private static List<String> rules(IndicatorResult result, String ref) {
    return result.members().stream().filter(m -> m.ref().equals(ref)).findFirst().orElseThrow().reasons().stream()
        .map(AppliedRule::toString).toList();
  }

  @Test
  void everyIndicatorWorkedOutByHand() {
    PopulationFigures f = compute(RegularDosingDenominator.COMPLETED_TREATMENT);
    assertThat(f.elderlyManagement().rate()).isEqualTo(Rate.of(1, 3));
    assertThat(f.elderlyManagement().members()).extracting(IndicatorMember::ref)
        .containsExactlyInAnyOrder(ref("E1"), ref("E2"), ref("E3"));
    assertThat(rules(f.elderlyManagement(), ref("E2"))).containsExactly("elderly.noService[2026]");
    assertThat(f.newbornVisit().rate()).isEqualTo(Rate.of(1, 2));
    assertThat(rules(f.newbornVisit(), ref("C2"))).containsExactly("child.newbornVisit.missing[]");
    assertThat(f.childManagement().rate()).isEqualTo(Rate.of(2, 3));
    assertThat(rules(f.childManagement(), ref("C2"))).containsExactly("child.management.noCheck[2026]");
    assertThat(f.earlyRegistration().rate()).isEqualTo(Rate.of(1, 2));
    assertThat(f.earlyRegistration().notCounted()).singleElement().satisfies(m -> {
      assertThat(m.ref()).isEqualTo(ref("M2"));
      assertThat(m.reasons()).containsExactly(AppliedRule.of("maternal.registration.late", 13));
    });
    assertThat(f.postpartumVisit().rate()).isEqualTo(Rate.of(1, 2));
    assertThat(rules(f.postpartumVisit(), ref("M2"))).containsExactly("maternal.postpartum.late[28]");
    assertThat(f.smiStandardManagement().rate()).isEqualTo(Rate.of(1, 2));
    assertThat(rules(f.smiStandardManagement(), ref("P2"))).containsExactly("smi.visits.tooFew[3, 4]");
    assertThat(f.tbManagement().rate()).isEqualTo(Rate.of(1, 2));
    assertThat(f.tbManagement().notCounted()).extracting(IndicatorMember::ref).containsExactly(ref("T2"));
    assertThat(f.tbRegularDosing().definition()).isEqualTo(PopulationFigures.TB_REGULAR_DOSING);
    assertThat(f.tbRegularDosing().rate()).isEqualTo(Rate.of(2, 3));
    assertThat(rules(f.tbRegularDosing(), ref("T2"))).containsExactly("tb.regular.notMet[162, 90]");
    assertThat(f.all()).hasSize(PopulationIndicator.values().length);
    for (IndicatorResult r : f.all()) {
      for (IndicatorMember m : r.notCounted()) {
        for (AppliedRule reason : m.reasons()) {
          assertThat(reason.message(Locale.CHINESE)).as(reason.rule()).isNotEqualTo(reason.rule())
              .containsPattern("\\p{IsHan}");
        }
      }
    }
  }

  @Test
  void regularDosingOverNotifiedPatientsIsANamedVariant() {
    PopulationFigures f = compute(RegularDosingDenominator.NOTIFIED);
    assertThat(f.tbRegularDosing().definition()).isEqualTo(PopulationFigures.TB_REGULAR_DOSING_NOTIFIED);
    // T1 and T2 were notified in 2026; T1 took 162 doses, T2 161; T3 (notified in 2025) is not in it
    assertThat(f.tbRegularDosing().rate()).isEqualTo(Rate.of(1, 2));
    assertThat(f.tbRegularDosing().members()).extracting(IndicatorMember::ref)
        .containsExactlyInAnyOrder(ref("T1"), ref("T2"));
  }

  @Test
  void servicesAreCountedInPersonTimesOfThePeriodItself() {
    build();
    PopulationFigures year = PopulationFigures.compute(station.officer, ReportingPeriod.year(2026),
        RegularDosingDenominator.COMPLETED_TREATMENT);
    assertThat(year.personTimes(KeyService.NEWBORN_VISITS)).isEqualTo(1); // C1
    assertThat(year.personTimes(KeyService.CHILD_CHECKS)).isEqualTo(1); // C3 at 3 months
    assertThat(year.personTimes(KeyService.ANTENATAL_CHECKS)).isEqualTo(2); // M1 and M2 registered
    assertThat(year.personTimes(KeyService.POSTPARTUM_VISITS)).isEqualTo(2);
    assertThat(year.personTimes(KeyService.ELDERLY_SERVICES)).isEqualTo(1);
    assertThat(year.personTimes(KeyService.SMI_FOLLOW_UPS)).isEqualTo(7); // 4 + 3 follow-ups of 2 patients (人次 ≠ 人)
    assertThat(year.personTimes(KeyService.TB_VISITS)).isEqualTo(2); // T1's and T2's first visits; T3's was in 2025
    PopulationFigures firstQuarter = PopulationFigures.compute(station.officer, ReportingPeriod.quarter(2026, 1),
        RegularDosingDenominator.COMPLETED_TREATMENT);
    assertThat(firstQuarter.personTimes(KeyService.ANTENATAL_CHECKS)).isZero(); // registered in April
    assertThat(firstQuarter.personTimes(KeyService.SMI_FOLLOW_UPS)).isEqualTo(2); // February's
    assertThat(firstQuarter.personTimes(KeyService.TB_VISITS)).isEqualTo(2); // 4 March
    assertThat(firstQuarter.smiStandardManagement().rate()).isEqualTo(Rate.of(1, 2)); // the rates are the year's
  }

  @Test
  void thePregnantWomenUnderManagementArePersonsPregnantOnSomeDayOfThePeriod() {
    build();
    // M1 (last period 1 January, delivered 1 October), M2 (1 January, 5 October), M3 (1 August, not delivered)
    assertThat(PopulationFigures.compute(station.officer, ReportingPeriod.year(2026),
        RegularDosingDenominator.COMPLETED_TREATMENT).pregnantWomen()).isEqualTo(3);
    assertThat(PopulationFigures.compute(station.officer, ReportingPeriod.quarter(2026, 2),
        RegularDosingDenominator.COMPLETED_TREATMENT).pregnantWomen()).isEqualTo(2); // M3 not yet
    assertThat(PopulationFigures.compute(station.officer, ReportingPeriod.month(java.time.YearMonth.of(2026, 10)),
        RegularDosingDenominator.COMPLETED_TREATMENT).pregnantWomen()).isEqualTo(3); // M1 on her delivery day
    assertThat(PopulationFigures.compute(station.officer, ReportingPeriod.month(java.time.YearMonth.of(2026, 11)),
        RegularDosingDenominator.COMPLETED_TREATMENT).pregnantWomen()).isEqualTo(1); // M3 alone
    assertThat(PopulationFigures.compute(station.officer, ReportingPeriod.quarter(2026, 2),
        RegularDosingDenominator.COMPLETED_TREATMENT).personTimes(KeyService.ANTENATAL_CHECKS))
        .isEqualTo(2); // persons (人) and person-times (人次) are apart: M1's and M2's registrations
  }

  @Test
  void theChildrenRegisteredAreThoseFirstServedInThePeriod() {
    build();
    // C1 first visited 2026-03-05, C3 first checked 2026-02-01, C2 never seen
    assertThat(PopulationFigures.compute(station.officer, ReportingPeriod.year(2026),
        RegularDosingDenominator.COMPLETED_TREATMENT).childrenRegistered()).isEqualTo(2);
    assertThat(PopulationFigures.compute(station.officer, ReportingPeriod.month(java.time.YearMonth.of(2026, 2)),
        RegularDosingDenominator.COMPLETED_TREATMENT).childrenRegistered()).isEqualTo(1); // C3
    // C4, first seen at its newborn visit in December 2025, checked twice in 2026: checked, not registered again
    ArchiveNumber c4 = station.archive(WEST, d("2025-12-01"));
    station.enrol(c4, PopulationGroup.CHILD, b -> b.child(ChildHistory.builder().archive(c4).birthDate(d("2025-12-01"))
        .addVisits(ChildVisit.of(c4, ChildService.NEWBORN_VISIT, d("2025-12-05"), Optional.empty()),
            ChildVisit.of(c4, ChildService.FULL_MONTH, d("2026-01-02"), Optional.empty()),
            ChildVisit.of(c4, ChildService.MONTH_3, d("2026-03-01"), Optional.empty())).build()));
    PopulationFigures year = PopulationFigures.compute(station.officer, ReportingPeriod.year(2026),
        RegularDosingDenominator.COMPLETED_TREATMENT);
    assertThat(year.childrenRegistered()).isEqualTo(2);
    assertThat(year.childManagement().rate().numerator()).isEqualTo(3); // C1, C3, C4 (persons)
    assertThat(year.personTimes(KeyService.CHILD_CHECKS)).isEqualTo(3); // C3's one, C4's two (person-times)
    assertThat(PopulationFigures.compute(station.officer, ReportingPeriod.year(2025),
        RegularDosingDenominator.COMPLETED_TREATMENT).childrenRegistered()).isEqualTo(1); // C4
  }

  @Test
  void figuresAddUpByCommittee() {
    PopulationFigures f = compute(RegularDosingDenominator.COMPLETED_TREATMENT);
    assertThat(f.childManagement().by(OrgLevel.COMMITTEE)).containsOnlyKeys(WEST.value());
    assertThat(f.elderlyManagement().by(OrgLevel.TOWNSHIP)).containsEntry("110105001", Rate.of(1, 3));
    assertThat(PopulationFigures.definition(PopulationIndicator.POSTPARTUM_VISIT).source()).contains("§6.2 [S]");
  }
}
