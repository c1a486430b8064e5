package io.github.weisheng.sanitation;

import static io.github.weisheng.sanitation.SanitationTesting.dec;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OutputTest {

  @Test
  void theSeedsFiguresAreOutputs() {
    // 清运垃圾合10吨, 清除野广告400余张, 投放灭鼠药200袋, 下水道200余米, 3000余元 (seed, 银丰社区)
    assertThat(Output.of(OutputKind.GARBAGE_REMOVED, 10)).satisfies(o -> {
      assertThat(o.unit()).isEqualTo(OutputUnit.TONNE);
      assertThat(o.amount()).isEqualTo(dec("10"));
    });
    assertThat(Output.of(OutputKind.ILLEGAL_ADS_REMOVED, 400).unit()).isEqualTo(OutputUnit.SHEET);
    assertThat(Output.of(OutputKind.RODENTICIDE_PLACED, 200).unit()).isEqualTo(OutputUnit.BAG);
    assertThat(Output.of(OutputKind.RODENTICIDE_PLACED, dec("2.5"), OutputUnit.KILOGRAM).amount()).isEqualTo(dec("2.5"));
    assertThat(Output.of(OutputKind.DRAINS_DREDGED, "200.5").amount()).isEqualTo(dec("200.5"));
    assertThat(Output.of(OutputKind.MONEY_SPENT, "3000.00").amount()).isEqualTo(dec("3000"));
  }

  @Test
  void aNegativeAmountIsRefusedWithoutShowingIt() {
    RuleViolationException e = assertRules(() -> Output.of(OutputKind.GARBAGE_REMOVED, "-3.5"),
        "amount [output.amount.negative]");
    assertThat(e.getMessage(Locale.ENGLISH)).doesNotContain("3.5");
    assertRules(() -> Output.of(OutputKind.BLACK_SPOTS_CLEARED, -1), "amount [output.amount.negative]");
  }

  @Test
  void aUnitOfAnotherKindIsRefusedNamingTheKindsUnits() {
    RuleViolationException e = assertRules(() -> Output.of(OutputKind.GARBAGE_REMOVED, dec("5"), OutputUnit.BAG),
        "unit [output.unit.mismatch]");
    assertThat(e.violations().get(0).message(Locale.ENGLISH))
        .isEqualTo("unit: bags (袋) is not a unit of garbage removed (清运垃圾): use t/kg (吨/千克)");
    assertThat(e.violations().get(0).message(Locale.CHINESE))
        .isEqualTo("unit: 袋（bags）不是清运垃圾（garbage removed）的计量单位，请使用吨/千克（t/kg）");
    assertRules(() -> Output.of(OutputKind.HOUSEHOLDS_VISITED, dec("-2"), OutputUnit.PERSON),
        "amount [output.amount.negative]", "unit [output.unit.mismatch]");
  }

  @Test
  void countsAreWholeAndMeasuresHaveAtMostThreeDecimals() {
    assertRules(() -> Output.of(OutputKind.HOUSEHOLDS_VISITED, "2.5"), "amount [output.amount.whole]");
    assertThat(Output.of(OutputKind.HOUSEHOLDS_VISITED, "50.0").amount()).isEqualTo(dec("50"));
    assertRules(() -> Output.of(OutputKind.GARBAGE_REMOVED, "1.2345"), "amount [output.amount.scale]");
    assertThat(Output.of(OutputKind.GARBAGE_REMOVED, "1.234").amount()).isEqualTo(dec("1.234"));
  }

  @Test
  void valueAndJson() {
    new EqualsTester()
        .addEqualityGroup(Output.of(OutputKind.GARBAGE_REMOVED, "10.0"), Output.of(OutputKind.GARBAGE_REMOVED, 10))
        .addEqualityGroup(Output.of(OutputKind.GARBAGE_REMOVED, dec("10"), OutputUnit.KILOGRAM))
        .addEqualityGroup(Output.of(OutputKind.BLACK_SPOTS_CLEARED, 10))
        .testEquals();
    Output o = Output.of(OutputKind.TREES_PLANTED, dec("1.5"), OutputUnit.MU);
    assertThat(roundTrip(o, Output.class)).isEqualTo(o);
  }
}
