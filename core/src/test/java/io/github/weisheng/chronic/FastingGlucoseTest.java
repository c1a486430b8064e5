package io.github.weisheng.chronic;

import static io.github.weisheng.chronic.ChronicTesting.fpg;
import static io.github.weisheng.testing.Checks.JSON;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FastingGlucoseTest {

  @Test
  void keepsExactlyOneDecimal() {
    assertThat(fpg("7").mmolPerLitre()).isEqualTo(new BigDecimal("7.0"));
    assertThat(fpg("6.80").mmolPerLitre()).isEqualTo(new BigDecimal("6.8"));
    assertThat(FastingGlucose.parse("16.7").mmolPerLitre()).isEqualTo(new BigDecimal("16.7"));
    assertThat(fpg("7")).isEqualTo(fpg("7.00"));
  }

  @Test
  void theLimitsAreIncluded() {
    assertThat(fpg("1.0").mmolPerLitre()).isEqualTo(new BigDecimal("1.0"));
    assertThat(fpg("40.0").mmolPerLitre()).isEqualTo(new BigDecimal("40.0"));
  }

  @Test
  void implausibleOrOverPreciseValuesAreRefused() {
    assertRules(() -> fpg("0.9"), "fastingGlucose [fastingGlucose.range]");
    assertRules(() -> fpg("40.1"), "fastingGlucose [fastingGlucose.range]");
    assertRules(() -> fpg("-5"), "fastingGlucose [fastingGlucose.range]");
    assertRules(() -> fpg("6.85"), "fastingGlucose [fastingGlucose.precision]");
    assertRules(() -> fpg("0.95"), "fastingGlucose [fastingGlucose.precision]", "fastingGlucose [fastingGlucose.range]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "6,8", "７.0", " 6.8", "6.", ".8", "1e1", "+6.8", "1234"})
  void parseRefusesAnythingButADecimal(String text) {
    assertRules(() -> FastingGlucose.parse(text), "fastingGlucose [fastingGlucose.format]");
  }

  @Test
  void parseChecksTheRules() {
    assertRules(() -> FastingGlucose.parse("6.85"), "fastingGlucose [fastingGlucose.precision]");
    assertRules(() -> FastingGlucose.parse("45.0"), "fastingGlucose [fastingGlucose.range]");
  }

  @ParameterizedTest
  @CsvSource({"6.0, false", "6.1, true", "6.9, true", "7.0, false", "12.0, false"})
  void impairedFastingGlucoseIs61To69(String value, boolean impaired) {
    assertThat(fpg(value).isImpairedFasting()).isEqualTo(impaired);
  }

  @Test
  void ordersByValue() {
    assertThat(fpg("3.9")).isLessThan(fpg("4.0"));
    assertThat(fpg("16.7")).isEqualByComparingTo(fpg("16.70"));
    assertThat(FastingGlucose.DIABETES_FROM).isEqualTo(fpg("7.0"));
    assertThat(FastingGlucose.IMPAIRED_FASTING_FROM).isEqualTo(fpg("6.1"));
  }

  @Test
  void toStringDoesNotPrintTheReading() {
    assertThat(fpg("8.3").toString()).doesNotContain("8.3");
  }

  @Test
  void jsonIsANumber() {
    assertThat(new String(JSON.write(fpg("7")), StandardCharsets.UTF_8)).isEqualTo("7.0");
    assertThat(roundTrip(fpg("16.7"))).isEqualTo(fpg("16.7"));
    assertThat(JSON.read("6".getBytes(StandardCharsets.UTF_8), FastingGlucose.class)).isEqualTo(fpg("6.0"));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(fpg("7"), fpg("7.0"), FastingGlucose.parse("7.0"))
        .addEqualityGroup(fpg("6.9"))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(FastingGlucose.class);
    new NullPointerTester().testAllPublicInstanceMethods(fpg("5.5"));
  }
}
