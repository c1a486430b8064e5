package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationTesting.boy;
import static io.github.weisheng.immunization.ImmunizationTesting.d;
import static io.github.weisheng.immunization.ImmunizationTesting.dose;
import static io.github.weisheng.immunization.ImmunizationTesting.girl;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import io.github.weisheng.archive.ArchiveNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked reporting inputs (§2 [C] KPI, [S] CERT): due, received and timely per series and
 * dose, the reasons, the 2025 DTaP transition, a series added later (HPV), children born before the
 * 2021 edition, and the certificate.
 */
class ImmunizationCoverageTest {
  static final ArchiveNumber ARCHIVE = ArchiveNumber.parse("11010500100100001");
  private static final ImmunizationCoverage COVERAGE = ImmunizationCoverage.defaults();
  private static final Optional<VaccinationCertificate> NO_CERTIFICATE = Optional.empty();

  /** Born 2021-03-15, every first-year dose on its day (JE-L path). */
  static VaccinationHistory.Builder onTimeFirstYear(boolean withMmr) {
    VaccinationHistory.Builder b = boy("2021-03-15").addDoses(
        dose("HepB", "2021-03-15"), dose("BCG", "2021-03-15"), dose("HepB", "2021-04-15"),
        dose("IPV", "2021-05-15"), dose("DTaP", "2021-06-15"), dose("IPV", "2021-06-15"),
        dose("bOPV", "2021-07-15"), dose("DTaP", "2021-07-15"), dose("DTaP", "2021-08-15"),
        dose("HepB", "2021-09-15"), dose("MPSV-A", "2021-09-15"), dose("JE-L", "2021-11-15"),
        dose("MPSV-A", "2021-12-15"));
    return withMmr ? b.addDoses(dose("MMR", "2021-11-15")) : b;
  }

  private static ChildCoverage inputs(VaccinationHistory.Builder child, String from, String to) {
    return COVERAGE.inputs(ARCHIVE, child.build(), NO_CERTIFICATE, d(from), d(to));
  }

  private static DoseCoverage line(ChildCoverage c, String group, int dose) {
    return c.doses(group).stream().filter(l -> l.doseNumber() == dose).findFirst()
        .orElseThrow(() -> new AssertionError("no line " + group + " " + dose));
  }

  @Test
  void anOnTimeFirstYearIsFourteenDosesDueReceivedAndTimely() {
    ChildCoverage c = inputs(onTimeFirstYear(true), "2021-01-01", "2021-12-31");
    assertThat(c.dueInPeriod()).extracting(l -> l.group() + " " + l.doseNumber()).containsExactly(
        "HepB 1", "HepB 2", "HepB 3", "BCG 1", "polio 1", "polio 2", "polio 3", "DTP 1", "DTP 2", "DTP 3",
        "MMR 1", "JE 1", "MenA 1", "MenA 2");
    assertThat(c.dueInPeriod()).allSatisfy(l -> {
      assertThat(l.received()).isTrue();
      assertThat(l.timely()).isTrue();
      assertThat(l.givenInPeriod()).isTrue();
      assertThat(l.reasons()).isEmpty();
    });
    DoseCoverage mmr = line(c, "MMR", 1);
    assertThat(mmr.dueOn()).isEqualTo(d("2021-11-15"));
    assertThat(mmr.receivedOn()).contains(d("2021-11-15"));
    assertThat(mmr.timelyBefore()).isEqualTo(ProgrammeAge.ofMonths(12));
    assertThat(line(c, "JE", 1).seriesId()).isEqualTo("JE-L-2021");
    // Doses due later are listed, not due in the period.
    DoseCoverage dtp4 = line(c, "DTP", 4);
    assertThat(dtp4.dueOn()).isEqualTo(d("2022-09-15"));
    assertThat(dtp4.dueInPeriod()).isFalse();
    assertThat(dtp4.received()).isFalse();
    assertThat(dtp4.reasons()).isEmpty();
    assertThat(line(c, "DTP", 5).seriesId()).isEqualTo("DTP-2025");
    assertThat(line(c, "polio", 4).dueOn()).isEqualTo(d("2025-03-15"));
    // HepB dose 2 is timely by the first later "complete before" age of the series (d3 < 12 m).
    assertThat(line(c, "HepB", 2).timelyBefore()).isEqualTo(ProgrammeAge.ofMonths(12));
  }

