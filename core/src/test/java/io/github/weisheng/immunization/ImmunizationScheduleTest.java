package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationTesting.d;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.resident.Sex;
import io.github.weisheng.testing.Checks;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled schedule (§1 table and "Changes 2022–2026") and how a host replaces or extends it. */
class ImmunizationScheduleTest {
  private static final ImmunizationSchedule NIP = ImmunizationSchedule.defaults();

  private static SeriesDefinition series(String id) {
    return NIP.series().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static Set<String> ids(List<SeriesDefinition> series) {
    return series.stream().map(SeriesDefinition::id).collect(Collectors.toSet());
  }

  @Test
  void the2021EditionHoldsEveryProgrammeVaccine() {
    assertThat(ids(NIP.inForce(d("2023-06-01")))).containsExactlyInAnyOrder(
        "HepB-2021", "HepB4-2021", "BCG-2021", "Polio-2021", "Polio-IPV4-2021", "DTP-2021", "MMR-2021", "JE-L-2021", "JE-I-2021",
        "MenA-2021", "MenAC-2021", "HepA-L-2021", "HepA-I-2021", "HepA-IL-2021");
    assertThat(NIP.groups()).containsExactly("HepB", "BCG", "polio", "DTP", "MMR", "JE", "MenA", "MenAC", "HepA", "HPV");
  }

  @Test
  void theDtapChangeTakesEffectOn2025_01_01() {
    assertThat(ids(NIP.inForce(d("2024-12-31")))).contains("DTP-2021").doesNotContain("DTP-2025");
    assertThat(ids(NIP.inForce(d("2025-01-01")))).contains("DTP-2025").doesNotContain("DTP-2021");
    SeriesDefinition old = series("DTP-2021");
    SeriesDefinition now = series("DTP-2025");
    assertThat(old.doses()).extracting(dd -> dd.recommendedAge().toString())
        .containsExactly("P3M", "P4M", "P5M", "P18M", "P6Y");
    assertThat(old.doses().get(4).products()).containsExactly("DT");
    assertThat(now.doses()).extracting(dd -> dd.recommendedAge().toString())
        .containsExactly("P2M", "P4M", "P6M", "P18M", "P6Y");
    assertThat(now.doses().get(4).products()).startsWith("DTaP");
    assertThat(now.doses().get(3).minimumInterval()).contains(Period.ofMonths(6));
  }

  @Test
  void hpvForGirlsBornFrom2011_11_10InForceFrom2025_11_10() {
    SeriesDefinition hpv = series("HPV-2025");
    assertThat(hpv.isInForce(d("2025-11-09"))).isFalse();
    assertThat(hpv.isInForce(d("2025-11-10"))).isTrue();
    assertThat(hpv.covers(d("2011-11-10"), Sex.FEMALE, Set.of())).isTrue();
    assertThat(hpv.covers(d("2011-11-09"), Sex.FEMALE, Set.of())).isFalse();
    assertThat(hpv.covers(d("2012-01-01"), Sex.MALE, Set.of())).isFalse();
    assertThat(hpv.doses()).hasSize(2);
    assertThat(hpv.doses().get(1).minimumInterval()).contains(Period.ofMonths(6));
  }

  @Test
  void eachDoseCarriesItsAgesIntervalsAndTimeliness() {
    DoseDefinition hepB3 = series("HepB-2021").doses().get(2);
    assertThat(hepB3.recommendedAge()).isEqualTo(ProgrammeAge.ofMonths(6));
    assertThat(hepB3.minimumAge()).isEqualTo(ProgrammeAge.ofMonths(6));
    assertThat(hepB3.minimumInterval()).contains(Period.ofDays(60));
    assertThat(hepB3.completeBefore()).contains(ProgrammeAge.ofMonths(12));
    DoseDefinition jeI2 = series("JE-I-2021").doses().get(1);
    assertThat(jeI2.recommendedInterval()).contains(Period.ofDays(7));
    assertThat(series("Polio-2021").doses().get(0).products()).containsExactly("IPV", "DTaP-IPV/Hib");
    assertThat(series("MenAC-2021").intervalsAfter()).hasSize(2);
    assertThat(series("MenA-2021").maximumAge()).isEqualTo(ProgrammeAge.ofMonths(24));
    assertThat(NIP.product("bOPV").orElseThrow().isInjectedLive()).isFalse();
    assertThat(NIP.product("MMR").orElseThrow().isInjectedLive()).isTrue();
    assertThat(NIP.product("XYZ")).isEmpty();
    assertThat(NIP.immunoglobulinWaits()).containsEntry("MMR", Period.ofMonths(3)).containsEntry("JE-I", Period.ofMonths(1));
    assertThat(NIP.liveVaccineSpacing()).isEqualTo(Period.ofDays(28));
  }

  @Test
  void aHostExtendsTheScheduleWithAProvincialVariant() {
    // Zhejiang IPV at 2, 3, 4 and 18 months (§1 "Local variants" [S] IPV-ZJ) replaces the polio series.
    SeriesDefinition.Builder zj = SeriesDefinition.builder().id("Polio-2021").group("polio").path("polio")
        .name("脊灰疫苗（浙江）").source("§1 Local variants [S] IPV-ZJ").effectiveFrom(d("2021-02-01"))
        .maximumAge(ProgrammeAge.ofYears(18));
    int[] months = {2, 3, 4, 18};
    for (int i = 0; i < months.length; i++) {
      DoseDefinition.Builder dose = DoseDefinition.builder().number(i + 1).addProduct("IPV")
          .recommendedAge(ProgrammeAge.ofMonths(months[i]));
      if (i > 0) {
        dose.minimumInterval(Period.ofDays(28));
      }
      zj.addDose(dose.build());
    }
    ProductDefinition rabies = ProductDefinition.builder().code("RabV").name("狂犬病疫苗").live(false)
        .route(Route.INTRAMUSCULAR).addAntigen("rabies").build();
    ImmunizationSchedule merged = NIP.extendedWith("zj-2024", List.of(rabies), List.of(zj.build()));
    assertThat(merged.series()).hasSameSizeAs(NIP.series());
    assertThat(merged.series().stream().filter(s -> s.id().equals("Polio-2021")).findFirst().orElseThrow()
        .doses().get(3).recommendedAge()).isEqualTo(ProgrammeAge.ofMonths(18));
    assertThat(merged.product("RabV")).contains(rabies);
    assertThat(merged.version()).isEqualTo("zj-2024");
    assertThat(merged.liveVaccineSpacing()).isEqualTo(NIP.liveVaccineSpacing());
    assertThatThrownBy(() -> NIP.extendedWith("x", List.of(), List.of(SeriesDefinition.builder().id("X").group("X")
        .path("X").name("X").source("test").effectiveFrom(d("2021-02-01")).maximumAge(ProgrammeAge.ofYears(18))
        .addDose(DoseDefinition.builder().number(1).addProduct("NOPE").recommendedAge(ProgrammeAge.BIRTH).build())
        .build())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void inconsistentDataIsRejected() {
    assertThatThrownBy(() -> DoseDefinition.builder().number(1).addProduct("MMR")
        .recommendedAge(ProgrammeAge.ofMonths(8)).minimumAge(ProgrammeAge.ofMonths(9)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SeriesDefinition.builder().id("X").group("X").path("X").name("X").source("t")
        .effectiveFrom(d("2021-02-01")).maximumAge(ProgrammeAge.ofYears(18))
        .addDose(series("MMR-2021").doses().get(1)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DoseDefinition.builder().number(1).number(2))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void readsAndRoundTripsJson() {
    byte[] json = Checks.JSON.write(NIP);
    assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain("injectedLive").doesNotContain("\"groups\"");
    assertThat(ImmunizationSchedule.read(new ByteArrayInputStream(json))).isEqualTo(NIP);
    assertThat(roundTrip(series("MenAC-2021"), SeriesDefinition.class)).isEqualTo(series("MenAC-2021"));
    assertThat(roundTrip(series("DTP-2025").catchUp().orElseThrow(), CatchUpRule.class))
        .isEqualTo(series("DTP-2025").catchUp().orElseThrow());
  }
}
