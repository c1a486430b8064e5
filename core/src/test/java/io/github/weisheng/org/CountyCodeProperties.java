package io.github.weisheng.org;

import static io.github.weisheng.org.OrgTesting.counties;
import static io.github.weisheng.org.OrgTesting.digitsOfWrongLength;
import static io.github.weisheng.org.OrgTesting.nonDigits;
import static io.github.weisheng.org.OrgTesting.replaceAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolationException;
import org.junit.jupiter.api.Test;

class CountyCodeProperties {
  @Test
  void parseOfValueIsTheSameCode() {
    qt().forAll(counties())
        .checkAssert(
            code -> {
              assertThat(CountyCode.parse(code.value())).isEqualTo(code);
              assertThat(code.value()).hasSize(6).startsWith(code.provinceCode());
              assertThat(code.toString()).isEqualTo(code.value());
            });
  }

  @Test
  void digitStringsOfTheWrongLengthAreRejected() {
    qt().forAll(digitsOfWrongLength(6, 20))
        .checkAssert(text -> assertFormatRule(text));
  }

  @Test
  void aNonDigitAnywhereIsRejected() {
    qt().forAll(counties(), integers().between(0, 5), nonDigits())
        .checkAssert((code, at, c) -> assertFormatRule(replaceAt(code.value(), at, c)));
  }

  @Test
  void arbitraryTextIsEitherAValidCodeOrRejected() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 8))
        .checkAssert(
            text -> {
              RuleViolationException e =
                  catchThrowableOfType(RuleViolationException.class, () -> CountyCode.parse(text));
              if (e == null) {
                assertThat(text).matches("[0-9]{6}");
              } else if (!text.matches("[0-9]{6}")) {
                assertThat(e.violations()).singleElement().hasToString("countyCode [countyCode.format]");
              }
            });
  }

  @Test
  void jsonRoundTrip() {
    JsonCodec json = JsonCodec.create();
    qt().forAll(counties())
        .checkAssert(code -> assertThat(json.read(json.write(code), CountyCode.class)).isEqualTo(code));
  }

  private static void assertFormatRule(String text) {
    RuleViolationException e =
        catchThrowableOfType(RuleViolationException.class, () -> CountyCode.parse(text));
    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().hasToString("countyCode [countyCode.format]");
  }
}
