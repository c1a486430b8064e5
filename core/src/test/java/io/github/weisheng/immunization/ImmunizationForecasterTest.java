package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationTesting.boy;
import static io.github.weisheng.immunization.ImmunizationTesting.d;
import static io.github.weisheng.immunization.ImmunizationTesting.dose;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forecaster's wiring: default and host schedules, null checks. */
class ImmunizationForecasterTest {

  @Test
  void defaultsUseTheBundledSchedule() {
    assertThat(ImmunizationForecaster.defaults().schedule()).isSameAs(ImmunizationSchedule.defaults());
    ImmunizationAssessment a = ImmunizationForecaster.defaults().assess(boy("2025-03-10").build(), d("2025-03-10"));
    assertThat(a.schedule()).isEqualTo("NIP 2025-11-10");
    assertThat(a.assessmentDate()).isEqualTo(d("2025-03-10"));
  }

  @Test
  void aHostScheduleAddsANonProgrammeVaccine() {
    // EV71 (non-programme): 2 doses from 6 months, 1 month apart; a host series is forecast like any other.
    ImmunizationSchedule host = ImmunizationSchedule.defaults().extendedWith("host-1",
        List.of(ProductDefinition.builder().code("EV71").name("肠道病毒71型灭活疫苗").live(false)
            .route(Route.INTRAMUSCULAR).addAntigen("EV71").build()),
        List.of(SeriesDefinition.builder().id("EV71-host").group("EV71").path("EV71").name("EV71疫苗")
            .source("host data").effectiveFrom(d("2021-02-01")).maximumAge(ProgrammeAge.ofYears(6))
            .addDose(DoseDefinition.builder().number(1).addProduct("EV71").recommendedAge(ProgrammeAge.ofMonths(6)).build())
            .addDose(DoseDefinition.builder().number(2).addProduct("EV71").recommendedAge(ProgrammeAge.ofMonths(7))
                .minimumInterval(Period.ofMonths(1)).build())
            .build()));
    ImmunizationAssessment a = ImmunizationForecaster.of(host)
        .assess(boy("2025-01-10").addDoses(dose("EV71", "2025-07-10")).build(), d("2025-07-20"));
    ImmunizationRecommendation ev71 = a.recommendation("EV71").orElseThrow();
    assertThat(ev71.doseNumber()).contains(2);
    assertThat(ev71.earliest()).contains(d("2025-08-10"));
    assertThat(ev71.status()).isEqualTo(ForecastStatus.NOT_DUE);
  }

  @Test
  void nulls() {
    new NullPointerTester().setDefault(VaccinationHistory.class, boy("2025-01-01").build())
        .testAllPublicInstanceMethods(ImmunizationForecaster.defaults());
    new NullPointerTester().testAllPublicStaticMethods(ImmunizationForecaster.class);
  }
}
