package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationTesting.NIP;
import static io.github.weisheng.immunization.ImmunizationTesting.birthDates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.weisheng.resident.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of the forecast (issue 5 "Tests"). */
class ImmunizationForecasterProperties {
  private static final List<String> PRODUCTS = NIP.schedule().products().stream()
      .map(ProductDefinition::code).collect(Collectors.toList());

  /** A history and an assessment date on or after its last dose. */
  static final class Case {
    final VaccinationHistory history;
    final LocalDate on;

    Case(VaccinationHistory history, LocalDate on) {
      this.history = history;
      this.on = on;
    }

    @Override
    public String toString() {
      return history.doses() + " born " + history.birthDate() + " " + history.sex() + " on " + on;
    }
  }

  /** Random children up to 18, random doses of random products, situations now and then. */
  static Gen<Case> cases() {
    return in -> {
      LocalDate birth = birthDates().generate(in);
      if (birth.isBefore(LocalDate.of(2005, 1, 1))) {
        birth = birth.plusYears(15);
      }
      int span = Generate.range(0, 18 * 366).generate(in);
      LocalDate on = birth.plusDays(span);
      VaccinationHistory.Builder h = VaccinationHistory.builder().birthDate(birth)
          .sex(Generate.booleans().generate(in) ? Sex.FEMALE : Sex.MALE);
      int n = Generate.range(0, 20).generate(in);
      for (int i = 0; i < n; i++) {
        String product = Generate.pick(PRODUCTS).generate(in);
        h.addDose(AdministeredDose.of(product, birth.plusDays(Generate.range(0, span).generate(in))));
      }
      SpecialSituations.Builder s = SpecialSituations.builder()
          .motherHbsag(Generate.enumValues(HbsagStatus.class).generate(in));
      if (Generate.range(0, 4).generate(in) == 0) {
        s.birthWeightGrams(Generate.range(1000, 4000).generate(in));
      }
      if (Generate.range(0, 6).generate(in) == 0) {
        s.immunodeficient(true);
      }
      if (Generate.range(0, 6).generate(in) == 0) {
        s.addImmunoglobulinDate(birth.plusDays(Generate.range(0, span).generate(in)));
      }
      return new Case(h.situations(s.build()).build(), on);
    };
  }

  private static Map<String, ImmunizationRecommendation> byGroup(ImmunizationAssessment a) {
    return a.recommendations().stream().collect(Collectors.toMap(ImmunizationRecommendation::group, Function.identity()));
  }

  @Test
  void theEarliestDateRespectsMinimumAgeAndIntervals() {
    // Giving the first product on the earliest date (or today, if that has passed) gives a valid dose.
    qt().withExamples(400).forAll(cases()).checkAssert(c -> {
      ImmunizationAssessment a = NIP.assess(c.history, c.on);
      for (ImmunizationRecommendation r : a.recommendations()) {
        if (r.earliest().isEmpty()) {
          continue;
        }
        assertThat(r.recommended().orElseThrow()).isAfterOrEqualTo(r.earliest().get());
        LocalDate given = r.earliest().get().isAfter(c.on) ? r.earliest().get() : c.on;
        AdministeredDose added = AdministeredDose.of(r.products().get(0), given);
        ImmunizationAssessment after = NIP.assess(c.history.plusDose(added), given);
        assertThat(after.evaluations(r.group()).stream()
            .filter(e -> e.dose().equals(added)).anyMatch(DoseEvaluation::isValid))
            .as("%s dose %s on %s", r.group(), r.doseNumber(), given).isTrue();
      }
    });
  }

  @Test
  void addingAValidDoseNeverMakesTheChildLessComplete() {
    qt().withExamples(300).forAll(cases()).checkAssert(c -> {
      ImmunizationAssessment before = NIP.assess(c.history, c.on);
      for (ImmunizationRecommendation r : before.givableToday()) {
        ImmunizationAssessment after = NIP.assess(
            c.history.plusDose(AdministeredDose.of(r.products().get(0), c.on)), c.on);
        Map<String, ImmunizationRecommendation> now = byGroup(after);
        for (ImmunizationRecommendation b : before.recommendations()) {
          ImmunizationRecommendation x = now.get(b.group());
          assertThat(x.validDoses()).as(b.group()).isGreaterThanOrEqualTo(b.validDoses());
          if (b.status() == ForecastStatus.COMPLETE) {
            assertThat(x.status()).as(b.group()).isEqualTo(ForecastStatus.COMPLETE);
          }
        }
        assertThat(now.get(r.group()).validDoses()).isEqualTo(r.validDoses() + 1);
      }
    });
  }

  @Test
  void anAssessmentOnTheRecommendedDateIsDue() {
    // A child vaccinated on time from birth to 7 years: on every visit, what is recommended that day is due.
    // Births from 2021-03 on: the bundled schedule has no edition before 2021-02-01.
    qt().withExamples(60).forAll(birthDates().map(b -> b.isBefore(LocalDate.of(2021, 3, 1)) ? b.plusYears(32) : b))
        .checkAssert(birth -> {
          VaccinationHistory h = VaccinationHistory.builder().birthDate(birth).sex(Sex.FEMALE).build();
          LocalDate on = birth;
          LocalDate end = birth.plusYears(7);
          int visits = 0;
          while (!on.isAfter(end)) {
            LocalDate visit = on;
            ImmunizationAssessment a = NIP.assess(h, on);
            List<AdministeredDose> today = new ArrayList<>();
            for (ImmunizationRecommendation r : a.recommendations()) {
              if (r.recommended().equals(java.util.Optional.of(on))) {
                assertThat(r.status()).as("%s dose %s", r.group(), r.doseNumber()).isEqualTo(ForecastStatus.DUE);
                today.add(AdministeredDose.of(r.products().get(0), on));
              } else if (r.recommended().map(d -> d.isBefore(visit)).orElse(false)
                  && r.status() != ForecastStatus.AGED_OUT) {
                // Recommended earlier only when a new edition took over since the last visit (the
                // 2025 DTaP change): given at this visit.
                today.add(AdministeredDose.of(r.products().get(0), on));
              }
            }
            for (AdministeredDose d : today) {
              h = h.plusDose(d);
            }
            LocalDate current = on;
            LocalDate next = NIP.assess(h, on).recommendations().stream()
                .flatMap(r -> r.recommended().stream()).filter(d -> d.isAfter(current))
                .min(LocalDate::compareTo).orElse(end.plusDays(1));
            on = next;
            visits++;
          }
          assertThat(visits).isGreaterThan(10);
          ImmunizationAssessment at7 = NIP.assess(h, end);
          assertThat(at7.recommendations()).filteredOn(r -> !r.group().equals("HPV"))
              .allMatch(r -> r.status() == ForecastStatus.COMPLETE, "complete at 7");
        });
  }
}
