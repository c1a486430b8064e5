package io.github.weisheng.org;

import static io.github.weisheng.org.OrgTesting.counties;
import static io.github.weisheng.org.OrgTesting.digitsOfWrongLength;
import static io.github.weisheng.org.OrgTesting.nonDigits;
import static io.github.weisheng.org.OrgTesting.replaceAt;
import static io.github.weisheng.org.OrgTesting.townships;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolationException;
import org.junit.jupiter.api.Test;

class TownshipCodeProperties {
  @Test
  void parseOfValueIsTheSameCode() {
    qt().forAll(townships())
        .checkAssert(code -> assertThat(TownshipCode.parse(code.value())).isEqualTo(code));
  }

  @Test
  void ofAgreesWithParse() {
    qt().forAll(counties(), integers().between(1, 999))
        .checkAssert(
            (county, number) -> {
              TownshipCode code = TownshipCode.of(county, number);
              TownshipCode parsed = TownshipCode.parse(code.value());
              assertThat(parsed).isEqualTo(code);
              assertThat(parsed.county()).isEqualTo(county);
              assertThat(parsed.townshipNumber()).isEqualTo(number);
              assertThat(parsed.isWithin(county)).isTrue();
              assertThat(parsed.value()).isEqualTo(county.value() + String.format("%03d", number));
            });
  }

  @Test
  void numbersOutOfRangeAreRejected() {
    qt().forAll(counties(), integers().all().assuming(n -> n < 1 || n > 999))
        .checkAssert(
            (county, number) -> {
              RuleViolationException e =
                  catchThrowableOfType(
                      RuleViolationException.class, () -> TownshipCode.of(county, number));
              assertThat(e.violations())
                  .singleElement()
                  .hasToString("townshipCode [townshipCode.number]");
            });
  }

  @Test
  void digitStringsOfTheWrongLengthAreRejected() {
    qt().forAll(digitsOfWrongLength(9, 24)).checkAssert(TownshipCodeProperties::assertFormatRule);
  }

  @Test
  void aNonDigitAnywhereIsRejected() {
    qt().forAll(townships(), integers().between(0, 8), nonDigits())
        .checkAssert((code, at, c) -> assertFormatRule(replaceAt(code.value(), at, c)));
  }

  @Test
  void jsonRoundTrip() {
    JsonCodec json = JsonCodec.create();
    qt().forAll(townships())
        .checkAssert(
            code -> assertThat(json.read(json.write(code), TownshipCode.class)).isEqualTo(code));
  }

  private static void assertFormatRule(String text) {
    RuleViolationException e =
        catchThrowableOfType(RuleViolationException.class, () -> TownshipCode.parse(text));
    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().hasToString("townshipCode [townshipCode.format]");
  }
}
