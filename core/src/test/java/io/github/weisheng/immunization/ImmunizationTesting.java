package io.github.weisheng.immunization;

import java.time.LocalDate;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Test support of the immunization package: fixtures and generators. The JSON and rule checks are
 * {@link io.github.weisheng.testing.Checks}.
 */
final class ImmunizationTesting {

  private ImmunizationTesting() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static final ImmunizationForecaster NIP = ImmunizationForecaster.defaults();

  /** A boy's history with no special situation. */
  static VaccinationHistory.Builder boy(String birth) {
    return VaccinationHistory.builder().birthDate(d(birth)).sex(io.github.weisheng.resident.Sex.MALE);
  }

  /** A girl's history with no special situation. */
  static VaccinationHistory.Builder girl(String birth) {
    return VaccinationHistory.builder().birthDate(d(birth)).sex(io.github.weisheng.resident.Sex.FEMALE);
  }

  static AdministeredDose dose(String product, String date) {
    return AdministeredDose.of(product, d(date));
  }

  static ImmunizationAssessment assess(VaccinationHistory.Builder child, String on) {
    return NIP.assess(child.build(), d(on));
  }

  static ImmunizationRecommendation rec(ImmunizationAssessment a, String group) {
    return a.recommendation(group).orElseThrow(() -> new AssertionError("no recommendation for " + group));
  }

  /** Birth dates 1990–2035, month ends and 29 February included often. */
  static Gen<LocalDate> birthDates() {
    Gen<LocalDate> any = Generate.range(0, 16_800).map(n -> LocalDate.of(1990, 1, 1).plusDays(n));
    Gen<LocalDate> monthEnds = Generate.range(0, 551)
        .map(n -> LocalDate.of(1990, 1, 1).plusMonths(n).withDayOfMonth(1).plusMonths(1).minusDays(1));
    Gen<LocalDate> leapDays = Generate.range(0, 11).map(n -> LocalDate.of(1992 + 4 * n, 2, 29));
    return any.mix(monthEnds, 30).mix(leapDays, 15);
  }
}
