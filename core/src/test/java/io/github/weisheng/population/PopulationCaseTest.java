package io.github.weisheng.population;

import static io.github.weisheng.population.PopulationTesting.ARCHIVE;
import static io.github.weisheng.population.PopulationTesting.d;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.org.OrgUnitId;
import org.junit.jupiter.api.Test;

class PopulationCaseTest {
  private static final OrgUnitId TEAM = OrgUnitId.of("team-3");

  @Test
  void exactlyTheGroupsRecords() {
    assertRules(() -> PopulationCase.builder().id(PopulationCaseId.random()).archive(ARCHIVE)
            .group(PopulationGroup.CHILD).team(TEAM).build(),
        "populationCase.group [population.case.records]");
    assertRules(() -> PopulationCase.builder().id(PopulationCaseId.random()).archive(ARCHIVE)
            .group(PopulationGroup.MATERNAL).team(TEAM)
            .pregnancy(Pregnancy.builder().archive(ArchiveNumber.parse("11010500100100002"))
                .lastMenstrualPeriod(d("2026-01-01")).build())
            .build(),
        "populationCase.archive [population.case.otherArchive]");
    PopulationCase smi = PopulationCase.builder().id(PopulationCaseId.parse("case-1")).archive(ARCHIVE)
        .group(PopulationGroup.SEVERE_MENTAL_DISORDER).team(TEAM).disorder(SevereMentalDisorder.SCHIZOPHRENIA).build();
    assertThat(roundTrip(smi, PopulationCase.class)).isEqualTo(smi);
    assertThat(smi.toString()).doesNotContain("SCHIZOPHRENIA");
  }

  @Test
  void caseIds() {
    assertRules(() -> PopulationCaseId.parse("a b"), "populationCaseId [populationCaseId.format]");
    new EqualsTester().addEqualityGroup(PopulationCaseId.parse("x"), PopulationCaseId.parse("x"))
        .addEqualityGroup(PopulationCaseId.parse("y")).testEquals();
    PopulationCaseId id = PopulationCaseId.random();
    assertThat(roundTrip(id, PopulationCaseId.class)).isEqualTo(id);
    assertThat(PopulationCaseId.parse("a").compareTo(PopulationCaseId.parse("b"))).isNegative();
    assertThat(id).hasToString(id.value());
  }

  @Test
  void rulesRoundTripAndRejectAnIndicatorOfAnotherGroup() {
    PopulationRules rules = PopulationRules.defaults();
    assertThat(roundTrip(rules, PopulationRules.class)).isEqualTo(rules);
    PopulationCase smi = PopulationCase.builder().id(PopulationCaseId.random()).archive(ARCHIVE)
        .group(PopulationGroup.SEVERE_MENTAL_DISORDER).team(TEAM).disorder(SevereMentalDisorder.SCHIZOPHRENIA).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.status(smi, PopulationIndicator.NEWBORN_VISIT,
        d("1980-01-01"), 2026)).isInstanceOf(IllegalArgumentException.class);
    assertThat(rules.due(smi, d("1980-01-01"), d("2026-06-30"))).isEmpty();
    assertThat(rules.status(smi, PopulationIndicator.SEVERE_MENTAL_DISORDER_STANDARD_MANAGEMENT, d("1980-01-01"), 2026)
        .met()).isFalse();
  }

  @Test
  void onlyTheElderlyRulesNeedTheBirthDate() {
    PopulationRules rules = PopulationRules.defaults();
    PopulationCase smi = PopulationCase.builder().id(PopulationCaseId.random()).archive(ARCHIVE)
        .group(PopulationGroup.SEVERE_MENTAL_DISORDER).team(TEAM).disorder(SevereMentalDisorder.SCHIZOPHRENIA).build();
    assertThat(rules.status(smi, PopulationIndicator.SEVERE_MENTAL_DISORDER_STANDARD_MANAGEMENT, 2026))
        .isEqualTo(rules.status(smi, PopulationIndicator.SEVERE_MENTAL_DISORDER_STANDARD_MANAGEMENT, d("1980-01-01"),
            2026));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.status(smi, PopulationIndicator.NEWBORN_VISIT, 2026))
        .isInstanceOf(IllegalArgumentException.class);
    PopulationCase elderly = PopulationCase.builder().id(PopulationCaseId.random()).archive(ARCHIVE)
        .group(PopulationGroup.ELDERLY).team(TEAM).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.status(elderly,
        PopulationIndicator.ELDERLY_MANAGEMENT, 2026)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("birth date");
    assertThat(rules.due(smi, d("2026-06-30"))).isEqualTo(rules.due(smi, d("1980-01-01"), d("2026-06-30")));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.due(elderly, d("2026-06-30")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("birth date");
    assertThat(rules.due(elderly, d("1950-03-01"), d("2026-06-30"))).isNotEmpty();
    assertThat(rules.due(elderly, d("1990-03-01"), d("2026-06-30"))).isEmpty();
    // born in 1962 the resident is 64 at the end of 2026, served only from 2027
    assertThat(rules.status(elderly, PopulationIndicator.ELDERLY_MANAGEMENT, d("1962-03-01"), 2026))
        .isNotEqualTo(rules.status(elderly, PopulationIndicator.ELDERLY_MANAGEMENT, d("1950-03-01"), 2026));
  }
}
