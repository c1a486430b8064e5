package io.github.weisheng.sanitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Totals against a brute-force sum over random activity sets: per kind, per campaign, per area and period. */
class OutputTotalsProperties {

  /** Checks every total against loops over the chosen activities, and that nothing else is totalled. */
  private static void assertMatchesBruteForce(OutputTotals totals, List<Activity> all, Predicate<Activity> chosen) {
    int pairs = 0;
    for (OutputKind kind : SanitationGenerators.KINDS) {
      for (OutputUnit unit : kind.units()) {
        BigDecimal sum = BigDecimal.ZERO;
        Set<ActivityId> behind = new TreeSet<>();
        for (Activity a : all) {
          if (!chosen.test(a)) {
            continue;
          }
          for (Output o : a.outputs()) {
            if (o.kind().equals(kind) && o.unit() == unit) {
              sum = sum.add(o.amount());
              behind.add(a.id());
            }
          }
        }
        if (behind.isEmpty()) {
          assertThat(totals.total(kind, unit)).as("%s %s", kind.code(), unit).isEmpty();
          assertThat(totals.amount(kind, unit)).isZero();
        } else {
          pairs++;
          OutputTotal t = totals.total(kind, unit).orElseThrow();
          assertThat(t.amount()).as("%s %s", kind.code(), unit).isEqualByComparingTo(sum);
          assertThat(t.activities()).containsExactlyElementsOf(behind);
        }
      }
    }
    assertThat(totals.totals()).hasSize(pairs);
    for (ParticipantKind p : ParticipantKind.values()) {
      long people = all.stream().filter(chosen).mapToLong(a -> a.participants(p)).sum();
      assertThat(totals.participants().getOrDefault(p, 0L)).as(p.name()).isEqualTo(people);
    }
    assertThat(totals.activities()).containsExactlyElementsOf(
        all.stream().filter(chosen).map(Activity::id).sorted().toList());
  }

  @Test
  void totalsPerKindAreTheSumsOfTheActivities() {
    qt().withExamples(300).forAll(SanitationGenerators.activitySets())
        .checkAssert(all -> assertMatchesBruteForce(OutputTotals.of(all), all, a -> true));
  }

  @Test
  void theOrderOfTheActivitiesDoesNotMatter() {
    qt().withExamples(100).forAll(SanitationGenerators.activitySets()).checkAssert(all -> {
      List<Activity> reversed = new java.util.ArrayList<>(all);
      Collections.reverse(reversed);
      assertThat(OutputTotals.of(reversed)).isEqualTo(OutputTotals.of(all));
    });
  }

  @Test
  void totalsPerCampaignCountOnlyItsActivities() {
    qt().withExamples(300).forAll(SanitationGenerators.activitySets(), Generate.pick(SanitationGenerators.CAMPAIGNS))
        .checkAssert((all, campaign) -> assertMatchesBruteForce(OutputTotals.ofCampaign(campaign, all), all,
            a -> a.campaign().isPresent() && a.campaign().get().equals(campaign)));
  }

  @Test
  void totalsPerAreaAndPeriodCountTheActivitiesInsideBoth() {
    qt().withExamples(300)
        .forAll(SanitationGenerators.activitySets(), Generate.pick(SanitationGenerators.SCOPES),
            Generate.range(0, 364), Generate.range(0, 364))
        .checkAssert((all, scope, d1, d2) -> {
          LocalDate from = LocalDate.of(2026, 1, 1).plusDays(Math.min(d1, d2));
          LocalDate to = LocalDate.of(2026, 1, 1).plusDays(Math.max(d1, d2));
          assertMatchesBruteForce(OutputTotals.ofArea(scope, from, to, all), all,
              a -> a.scope().value().startsWith(scope.value())
                  && a.heldOn().compareTo(from) >= 0 && a.heldOn().compareTo(to) <= 0);
        });
  }

  @Test
  void theAreasOfAStreetAddUpToTheStreet() {
    AreaScope street = AreaScope.parse("110105001");
    List<AreaScope> parts = List.of(street, AreaScope.parse("110105001001"), AreaScope.parse("110105001002"));
    LocalDate from = LocalDate.of(2026, 1, 1);
    LocalDate to = LocalDate.of(2026, 12, 31);
    qt().withExamples(200).forAll(SanitationGenerators.activitySets()).checkAssert(all -> {
      OutputTotals whole = OutputTotals.ofArea(street, from, to, all);
      for (OutputTotal t : whole.totals()) {
        BigDecimal sum = BigDecimal.ZERO;
        for (AreaScope part : parts) {
          sum = sum.add(OutputTotals.of(all, a -> a.scope().equals(part)).amount(t.kind(), t.unit()));
        }
        assertThat(sum).isEqualByComparingTo(t.amount());
      }
    });
  }
}
