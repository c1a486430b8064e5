package io.github.weisheng.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.spi.storage.StoreException;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdTest {
  /** The example printed in GB 11643-1999 (domain reference §2.1). */
  private static final String STANDARD_EXAMPLE = "11010519491231002X";

  // ---------------------------------------------------------------- hand-worked cases

  /**
   * 11010519491231002X, worked by hand.
   *
   * <pre>
   * digits   1  1  0  1  0  5  1  9  4  9  1  2  3  1  0  0  2
   * weights  7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
   * products 7  9  0  5  0 20  2  9 24 27  7 18 30  5  0  0  4   S = 167
   * 167 mod 11 = 2  →  1 0 [X] 9 8 7 6 5 4 3 2  →  X
   * </pre>
   *
   * Born 1949-12-31; the 17th digit 2 is even, so female.
   */
  @Test
  void standardExample() {
    assertThat(CitizenId.checkCharacter("11010519491231002")).isEqualTo('X');
    CitizenId id = CitizenId.parse(STANDARD_EXAMPLE);
    assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
    assertThat(id.kind()).isEqualTo(CitizenIdKind.CITIZEN);
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.addressCode()).isEqualTo("110105");
    assertThat(id.toEighteen()).isSameAs(id);
  }

  /**
   * 440524188001010014, the standard's second example, worked by hand.
   *
   * <pre>
   * digits    4  4  0  5  2  4  1  8  8  0  0  1  0  1  0  0  1
   * weights   7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
   * products 28 36  0 25 16 16  2  8 48  0  0  9  0  5  0  0  2   S = 195
   * 195 mod 11 = 8  →  1 0 X 9 8 7 6 5 [4] 3 2  →  4
   * </pre>
   *
   * Born 1880-01-01 (after {@link CitizenId#MIN_BIRTH_DATE}); the 17th digit 1 is odd, so male.
   */
  @Test
  void secondExampleBornIn1880() {
    assertThat(CitizenId.checkCharacter("44052418800101001")).isEqualTo('4');
    CitizenId id = CitizenId.parse("440524188001010014");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
    assertThat(id.sex()).isEqualTo(Sex.MALE);
    assertThat(id.addressCode()).isEqualTo("440524");
  }

  /**
   * The legacy number 130503670401001 and its conversion, worked by hand: insert "19" before the
   * year, 13050319670401001, then
   *
   * <pre>
   * digits   1  3  0  5  0  3  1  9  6  7  0  4  0  1  0  0  1
   * weights  7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
   * products 7 27  0 25  0 12  2  9 36 21  0 36  0  5  0  0  2   S = 182
   * 182 mod 11 = 6  →  1 0 X 9 8 7 [6] 5 4 3 2  →  6
   * </pre>
   *
   * so 130503196704010016. Born 1967-04-01; the 15th (last) digit 1 is odd, so male.
   */
  @Test
  void legacyNumberAndItsConversion() {
    CitizenId legacy = CitizenId.parse("130503670401001");
    assertThat(legacy.kind()).isEqualTo(CitizenIdKind.LEGACY_15);
    assertThat(legacy.value()).isEqualTo("130503670401001");
    assertThat(legacy.birthDate()).isEqualTo(LocalDate.of(1967, 4, 1));
    assertThat(legacy.sex()).isEqualTo(Sex.MALE);
    assertThat(legacy.addressCode()).isEqualTo("130503");

    CitizenId eighteen = legacy.toEighteen();
    assertThat(eighteen.value()).isEqualTo("130503196704010016");
    assertThat(eighteen.kind()).isEqualTo(CitizenIdKind.CITIZEN);
    assertThat(eighteen.birthDate()).isEqualTo(legacy.birthDate());
    assertThat(eighteen.sex()).isEqualTo(Sex.MALE);
    assertThat(eighteen).isEqualTo(legacy).isEqualTo(CitizenId.parse("130503196704010016"));
    assertThat(eighteen.hashCode()).isEqualTo(legacy.hashCode());
  }

  @Test
  void lowerCaseXIsReadAsUpperCase() {
    CitizenId id = CitizenId.parse("11010519491231002x");
    assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
    assertThat(id).isEqualTo(CitizenId.parse(STANDARD_EXAMPLE));
  }

  @Test
  void acceptsAnyCharSequence() {
    assertThat(CitizenId.parse(new StringBuilder(STANDARD_EXAMPLE)).value())
        .isEqualTo(STANDARD_EXAMPLE);
  }

  @Test
  void earliestBirthDateIsAccepted() {
    assertThat(CitizenId.MIN_BIRTH_DATE).isEqualTo(LocalDate.of(1850, 1, 1));
    assertThat(CitizenId.parse(withCheck("11010518500101001")).birthDate())
        .isEqualTo(CitizenId.MIN_BIRTH_DATE);
  }

  // ---------------------------------------------------------------- every rule id

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                    | citizenId.length",
        "1101051949123100      | citizenId.length",
        "11010519491231002     | citizenId.length",
        "11010519491231002X1   | citizenId.length",
        "1301056704010011      | citizenId.length",
        "'11010519491231002X ' | citizenId.length",
        "11010519491231002A    | citizenId.characters",
        "1101051949123100X2    | citizenId.characters",
        "X10105194912310021    | citizenId.characters",
        "'11010519491231 02X'  | citizenId.characters",
        "' 1010519491231002X'  | citizenId.characters",
        "13050367040100X       | citizenId.characters",
        "13050367040100x       | citizenId.characters",
        "11010519491231002-    | citizenId.characters",
        "１10105194912310021    | citizenId.characters",
        "000105194912310021    | citizenId.addressCode",
        "190105194912310021    | citizenId.addressCode",
        "720105194912310021    | citizenId.addressCode",
        "840105194912310021    | citizenId.addressCode",
        "910105194912310021    | citizenId.addressCode",
        "990105194912310021    | citizenId.addressCode",
        "990503670401001       | citizenId.addressCode",
        "913840670401001       | citizenId.addressCode",
        "110105194912310021    | citizenId.checkCharacter",
        "110105194912310020    | citizenId.checkCharacter",
        "440524188001010015    | citizenId.checkCharacter",
        "911840198001010012    | citizenId.checkCharacter",
      })
  void eachStructuralRuleIsReported(String text, String rule) {
    assertViolates(() -> CitizenId.parse(text), rule);
  }

  /** Impossible or too early dates, each with a correct check character: only the date is wrong. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010519990230001", // 30 February
        "11010519990431001", // 31 April
        "11010519991301001", // month 13
        "11010519990001001", // month 0
        "11010519990100001", // day 0
        "11010519990132001", // day 32
        "11010518491231001", // before 1850-01-01
        "11010500000101001", // year 0
      })
  void impossibleBirthDatesAreReported(String first17) {
    assertViolates(() -> CitizenId.parse(withCheck(first17)), "citizenId.birthDate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"130503670230001", "130503671301001", "130503670400001"})
  void impossibleLegacyBirthDatesAreReported(String legacy) {
    assertViolates(() -> CitizenId.parse(legacy), "citizenId.birthDate");
  }

  @Test
  void birthDateRuleComesBeforeCheckCharacter() {
    assertViolates(() -> CitizenId.parse("110105199902300011"), "citizenId.birthDate");
  }

  @Test
  void birthDateMessageNamesTheLimit() {
    RuleViolationException e =
        catchViolation(() -> CitizenId.parse(withCheck("11010518491231001")));
    assertThat(e.violations().get(0).arguments()).containsExactly("1850-01-01");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("1850-01-01");
    assertThat(e.getMessage(Locale.CHINESE)).contains("1850-01-01");
  }

  // ---------------------------------------------------------------- 29 February

  @ParameterizedTest
  @CsvSource({"2000", "2004", "1996", "1904", "2024"})
  void leapDayOfALeapYearIsAccepted(int year) {
    CitizenId id = CitizenId.parse(withCheck("110105" + year + "0229001"));
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(year, 2, 29));
  }

  @ParameterizedTest
  @CsvSource({"1999", "1900", "2100", "2023", "1901"})
  void leapDayOfACommonYearIsRejected(int year) {
    assertViolates(
        () -> CitizenId.parse(withCheck("110105" + year + "0229001")), "citizenId.birthDate");
  }

  @Test
  void legacyLeapDays() {
    // 19YY: 1996 is a leap year, 1900 and 1999 are not.
    assertThat(CitizenId.parse("130503960229002").birthDate())
        .isEqualTo(LocalDate.of(1996, 2, 29));
    assertViolates(() -> CitizenId.parse("130503000229002"), "citizenId.birthDate");
    assertViolates(() -> CitizenId.parse("130503990229002"), "citizenId.birthDate");
  }

  // ---------------------------------------------------------------- as-of date

  @Test
  void birthDateAfterAsOfIsRejected() {
    assertViolates(
        () -> CitizenId.parse(STANDARD_EXAMPLE, LocalDate.of(1949, 12, 30)),
        "citizenId.birthDateInFuture");
    assertViolates(
        () -> CitizenId.parse("130503670401001", LocalDate.of(1967, 3, 31)),
        "citizenId.birthDateInFuture");
  }

  @Test
  void birthOnTheAsOfDayIsAccepted() {
    assertThat(CitizenId.parse(STANDARD_EXAMPLE, LocalDate.of(1949, 12, 31)).birthDate())
        .isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(CitizenId.parse(STANDARD_EXAMPLE, LocalDate.of(2025, 6, 1)))
        .isEqualTo(CitizenId.parse(STANDARD_EXAMPLE));
  }

  @Test
  void structuralRulesComeBeforeTheAsOfRule() {
    assertViolates(
        () -> CitizenId.parse("110105194912310021", LocalDate.of(1900, 1, 1)),
        "citizenId.checkCharacter");
  }

  // ---------------------------------------------------------------- checkCharacter

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1101051949123100",
        "110105194912310021",
        "1101051949123100X",
        "11010519491231 02",
        "１1010519491231002"
      })
  void checkCharacterNeedsSeventeenDigits(String text) {
    assertThatThrownBy(() -> CitizenId.checkCharacter(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("first17Digits must be 17 digits");
  }

  /**
   * Checks the table-driven computation against the closed form of §2.1, computed independently
   * here: weight of position i (1-based, from the left) = 2^(18 − i) mod 11, and
   * check = (12 − S mod 11) mod 11 with 10 written as X. The prefixes reach all eleven results.
   */
  @Test
  void checkCharacterAgreesWithTheClosedFormForEveryResult() {
    Set<Character> seen = new HashSet<>();
    for (int a = 0; a < 10; a++) {
      for (int b = 0; b < 10; b++) {
        String first17 = "110105194912310" + a + b;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
          int weight = BigInteger.TWO.pow(17 - i).mod(BigInteger.valueOf(11)).intValue();
          sum += (first17.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        assertThat(CitizenId.checkCharacter(first17)).isEqualTo(expected);
        seen.add(expected);
      }
    }
    assertThat(seen).hasSize(11);
  }

  // ---------------------------------------------------------------- of

  @Test
  void ofBuildsTheStandardExample() {
    CitizenId id = CitizenId.of("110105", LocalDate.of(1949, 12, 31), 2);
    assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
    assertThat(id).isEqualTo(CitizenId.parse(STANDARD_EXAMPLE));
  }

  @Test
  void ofPadsTheSequenceAndGivesSexByParity() {
    assertThat(CitizenId.of("440524", LocalDate.of(1880, 1, 1), 1).value())
        .isEqualTo("440524188001010014");
    assertThat(CitizenId.of("110105", LocalDate.of(2000, 1, 1), 0).sex()).isEqualTo(Sex.FEMALE);
    assertThat(CitizenId.of("110105", LocalDate.of(2000, 1, 1), 999).sex()).isEqualTo(Sex.MALE);
    assertThat(CitizenId.of("110105", LocalDate.of(2000, 1, 1), 999).value())
        .startsWith("11010520000101999");
  }

  @Test
  void ofWithAPermitAddressGivesAResidencePermit() {
    CitizenId id = CitizenId.of("810000", LocalDate.of(1990, 1, 1), 2);
    assertThat(id.value()).isEqualTo("810000199001010027");
    assertThat(id.kind()).isEqualTo(CitizenIdKind.RESIDENCE_PERMIT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "11010", "1101051", "11010a", "000000", "190105", "910105", "１10105"})
  void ofRejectsABadAddressCode(String address) {
    assertViolates(
        () -> CitizenId.of(address, LocalDate.of(2000, 1, 1), 1), "citizenId.addressCode");
  }

  @Test
  void ofRejectsABadBirthDate() {
    assertViolates(
        () -> CitizenId.of("110105", LocalDate.of(1849, 12, 31), 1), "citizenId.birthDate");
    assertViolates(
        () -> CitizenId.of("110105", LocalDate.of(10000, 1, 1), 1), "citizenId.birthDate");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void ofRejectsABadSequence(int sequence) {
    assertViolates(
        () -> CitizenId.of("110105", LocalDate.of(2000, 1, 1), sequence), "citizenId.sequence");
  }

  @Test
  void ofReportsEveryBrokenRuleAtOnce() {
    RuleViolationException e =
        catchViolation(() -> CitizenId.of("000000", LocalDate.of(1800, 1, 1), 1000));
    assertThat(e.violations())
        .containsExactly(
            RuleViolation.of("citizenId", "citizenId.addressCode"),
            RuleViolation.of("citizenId", "citizenId.birthDate", "1850-01-01"),
            RuleViolation.of("citizenId", "citizenId.sequence"));
  }

  // ---------------------------------------------------------------- value semantics

  @Test
  void equalityIsOnTheEighteenCharacterForm() {
    new EqualsTester()
        .addEqualityGroup(
            CitizenId.parse(STANDARD_EXAMPLE),
            CitizenId.parse("11010519491231002x"),
            CitizenId.of("110105", LocalDate.of(1949, 12, 31), 2))
        .addEqualityGroup(
            CitizenId.parse("130503670401001"),
            CitizenId.parse("130503196704010016"),
            CitizenId.parse("130503670401001").toEighteen())
        .addEqualityGroup(CitizenId.parse("440524188001010014"))
        .addEqualityGroup(CitizenId.parse("810000199001010027"))
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(CharSequence.class, STANDARD_EXAMPLE);
    tester.setDefault(String.class, "110105");
    tester.setDefault(LocalDate.class, LocalDate.of(2000, 1, 1));
    tester.testAllPublicStaticMethods(CitizenId.class);
    tester.testAllPublicInstanceMethods(CitizenId.parse(STANDARD_EXAMPLE));
  }

  @Test
  void toStringNamesTheKindOnly() {
    assertThat(CitizenId.parse(STANDARD_EXAMPLE).toString()).isEqualTo("CitizenId[CITIZEN, ***]");
    assertThat(CitizenId.parse("130503670401001").toString())
        .isEqualTo("CitizenId[LEGACY_15, ***]");
    assertThat(CitizenId.parse("911840198001010013").toString())
        .isEqualTo("CitizenId[FOREIGN_PERMANENT_RESIDENT, ***]")
        .doesNotContainPattern("[0-9]");
  }

  // ---------------------------------------------------------------- JSON

  @Test
  void jsonIsTheNumberString() {
    JsonCodec codec = JsonCodec.create();
    for (String text : List.of(STANDARD_EXAMPLE, "130503670401001", "911840198001010013")) {
      CitizenId id = CitizenId.parse(text);
      byte[] json = codec.write(id);
      assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("\"" + text + "\"");
      CitizenId read = codec.read(json, CitizenId.class);
      assertThat(read).isEqualTo(id);
      assertThat(read.value()).isEqualTo(id.value());
      assertThat(read.kind()).isEqualTo(id.kind());
    }
  }

  @Test
  void jsonReadsLowerCaseX() {
    byte[] json = "\"11010519491231002x\"".getBytes(StandardCharsets.UTF_8);
    assertThat(JsonCodec.create().read(json, CitizenId.class).value()).isEqualTo(STANDARD_EXAMPLE);
  }

  @Test
  void jsonRejectsAnInvalidNumberWithoutQuotingIt() {
    byte[] json = "\"110105194912310021\"".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> JsonCodec.create().read(json, CitizenId.class))
        .isInstanceOf(StoreException.class)
        .satisfies(
            e -> assertThat(e.getMessage()).doesNotContain("110105").doesNotContain("1949"));
  }

  // ---------------------------------------------------------------- messages

  @Test
  void everyRuleHasBothMessagesAndNoneQuotesTheNumber() {
    List<Runnable> failures =
        List.of(
            () -> CitizenId.parse("11010519491231002"),
            () -> CitizenId.parse("11010519491231002A"),
            () -> CitizenId.parse("190105194912310021"),
            () -> CitizenId.parse("110105199902300011"),
            () -> CitizenId.parse("110105194912310021"),
            () -> CitizenId.parse(STANDARD_EXAMPLE, LocalDate.of(1900, 1, 1)),
            () -> CitizenId.of("110105", LocalDate.of(2000, 1, 1), 1000));
    List<String> rules =
        List.of(
            "citizenId.length",
            "citizenId.characters",
            "citizenId.addressCode",
            "citizenId.birthDate",
            "citizenId.checkCharacter",
            "citizenId.birthDateInFuture",
            "citizenId.sequence");
    for (int i = 0; i < failures.size(); i++) {
      RuleViolationException e = catchViolation(failures.get(i));
      assertThat(e.violations()).extracting(RuleViolation::rule).containsExactly(rules.get(i));
      String en = e.getMessage(Locale.ENGLISH);
      String zh = e.getMessage(Locale.CHINESE);
      assertThat(en).startsWith("citizenId: ").isNotEqualTo("citizenId: " + rules.get(i));
      assertThat(zh).startsWith("citizenId: ").isNotEqualTo("citizenId: " + rules.get(i));
      assertThat(zh).containsPattern("\\p{IsHan}");
      for (String message : List.of(en, zh, e.getMessage(), String.valueOf(e))) {
        assertThat(message)
            .doesNotContain("110105")
            .doesNotContain("190105")
            .doesNotContain("1949")
            .doesNotContain("1231")
            .doesNotContain("002")
            .doesNotContain("0230");
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  static String withCheck(String first17) {
    return first17 + CitizenId.checkCharacter(first17);
  }

  static RuleViolationException catchViolation(Runnable action) {
    try {
      action.run();
    } catch (RuleViolationException e) {
      return e;
    }
    throw new AssertionError("expected a RuleViolationException");
  }

  static void assertViolates(Runnable action, String rule) {
    RuleViolationException e = catchViolation(action);
    assertThat(e.violations()).hasSize(1);
    assertThat(e.violations().get(0).field()).isEqualTo("citizenId");
    assertThat(e.violations().get(0).rule()).isEqualTo(rule);
  }
}
