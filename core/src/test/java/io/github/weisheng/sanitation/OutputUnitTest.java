package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OutputUnitTest {

  @Test
  void codesAreUniqueAndLookedUp() {
    assertThat(Arrays.stream(OutputUnit.values()).map(OutputUnit::code)).doesNotHaveDuplicates();
    for (OutputUnit unit : OutputUnit.values()) {
      assertThat(OutputUnit.fromCode(unit.code())).isEqualTo(unit);
      assertThat(unit.chineseSymbol()).containsPattern("\\p{IsHan}");
    }
    assertRules(() -> OutputUnit.fromCode("furlong"), "output.unit [output.unit.unknown]");
  }

  @Test
  void countsOfThingsAreWholeMeasuresAreNot() {
    assertThat(OutputUnit.SHEET.wholeNumbers()).isTrue();
    assertThat(OutputUnit.PERSON_TIME.wholeNumbers()).isTrue();
    assertThat(OutputUnit.TONNE.wholeNumbers()).isFalse();
    assertThat(OutputUnit.YUAN.wholeNumbers()).isFalse();
  }
}