  @Test
  void theHepBBirthDoseIsTimelyWithin24Hours() {
    // §2 [S] HBVK: dates carry no time, so the day after birth still counts (CoverageRules.hepBBirthDoseBefore = P2D).
    DoseCoverage nextDay = line(inputs(boy("2021-03-15").addDoses(dose("HepB", "2021-03-16")), "2021-01-01", "2021-12-31"),
        "HepB", 1);
    assertThat(nextDay.timelyBefore()).isEqualTo(ProgrammeAge.ofDays(2));
    assertThat(nextDay.timely()).isTrue();
    DoseCoverage twoDays = line(inputs(boy("2021-03-15").addDoses(dose("HepB", "2021-03-17")), "2021-01-01", "2021-12-31"),
        "HepB", 1);
    assertThat(twoDays.received()).isTrue();
    assertThat(twoDays.timely()).isFalse();
    assertThat(twoDays.reasons()).containsExactly(CoverageReason.of(CoverageReason.LATE, "HepB", 1, "P2D"));
    // A host may use the schedule's "complete before" age of the series (dose 3 before 12 months) instead.
    CoverageRules scheduleOnly = CoverageRules.builder().hepBBirthDoseBefore(ProgrammeAge.ofMonths(12)).build();
    assertThat(ImmunizationCoverage.of(ImmunizationForecaster.defaults(), scheduleOnly).inputs(ARCHIVE,
        boy("2021-03-15").addDoses(dose("HepB", "2021-03-17")).build(), NO_CERTIFICATE, d("2021-01-01"), d("2021-12-31"))
        .doses("HepB").get(0).timely()).isTrue();
  }

  @Test
  void aMissingDoseIsDueAndNotReceivedWithItsReason() {
    ChildCoverage c = inputs(onTimeFirstYear(false), "2021-01-01", "2021-12-31");
    DoseCoverage mmr = line(c, "MMR", 1);
    assertThat(mmr.dueInPeriod()).isTrue();
    assertThat(mmr.received()).isFalse();
    assertThat(mmr.timely()).isFalse();
    assertThat(mmr.reasons()).containsExactly(CoverageReason.of(CoverageReason.NOT_RECEIVED, "MMR", 1));
    assertThat(mmr.reasons().get(0).message(Locale.ENGLISH)).isEqualTo(
        "MMR dose 1 was due in the period and has not been received");
    assertThat(mmr.reasons().get(0).message(Locale.CHINESE)).isEqualTo("MMR 第 1 剂在统计期内应种而未种");
  }

  @Test
  void aLateDoseIsReceivedButNotTimely() {
    ChildCoverage c = inputs(onTimeFirstYear(false).addDoses(dose("MMR", "2022-04-20")), "2021-11-01", "2022-10-31");
    DoseCoverage mmr = line(c, "MMR", 1);
    assertThat(mmr.received()).isTrue();
    assertThat(mmr.receivedOn()).contains(d("2022-04-20"));
    assertThat(mmr.timely()).isFalse();
    assertThat(mmr.reasons()).containsExactly(CoverageReason.of(CoverageReason.LATE, "MMR", 1, "P12M"));
    assertThat(mmr.reasons().get(0).message(Locale.CHINESE)).isEqualTo("MMR 第 1 剂未在 P12M 前完成（未及时接种）");
  }

  @Test
  void aCatchUpDoseOfAnEarlierPeriodIsGivenInThePeriodButNotDueInIt() {
    ChildCoverage c = inputs(onTimeFirstYear(false).addDoses(dose("MMR", "2022-04-20")), "2022-01-01", "2022-12-31");
    DoseCoverage mmr1 = line(c, "MMR", 1);
    assertThat(mmr1.dueInPeriod()).isFalse();
    assertThat(mmr1.received()).isFalse();
    assertThat(mmr1.givenInPeriod()).isTrue();
    DoseCoverage mmr2 = line(c, "MMR", 2);
    assertThat(mmr2.dueOn()).isEqualTo(d("2022-09-15"));
    assertThat(mmr2.reasons()).containsExactly(CoverageReason.of(CoverageReason.NOT_RECEIVED, "MMR", 2));
  }

  @Test
  void dosesThatDoNotCountAreNamed() {
    VaccinationHistory.Builder child = boy("2021-03-15").addDoses(dose("HepB", "2021-03-15"), dose("HepB", "2021-04-01"));
    DoseCoverage hepB2 = line(inputs(child, "2021-01-01", "2021-12-31"), "HepB", 2);
    assertThat(hepB2.received()).isFalse();
    assertThat(hepB2.reasons()).containsExactly(CoverageReason.of(CoverageReason.NOT_RECEIVED, "HepB", 2),
        CoverageReason.of(CoverageReason.INVALID_DOSES, "HepB", 1));
  }

