package io.github.weisheng.archive;

import static io.github.weisheng.org.OrgTesting.committees;
import static io.github.weisheng.org.OrgTesting.digitsOfWrongLength;
import static io.github.weisheng.org.OrgTesting.nonDigits;
import static io.github.weisheng.org.OrgTesting.replaceAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ArchiveNumberProperties {
  private static Gen<ArchiveNumber> numbers() {
    return committees().zip(integers().between(1, 99_999), ArchiveNumber::of);
  }

  @Test
  void parseOfValueIsTheSameNumber() {
    qt().forAll(numbers())
        .checkAssert(
            number -> {
              assertThat(ArchiveNumber.parse(number.value())).isEqualTo(number);
              assertThat(number.value()).hasSize(17);
              assertThat(number.shortForm())
                  .matches("[0-9]{3}-[0-9]{5}")
                  .isEqualTo(number.value().substring(9, 12) + "-" + number.value().substring(12));
            });
  }

  @Test
  void ofAgreesWithParse() {
    qt().forAll(committees(), integers().between(1, 99_999))
        .checkAssert(
            (committee, serial) -> {
              ArchiveNumber parsed = ArchiveNumber.parse(ArchiveNumber.of(committee, serial).value());
              assertThat(parsed.committee()).isEqualTo(committee);
              assertThat(parsed.serial()).isEqualTo(serial);
              assertThat(parsed.value()).startsWith(committee.value());
            });
  }

  @Test
  void orderingMatchesSerialOrderWithinACommittee() {
    qt().forAll(committees(), integers().between(1, 99_999), integers().between(1, 99_999))
        .checkAssert(
            (committee, a, b) ->
                assertThat(
                        Integer.signum(
                            ArchiveNumber.of(committee, a).compareTo(ArchiveNumber.of(committee, b))))
                    .isEqualTo(Integer.signum(Integer.compare(a, b))));
  }

  @Test
  void orderingFollowsTheCommitteeFirst() {
    qt().forAll(numbers(), numbers())
        .assuming((x, y) -> !x.committee().equals(y.committee()))
        .checkAssert(
            (x, y) ->
                assertThat(Integer.signum(x.compareTo(y)))
                    .isEqualTo(Integer.signum(x.committee().compareTo(y.committee()))));
  }

  @Test
  void serialsOutOfRangeAreRejected() {
    qt().forAll(committees(), integers().all().assuming(n -> n < 1 || n > 99_999))
        .checkAssert(
            (committee, serial) -> {
              RuleViolationException e =
                  catchThrowableOfType(
                      RuleViolationException.class, () -> ArchiveNumber.of(committee, serial));
              assertThat(e.violations())
                  .singleElement()
                  .hasToString("archiveNumber [archiveNumber.serial]");
            });
  }

  @Test
  void digitStringsOfTheWrongLengthAreRejected() {
    qt().forAll(digitsOfWrongLength(17, 40)).checkAssert(ArchiveNumberProperties::assertFormatRule);
  }

  @Test
  void aNonDigitAnywhereIsRejected() {
    qt().forAll(numbers(), integers().between(0, 16), nonDigits())
        .checkAssert((number, at, c) -> assertFormatRule(replaceAt(number.value(), at, c)));
  }

  @Test
  void jsonRoundTrip() {
    JsonCodec json = JsonCodec.create();
    qt().forAll(numbers())
        .checkAssert(
            number -> assertThat(json.read(json.write(number), ArchiveNumber.class)).isEqualTo(number));
  }

  private static void assertFormatRule(String text) {
    RuleViolationException e =
        catchThrowableOfType(RuleViolationException.class, () -> ArchiveNumber.parse(text));
    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().hasToString("archiveNumber [archiveNumber.format]");
  }
}
