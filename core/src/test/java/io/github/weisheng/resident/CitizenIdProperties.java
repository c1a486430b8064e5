package io.github.weisheng.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CitizenIdProperties {
  /** The province parts that {@link CitizenId} accepts, restated here as test data. */
  private static final List<String> PROVINCES =
      List.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82", "83");

  private static final List<String> PERMIT_ADDRESS_CODES = List.of("810000", "820000", "830000");

  private static final Gen<String> ADDRESS_CODES =
      arbitrary()
          .pick(PROVINCES)
          .zip(integers().between(0, 9999), (p, rest) -> p + fourDigits(rest))
          .mix(arbitrary().pick(PERMIT_ADDRESS_CODES), 10);

  private static final Gen<LocalDate> BIRTH_DATES = datesBetween(1900, 2025);
  private static final Gen<Integer> SEQUENCES = integers().between(0, 999);

  /** Valid 18-character numbers of every kind but the legacy one. */
  private static final Gen<String> VALID_18 =
      ADDRESS_CODES
          .zip(BIRTH_DATES, SEQUENCES, (a, d, s) -> CitizenId.of(a, d, s).value())
          .mix(
              arbitrary()
                  .pick(PROVINCES)
                  .zip(
                      integers().between(0, 999),
                      BIRTH_DATES,
                      SEQUENCES,
                      (p, nationality, d, s) ->
                          CitizenIdTest.withCheck(
                              "9" + p + String.format(Locale.ROOT, "%03d", nationality)
                                  + yyyymmdd(d) + String.format(Locale.ROOT, "%03d", s))),
              25);

  /** One fixed failure per rule: its messages are the only messages that rule may produce. */
  private static final Map<String, RuleViolationException> REFERENCE =
      Map.of(
          "citizenId.length", CitizenIdTest.catchViolation(() -> CitizenId.parse("1")),
          "citizenId.characters",
              CitizenIdTest.catchViolation(() -> CitizenId.parse("A00000000000000")),
          "citizenId.addressCode",
              CitizenIdTest.catchViolation(() -> CitizenId.parse("000000000000000")),
          "citizenId.birthDate",
              CitizenIdTest.catchViolation(() -> CitizenId.parse("110000000000000")),
          "citizenId.checkCharacter",
              CitizenIdTest.catchViolation(() -> CitizenId.parse("110000200001010001")));

  @Test
  void everyBuiltNumberParsesToItsParts() {
    qt().forAll(ADDRESS_CODES, BIRTH_DATES, SEQUENCES)
        .checkAssert(
            (address, birthDate, sequence) -> {
              CitizenId built = CitizenId.of(address, birthDate, sequence);
              String value = built.value();
              assertThat(value).hasSize(18).startsWith(address);
              assertThat(value.charAt(17))
                  .isEqualTo(CitizenId.checkCharacter(value.substring(0, 17)));
              CitizenId parsed = CitizenId.parse(value);
              assertThat(parsed).isEqualTo(built);
              assertThat(parsed.value()).isEqualTo(value);
              assertThat(parsed.birthDate()).isEqualTo(birthDate);
              assertThat(parsed.sex()).isEqualTo(sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE);
              assertThat(parsed.addressCode()).isEqualTo(address);
              assertThat(parsed.kind())
                  .isEqualTo(
                      PERMIT_ADDRESS_CODES.contains(address)
                          ? CitizenIdKind.RESIDENCE_PERMIT
                          : CitizenIdKind.CITIZEN);
              assertThat(parsed.toEighteen()).isSameAs(parsed);
              assertThat(CitizenId.parse(value.toLowerCase(Locale.ROOT))).isEqualTo(parsed);
            });
  }

  /**
   * MOD 11-2 detects every single substitution (each weight is a unit mod 11), so every one-
   * character change of a valid number to another allowed character is rejected: by the check
   * character, or earlier when the change breaks the date or the address code. The messages are
   * those of the reference failure of the same rule, so they cannot depend on the number.
   */
  @Test
  void everySingleCharacterCorruptionIsRejected() {
    qt().forAll(VALID_18)
        .checkAssert(
            value -> {
              CitizenId.parse(value);
              for (int position = 0; position < 18; position++) {
                String allowed = position == 17 ? "0123456789X" : "0123456789";
                for (char c : allowed.toCharArray()) {
                  if (c == value.charAt(position)) {
                    continue;
                  }
                  String corrupt =
                      value.substring(0, position) + c + value.substring(position + 1);
                  RuleViolationException e =
                      CitizenIdTest.catchViolation(() -> CitizenId.parse(corrupt));
                  String rule = e.violations().get(0).rule();
                  assertThat(rule)
                      .isIn(
                          "citizenId.addressCode",
                          "citizenId.birthDate",
                          "citizenId.checkCharacter");
                  assertMessagesIndependentOf(e, rule, corrupt);
                }
              }
            });
  }

  @Test
  void legacyNumbersConvertToEighteenPreservingTheirParts() {
    qt().forAll(ADDRESS_CODES, datesBetween(1900, 1999), SEQUENCES)
        .checkAssert(
            (address, birthDate, sequence) -> {
              String yymmdd = yyyymmdd(birthDate).substring(2);
              String seq = String.format(Locale.ROOT, "%03d", sequence);
              CitizenId legacy = CitizenId.parse(address + yymmdd + seq);
              assertThat(legacy.kind()).isEqualTo(CitizenIdKind.LEGACY_15);
              CitizenId eighteen = legacy.toEighteen();
              String value = eighteen.value();
              assertThat(value.substring(0, 17)).isEqualTo(address + "19" + yymmdd + seq);
              assertThat(value.charAt(17))
                  .isEqualTo(CitizenId.checkCharacter(value.substring(0, 17)));
              assertThat(eighteen.birthDate()).isEqualTo(birthDate).isEqualTo(legacy.birthDate());
              assertThat(eighteen.sex())
                  .isEqualTo(legacy.sex())
                  .isEqualTo(sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE);
              assertThat(eighteen.addressCode()).isEqualTo(address).isEqualTo(legacy.addressCode());
              assertThat(eighteen).isEqualTo(legacy).isEqualTo(CitizenId.parse(value));
              assertThat(eighteen.hashCode()).isEqualTo(legacy.hashCode());
              assertThat(eighteen.toEighteen()).isSameAs(eighteen);
            });
  }

  @Test
  void jsonRoundTripPreservesEquality() {
    JsonCodec codec = JsonCodec.create();
    qt().forAll(VALID_18.mix(legacyNumbers(), 30))
        .checkAssert(
            value -> {
              CitizenId id = CitizenId.parse(value);
              CitizenId read = codec.read(codec.write(id), CitizenId.class);
              assertThat(read).isEqualTo(id);
              assertThat(read.value()).isEqualTo(id.value());
              assertThat(read.kind()).isEqualTo(id.kind());
            });
  }

  @Test
  void toStringNeverShowsTheNumber() {
    qt().forAll(VALID_18.mix(legacyNumbers(), 30))
        .checkAssert(
            value -> {
              CitizenId id = CitizenId.parse(value);
              assertThat(id.toString()).isEqualTo("CitizenId[" + id.kind() + ", ***]");
            });
  }

  /** Arbitrary text, mostly digits: whatever is rejected, the message is the rule's fixed text. */
  @Test
  void messagesNeverContainTheInput() {
    Gen<String> texts =
        strings()
            .betweenCodePoints('0', '9')
            .ofLengthBetween(0, 20)
            .mix(strings().betweenCodePoints('0', '9').ofLength(18), 40)
            .mix(strings().betweenCodePoints('0', '9').ofLength(15), 25)
            .mix(strings().basicLatinAlphabet().ofLengthBetween(0, 20), 10)
            .mix(strings().numericBetween(100_000_000, Integer.MAX_VALUE), 10);
    qt().forAll(texts)
        .checkAssert(
            text -> {
              try {
                CitizenId.parse(text);
              } catch (RuleViolationException e) {
                assertMessagesIndependentOf(e, e.violations().get(0).rule(), text);
              }
            });
  }

  private static void assertMessagesIndependentOf(
      RuleViolationException e, String rule, String input) {
    RuleViolationException reference = REFERENCE.get(rule);
    assertThat(e.violations()).isEqualTo(reference.violations());
    assertThat(e.getMessage()).isEqualTo(reference.getMessage());
    assertThat(e.getMessage(Locale.CHINESE)).isEqualTo(reference.getMessage(Locale.CHINESE));
    if (input.length() >= 6) {
      assertThat(e.getMessage()).doesNotContain(input).doesNotContain(input.substring(0, 6));
    }
  }

  private static Gen<String> legacyNumbers() {
    return ADDRESS_CODES.zip(
        datesBetween(1900, 1999),
        SEQUENCES,
        (a, d, s) -> a + yyyymmdd(d).substring(2) + String.format(Locale.ROOT, "%03d", s));
  }

  private static Gen<LocalDate> datesBetween(int fromYear, int toYear) {
    return longs()
        .between(
            LocalDate.of(fromYear, 1, 1).toEpochDay(), LocalDate.of(toYear, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static String fourDigits(int n) {
    return String.format(Locale.ROOT, "%04d", n);
  }

  private static String yyyymmdd(LocalDate d) {
    return String.format(
        Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }
}