  @Test
  void aContraindicatedOrAgedOutDoseSaysSo() {
    VaccinationHistory.Builder child = onTimeFirstYear(false)
        .situations(SpecialSituations.builder().motherHbsag(HbsagStatus.NEGATIVE).addContraindications("MMR").build());
    assertThat(line(inputs(child, "2021-01-01", "2021-12-31"), "MMR", 1).reasons())
        .containsExactly(CoverageReason.of(CoverageReason.CONTRAINDICATED, "MMR", 1));
    VaccinationHistory.Builder noMenA = boy("2021-03-15");
    ChildCoverage c = inputs(noMenA, "2021-12-01", "2023-06-30");
    assertThat(line(c, "MenA", 2).reasons()).containsExactly(CoverageReason.of(CoverageReason.AGED_OUT, "MenA", 2));
    assertThat(line(c, "MenA", 1).dueInPeriod()).isFalse();
  }

  @Test
  void theDtapSwitchMakesTheRemainingDosesDueAtTheNewAges() {
    // Born 2024-10-15: 2 months fell in 2024 (the 2025 edition not yet in force) and 3 months in 2025
    // (the 2021 edition no longer in force): dose 1 is due the day the 2025 edition came into force.
    ChildCoverage late2024 = inputs(boy("2024-10-15"), "2025-01-01", "2025-12-31");
    assertThat(late2024.dueInPeriod()).filteredOn(l -> l.group().equals("DTP"))
        .extracting(DoseCoverage::doseNumber, DoseCoverage::seriesId, DoseCoverage::dueOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "DTP-2025", d("2025-01-01")),
            org.assertj.core.groups.Tuple.tuple(2, "DTP-2025", d("2025-02-15")),
            org.assertj.core.groups.Tuple.tuple(3, "DTP-2025", d("2025-04-15")));
    // Born 2024-06-10: the primary doses by the 2021 edition, the 18-month and 6-year doses by 2025.
    ChildCoverage mid2024 = inputs(boy("2024-06-10"), "2024-06-10", "2025-12-31");
    assertThat(mid2024.doses("DTP")).extracting(DoseCoverage::seriesId, DoseCoverage::dueOn).containsExactly(
        org.assertj.core.groups.Tuple.tuple("DTP-2021", d("2024-09-10")),
        org.assertj.core.groups.Tuple.tuple("DTP-2021", d("2024-10-10")),
        org.assertj.core.groups.Tuple.tuple("DTP-2021", d("2024-11-10")),
        org.assertj.core.groups.Tuple.tuple("DTP-2025", d("2025-12-10")),
        org.assertj.core.groups.Tuple.tuple("DTP-2025", d("2030-06-10")));
  }

  @Test
  void hpvIsDueNoEarlierThanTheDayItJoinedTheProgramme() {
    ChildCoverage c = inputs(girl("2012-01-10"), "2025-01-01", "2025-12-31");
    assertThat(line(c, "HPV", 1).dueOn()).isEqualTo(d("2025-11-10"));
    assertThat(line(c, "HPV", 1).dueInPeriod()).isTrue();
    assertThat(line(c, "HPV", 2).dueOn()).isEqualTo(d("2026-05-10"));
    assertThat(line(c, "HPV", 2).dueInPeriod()).isFalse();
    assertThat(inputs(boy("2012-01-10"), "2025-01-01", "2025-12-31").doses("HPV")).isEmpty();
  }

  @Test
  void childrenBornBeforeThe2021EditionAreDueAtItsAges() {
    ChildCoverage c = inputs(boy("2018-05-20"), "2021-01-01", "2021-12-31");
    assertThat(line(c, "HepB", 1).dueOn()).isEqualTo(d("2018-05-20"));
    assertThat(line(c, "DTP", 1).dueOn()).isEqualTo(d("2018-08-20"));
    assertThat(c.dueInPeriod()).extracting(l -> l.group() + " " + l.doseNumber()).containsExactly("MenAC 1");
  }

  @Test
  void theCertificateIsHeldAndTimelyWithinOneMonthOfBirth() {
    VaccinationHistory h = onTimeFirstYear(true).build();
    ChildCoverage none = COVERAGE.inputs(ARCHIVE, h, NO_CERTIFICATE, d("2021-01-01"), d("2021-12-31"));
    assertThat(none.certificateHeld()).isFalse();
    assertThat(none.certificateTimely()).isFalse();
    assertThat(none.certificateDueOn()).isEqualTo(d("2021-04-15"));
    assertThat(none.certificateDueInPeriod()).isTrue();
    assertThat(none.certificateReasons()).containsExactly(CoverageReason.of(CoverageReason.NO_CERTIFICATE));
    ChildCoverage onTime = COVERAGE.inputs(ARCHIVE, h,
        Optional.of(VaccinationCertificate.of(ARCHIVE, d("2021-04-15"), "某社区卫生服务中心")), d("2021-01-01"), d("2021-12-31"));
    assertThat(onTime.certificateHeld()).isTrue();
    assertThat(onTime.certificateTimely()).isTrue();
    assertThat(onTime.certificateReasons()).isEmpty();
    ChildCoverage late = COVERAGE.inputs(ARCHIVE, h,
        Optional.of(VaccinationCertificate.of(ARCHIVE, d("2021-04-16"), "某社区卫生服务中心")), d("2021-01-01"), d("2021-12-31"));
    assertThat(late.certificateTimely()).isFalse();
    assertThat(late.certificateReasons()).containsExactly(CoverageReason.of(CoverageReason.CERTIFICATE_LATE, "P1M"));
    ChildCoverage afterThePeriod = COVERAGE.inputs(ARCHIVE, h,
        Optional.of(VaccinationCertificate.of(ARCHIVE, d("2022-02-01"), "某社区卫生服务中心")), d("2021-01-01"), d("2021-12-31"));
    assertThat(afterThePeriod.certificateHeld()).isFalse();
    CoverageRules twoMonths = CoverageRules.builder().certificateWithin(ProgrammeAge.ofMonths(2)).build();
    assertThat(ImmunizationCoverage.of(ImmunizationForecaster.defaults(), twoMonths)
        .inputs(ARCHIVE, h, Optional.of(VaccinationCertificate.of(ARCHIVE, d("2021-04-16"), "某社区卫生服务中心")),
            d("2021-01-01"), d("2021-12-31")).certificateTimely()).isTrue();
  }

  @Test
  void dosesAfterThePeriodAreNotConsidered() {
    ChildCoverage c = inputs(onTimeFirstYear(true), "2021-01-01", "2021-06-30");
    assertThat(line(c, "DTP", 2).receivedOn()).isEmpty();
    assertThat(line(c, "MMR", 1).dueInPeriod()).isFalse();
  }

  @Test
  void aReversedPeriodIsRefusedAndNullsAreChecked() {
    assertRules(() -> inputs(boy("2021-03-15"), "2021-12-31", "2021-01-01"), "period [immunization.coverage.period]");
    new NullPointerTester().setDefault(VaccinationHistory.class, boy("2021-03-15").build())
        .setDefault(ArchiveNumber.class, ARCHIVE).setDefault(LocalDate.class, d("2022-01-01"))
        .testAllPublicInstanceMethods(COVERAGE);
    new NullPointerTester().setDefault(CoverageRules.class, CoverageRules.defaults())
        .setDefault(ImmunizationForecaster.class, ImmunizationForecaster.defaults())
        .testAllPublicStaticMethods(ImmunizationCoverage.class);
  }

  @Test
  void theInputsRoundTripThroughJsonAndHideHealthDataInToString() {
    ChildCoverage c = inputs(onTimeFirstYear(false), "2021-01-01", "2021-12-31");
    assertThat(roundTrip(c, ChildCoverage.class)).isEqualTo(c);
    assertThat(roundTrip(CoverageRules.defaults(), CoverageRules.class)).isEqualTo(CoverageRules.defaults());
    assertThat(c.toString()).doesNotContain("2021-03-15").doesNotContain("2021-04-15");
    assertThat(line(c, "HepB", 1).toString()).doesNotContain("2021-03-15").contains("***");
    assertThat(CoverageRules.defaults().childrenUnder()).isEqualTo(ProgrammeAge.ofYears(18));
    assertThat(List.of(CoverageReason.NOT_RECEIVED, CoverageReason.INVALID_DOSES, CoverageReason.CONTRAINDICATED,
        CoverageReason.AGED_OUT, CoverageReason.LATE, CoverageReason.NO_CERTIFICATE, CoverageReason.CERTIFICATE_LATE))
        .allSatisfy(r -> assertThat(io.github.weisheng.validation.RuleText.exists(r)).isTrue());
  }
}
