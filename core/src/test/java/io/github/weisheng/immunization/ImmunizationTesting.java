package io.github.weisheng.immunization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Test support of the immunization package: JSON, rule assertions and generators. */
final class ImmunizationTesting {
  static final JsonCodec JSON = JsonCodec.create();

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

  /** Writes a value as JSON, reads it back as {@code type}, and returns what was read. */
  static <T> T roundTrip(T value, Class<T> type) {
    return JSON.read(JSON.write(value), type);
  }

  /** Asserts the call breaks exactly these rules ({@code "field [rule]"}) and that the messages resolve. */
  static RuleViolationException assertRules(ThrowingCallable call, String... expected) {
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class, call);
    assertThat(e).as("expected a RuleViolationException").isNotNull();
    assertThat(e.violations()).extracting(RuleViolation::toString).containsExactly(expected);
    for (RuleViolation v : e.violations()) {
      String prefix = v.field() + ": ";
      assertThat(v.message(Locale.ENGLISH).substring(prefix.length())).doesNotContain(v.rule()).doesNotContain("{");
      assertThat(v.message(Locale.CHINESE).substring(prefix.length()))
          .doesNotContain(v.rule()).containsPattern("\\p{IsHan}");
    }
    return e;
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
