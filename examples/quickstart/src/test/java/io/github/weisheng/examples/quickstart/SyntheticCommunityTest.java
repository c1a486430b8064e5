package io.github.weisheng.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.chronic.ChronicCondition;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.Resident;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The generator's invariants: deterministic from the seed, and a plausible community. */
class SyntheticCommunityTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final SyntheticCommunity COMMUNITY = SyntheticCommunity.generate(6000, 42, AS_OF);

  @Test
  void theSameSeedGivesTheSameCommunityAndAnotherSeedAnotherOne() {
    SyntheticCommunity again = SyntheticCommunity.generate(6000, 42, AS_OF);
    assertThat(again.people()).isEqualTo(COMMUNITY.people());
    assertThat(again.households()).isEqualTo(COMMUNITY.households());
    assertThat(again.population()).isEqualTo(COMMUNITY.population());
    assertThat(SyntheticCommunity.generate(6000, 43, AS_OF).people()).isNotEqualTo(COMMUNITY.people());
  }

  @Test
  void itHasExactlyTheResidentsAskedForWithUniqueIdsAndIdNumbers() {
    List<Resident> residents = COMMUNITY.people().stream().map(Person::resident).toList();
    assertThat(residents).hasSize(6000);
    assertThat(residents.stream().map(Resident::id).distinct()).hasSize(6000);
    List<CitizenId> ids = residents.stream().map(Resident::citizenId).flatMap(Optional::stream).toList();
    assertThat(ids).doesNotHaveDuplicates();
    // only babies under three months have no ID number yet
    assertThat(residents).filteredOn(r -> r.citizenId().isEmpty())
        .allMatch(r -> r.birthDate().isAfter(AS_OF.minusMonths(3)));
    assertThat(residents).allMatch(r -> !r.birthDate().isAfter(AS_OF));
    assertThat(residents).allMatch(r -> r.committee().township().equals(SyntheticCommunity.STREET));
  }

  @Test
  void theAgePyramidIsThatOfAnAgeingCity() {
    assertThat(share(p -> age(p) >= 65)).isBetween(0.12, 0.24);
    assertThat(share(p -> age(p) < 7)).isBetween(0.03, 0.10);
    assertThat(COMMUNITY.people().size() / (double) COMMUNITY.households()).isBetween(2.2, 3.8);
    assertThat(share(Person::archived)).isBetween(0.85, 0.95);
    assertThat(COMMUNITY.population().values().stream().mapToLong(Long::longValue).sum())
        .isBetween(5500L, 5900L);
  }

  @Test
  void chronicConditionsHavePlausiblePrevalencesRisingWithAge() {
    Predicate<Person> adult35 = p -> age(p) >= 35;
    double hypertension = share(adult35, p -> p.conditions().contains(ChronicCondition.HYPERTENSION));
    double diabetes = share(adult35, p -> p.conditions().contains(ChronicCondition.TYPE_2_DIABETES));
    assertThat(hypertension).isBetween(0.15, 0.40);
    assertThat(diabetes).isBetween(0.05, 0.15);
    assertThat(share(p -> age(p) >= 65, p -> p.conditions().contains(ChronicCondition.HYPERTENSION)))
        .isGreaterThan(share(p -> age(p) >= 35 && age(p) < 45,
            p -> p.conditions().contains(ChronicCondition.HYPERTENSION)) * 3);
    assertThat(share(p -> age(p) < 18, p -> !p.conditions().isEmpty())).isZero();
    for (ChronicCondition other : List.of(ChronicCondition.CORONARY_HEART_DISEASE, ChronicCondition.STROKE,
        ChronicCondition.COPD)) {
      assertThat(share(p -> age(p) >= 65, p -> p.conditions().contains(other))).as(other.name()).isBetween(0.01, 0.15);
    }
  }

  private static int age(Person p) {
    return p.resident().ageOn(AS_OF);
  }

  private static double share(Predicate<Person> which) {
    return share(p -> true, which);
  }

  private static double share(Predicate<Person> among, Predicate<Person> which) {
    List<Person> group = COMMUNITY.people().stream().filter(among).toList();
    return group.stream().filter(which).count() / (double) group.size();
  }
}
