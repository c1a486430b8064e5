package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputKindTest {

  @Test
  void theStandardKindsHaveTheSummariesUnits() {
    assertThat(OutputKind.GARBAGE_REMOVED.units()).containsExactly(OutputUnit.TONNE, OutputUnit.KILOGRAM);
    assertThat(OutputKind.BLACK_SPOTS_CLEARED.defaultUnit()).isEqualTo(OutputUnit.SITE);
    assertThat(OutputKind.ILLEGAL_ADS_REMOVED.units()).containsExactly(OutputUnit.SHEET, OutputUnit.SITE);
    assertThat(OutputKind.DRAINS_DREDGED.defaultUnit()).isEqualTo(OutputUnit.METRE);
    assertThat(OutputKind.RODENTICIDE_PLACED.units()).containsExactly(OutputUnit.BAG, OutputUnit.KILOGRAM);
    assertThat(OutputKind.COCKROACH_BAIT_PLACED.defaultUnit()).isEqualTo(OutputUnit.BAG);
    assertThat(OutputKind.HOUSEHOLDS_VISITED.defaultUnit()).isEqualTo(OutputUnit.HOUSEHOLD);
    assertThat(OutputKind.LEAFLETS_DISTRIBUTED.defaultUnit()).isEqualTo(OutputUnit.COPY);
    assertThat(OutputKind.TREES_PLANTED.defaultUnit()).isEqualTo(OutputUnit.PLANT);
    assertThat(OutputKind.AREA_DISINFECTED.defaultUnit()).isEqualTo(OutputUnit.SQUARE_METRE);
    assertThat(OutputKind.MONEY_SPENT.defaultUnit()).isEqualTo(OutputUnit.YUAN);
  }

  @Test
  void aHostKindIsCheckedAndRoundTrips() {
    OutputKind cars = OutputKind.of("abandoned-cars-removed", "清理僵尸车", "abandoned cars removed", OutputUnit.PIECE);
    assertThat(roundTrip(cars, OutputKind.class)).isEqualTo(cars);
    assertRules(() -> OutputKind.of("Bad Code", " ", "x".repeat(201), OutputUnit.PIECE, OutputUnit.PIECE),
        "code [outputKind.code]", "chineseName [sanitation.text]", "englishName [sanitation.text]",
        "units [outputKind.units]");
  }
}
