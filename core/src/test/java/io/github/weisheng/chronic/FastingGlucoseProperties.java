package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.glucoses;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class FastingGlucoseProperties {

  @Test
  void parseReadsWhatThePlainTextSays() {
    qt().forAll(glucoses()).checkAssert(g ->
        assertThat(FastingGlucose.parse(g.mmolPerLitre().toPlainString())).isEqualTo(g));
  }

  @Test
  void jsonRoundTrip() {
    qt().forAll(glucoses()).checkAssert(g -> assertThat(roundTrip(g)).isEqualTo(g));
  }

  @Test
  void alwaysOneDecimal() {
    qt().forAll(glucoses()).checkAssert(g -> assertThat(g.mmolPerLitre().scale()).isEqualTo(1));
  }
}
