package io.github.weisheng.sanitation;

import static io.github.weisheng.sanitation.SanitationTesting.dec;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputCatalogueTest {
  private static final OutputKind CARS =
      OutputKind.of("abandoned-cars-removed", "清理僵尸车", "abandoned cars removed", OutputUnit.PIECE);

  @Test
  void theStandardCatalogueHoldsEveryStandardKindAndTheHostAddsItsOwn() {
    OutputCatalogue standard = OutputCatalogue.standard();
    assertThat(standard.kinds()).hasSize(19).contains(OutputKind.GARBAGE_REMOVED, OutputKind.MONEY_SPENT);
    OutputCatalogue local = standard.with(CARS);
    assertThat(local.find("abandoned-cars-removed")).contains(CARS);
    assertThat(standard.find("abandoned-cars-removed")).isEmpty();
    assertThat(local.output("abandoned-cars-removed", dec("3"), "piece")).isEqualTo(Output.of(CARS, 3));
    assertThat(local.catalogues(Output.of(CARS, 3))).isTrue();
    assertThat(standard.catalogues(Output.of(CARS, 3))).isFalse();
    OutputKind renamed = OutputKind.of("garbage-removed", "清运杂物", "debris removed", OutputUnit.TONNE);
    assertThat(standard.catalogues(Output.of(renamed, 1))).isFalse();
  }

  @Test
  void codesFromAFormAreCheckedWithClearErrors() {
    OutputCatalogue c = OutputCatalogue.standard();
    assertThat(c.output("garbage-removed", dec("10"), "t")).isEqualTo(Output.of(OutputKind.GARBAGE_REMOVED, 10));
    assertRules(() -> c.output("no-such-kind", dec("1"), "t"), "output.kind [output.kind.unknown]");
    assertRules(() -> c.output("garbage-removed", dec("1"), "furlong"), "output.unit [output.unit.unknown]");
    assertRules(() -> c.output("garbage-removed", dec("1"), "bag"), "unit [output.unit.mismatch]");
    assertRules(() -> c.output("garbage-removed", dec("-1"), "t"), "amount [output.amount.negative]");
  }

  @Test
  void aCodeIsCataloguedOnce() {
    assertRules(() -> OutputCatalogue.standard().with(OutputKind.of("money-spent", "经费", "funds", OutputUnit.YUAN)),
        "kinds [outputCatalogue.duplicateKind]");
  }

  @Test
  void valueAndJson() {
    OutputCatalogue local = OutputCatalogue.standard().with(CARS);
    assertThat(roundTrip(local, OutputCatalogue.class)).isEqualTo(local);
    new EqualsTester()
        .addEqualityGroup(OutputCatalogue.standard(), OutputCatalogue.of(OutputCatalogue.standard().kinds()))
        .addEqualityGroup(local)
        .addEqualityGroup(OutputCatalogue.of(List.of(CARS)))
        .testEquals();
    assertThat(local.toString()).contains("abandoned-cars-removed");
  }
}
