package io.github.weisheng.org;

import static io.github.weisheng.org.OrgTesting.committees;
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

class CommitteeCodeProperties {
  @Test
  void parseOfValueIsTheSameCode() {
    qt().forAll(committees())
        .checkAssert(code -> assertThat(CommitteeCode.parse(code.value())).isEqualTo(code));
  }

  @Test
  void ofAgreesWithParseAndTheSegments() {
    qt().forAll(townships(), integers().between(1, 999))
        .checkAssert(
            (township, number) -> {
              CommitteeCode code = CommitteeCode.parse(CommitteeCode.of(township, number).value());
              assertThat(code.township()).isEqualTo(township);
              assertThat(code.county()).isEqualTo(township.county());
              assertThat(code.committeeNumber()).isEqualTo(number);
              assertThat(code.isWithin(township)).isTrue();
              assertThat(code.isWithin(township.county())).isTrue();
            });
  }

  @Test
  void containmentIsBySegmentNotByChance() {
    qt().forAll(committees(), townships())
        .checkAssert(
            (code, township) -> {
              assertThat(code.isWithin(township)).isEqualTo(code.township().equals(township));
              assertThat(code.isWithin(township.county()))
                  .isEqualTo(code.county().equals(township.county()));
            });
  }

  @Test
  void numbersOutOfRangeAreRejected() {
    qt().forAll(townships(), integers().all().assuming(n -> n < 1 || n > 999))
        .checkAssert(
            (township, number) -> {
              RuleViolationException e =
                  catchThrowableOfType(
                      RuleViolationException.class, () -> CommitteeCode.of(township, number));
              assertThat(e.violations())
                  .singleElement()
                  .hasToString("committeeCode [committeeCode.number]");
            });
  }

  @Test
  void digitStringsOfTheWrongLengthAreRejected() {
    qt().forAll(digitsOfWrongLength(12, 30)).checkAssert(CommitteeCodeProperties::assertFormatRule);
  }

  @Test
  void aNonDigitAnywhereIsRejected() {
    qt().forAll(committees(), integers().between(0, 11), nonDigits())
        .checkAssert((code, at, c) -> assertFormatRule(replaceAt(code.value(), at, c)));
  }

  @Test
  void jsonRoundTrip() {
    JsonCodec json = JsonCodec.create();
    qt().forAll(committees())
        .checkAssert(
            code -> assertThat(json.read(json.write(code), CommitteeCode.class)).isEqualTo(code));
  }

  private static void assertFormatRule(String text) {
    RuleViolationException e =
        catchThrowableOfType(RuleViolationException.class, () -> CommitteeCode.parse(text));
    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().hasToString("committeeCode [committeeCode.format]");
  }
}
