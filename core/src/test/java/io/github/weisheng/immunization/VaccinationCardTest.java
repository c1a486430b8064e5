package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationCoverageTest.ARCHIVE;
import static io.github.weisheng.immunization.ImmunizationTesting.NIP;
import static io.github.weisheng.immunization.ImmunizationTesting.boy;
import static io.github.weisheng.immunization.ImmunizationTesting.d;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The vaccination card (接种卡) built from records and the assessment: lines by vaccine, next doses. */
class VaccinationCardTest {
  private final List<VaccinationRecord> records = new ArrayList<>();

  private void given(String product, int recorded, String date) {
    records.add(VaccinationRecord.builder().id(VaccinationRecordId.parse("r" + records.size())).archive(ARCHIVE)
        .product(product).doseNumber(recorded).date(d(date)).lot("202101A").site("左上臂").route(Route.INTRAMUSCULAR)
        .institution("某社区卫生服务中心").adverseReaction("发热").build());
  }

  private VaccinationCard card(String on) {
    VaccinationHistory h = boy("2021-03-15").addAllDoses(records.stream().map(VaccinationRecord::toDose)
        .filter(x -> !x.date().isAfter(d(on))).collect(Collectors.toList())).build();
    return VaccinationCard.of(ARCHIVE, records, NIP.assess(h, d(on)));
  }

  @Test
  void theCardGroupsDosesByVaccineWithTheirNumbersAndTheNextDoses() {
    given("HepB", 1, "2021-03-15");
    given("BCG", 1, "2021-03-15");
    given("HepB", 2, "2021-04-01"); // before 1 month: does not count
    given("HepB", 2, "2021-04-15");
    given("DTaP-IPV/Hib", 1, "2021-06-15"); // a combination: under polio and DTP
    given("MMR", 1, "2022-01-10"); // after the card's date: not on it
    VaccinationCard card = card("2021-06-20");
    assertThat(card.asOf()).isEqualTo(d("2021-06-20"));
    assertThat(card.byGroup().keySet()).containsExactly("HepB", "BCG", "polio", "DTP");
    assertThat(card.byGroup().get("HepB")).extracting(CardDose::date, CardDose::recordedDoseNumber, CardDose::doseNumber,
        CardDose::reason).containsExactly(
            tuple(d("2021-03-15"), 1, Optional.of(1), Optional.empty()),
            tuple(d("2021-04-01"), 2, Optional.empty(), Optional.of(DoseReason.TOO_YOUNG)),
            tuple(d("2021-04-15"), 2, Optional.of(2), Optional.empty()));
    assertThat(card.byGroup().get("polio")).extracting(CardDose::product, CardDose::doseNumber)
        .containsExactly(tuple("DTaP-IPV/Hib", Optional.of(1)));
    assertThat(card.byGroup().get("DTP")).extracting(CardDose::record).containsExactly(VaccinationRecordId.parse("r4"));
    assertThat(card.doses()).extracting(CardDose::lot).containsOnly("202101A");
    assertThat(card.toString()).doesNotContain("发热");
    // Next doses: every group not complete, by recommended date (BCG complete, HepB 3 at 6 months).
    assertThat(card.nextDoses()).extracting(ImmunizationRecommendation::group).doesNotContain("BCG")
        .startsWith("polio").contains("HepB", "MMR", "HepA");
    List<LocalDate> dates = card.nextDoses().stream().map(r -> r.recommended().orElseThrow()).collect(Collectors.toList());
    assertThat(dates).isSorted();
    assertThat(card.nextDoses().get(0).doseNumber()).contains(2);
    assertThat(roundTrip(card, VaccinationCard.class)).isEqualTo(card);
  }

  @Test
  void aRecordNoGroupCountsStaysOnTheCardUnderItsProduct() {
    given("HepB", 1, "2021-03-15");
    given("HPV2", 1, "2021-05-01"); // HPV does not apply to a boy born 2021: no group evaluates it
    VaccinationCard card = card("2021-06-20");
    assertThat(card.byGroup().get("HPV2")).extracting(CardDose::doseNumber, CardDose::reason)
        .containsExactly(tuple(Optional.empty(), Optional.empty()));
    new NullPointerTester().setDefault(io.github.weisheng.archive.ArchiveNumber.class, ARCHIVE)
        .setDefault(ImmunizationAssessment.class, NIP.assess(boy("2021-03-15").build(), d("2021-06-20")))
        .testAllPublicStaticMethods(VaccinationCard.class);
  }
}
