package io.github.weisheng.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.resident.Resident;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Synthetic persons are valid residents with fresh ids. */
class SyntheticTest {
  @Test
  void personsAreValidAndDistinct() {
    Set<String> ids = new HashSet<>();
    Set<String> citizenIds = new HashSet<>();
    Set<String> committees = new HashSet<>();
    for (long n = 0; n < 5_000; n++) {
      Synthetic.Person p = Synthetic.person(n);
      Resident resident = Synthetic.resident(p); // throws on any broken rule
      assertThat(resident.citizenId().orElseThrow().value()).isEqualTo(p.citizenId());
      assertThat(resident.committee().isWithin(Synthetic.STREET)).isTrue();
      assertThat(ids.add(p.id())).isTrue();
      assertThat(citizenIds.add(p.citizenId())).isTrue();
      committees.add(p.committee());
    }
    assertThat(committees).hasSize(Synthetic.COMMITTEES);
  }

  @Test
  void theSamePersonEveryTime() {
    assertThat(Synthetic.person(123_456)).isEqualTo(Synthetic.person(123_456));
    assertThat(Synthetic.form(5)).isEqualTo(Synthetic.form(5)).isNotEqualTo(Synthetic.form(6));
  }
}
