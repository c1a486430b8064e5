package io.github.weisheng.resident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A citizen identity number (公民身份号码) as defined by GB 11643-1999, or one of the numbers that share
 * its layout (see {@link CitizenIdKind}): an 18-character citizen number, a legacy 15-digit number
 * (GB 11643-1989), a Hong Kong / Macau / Taiwan residents' residence-permit number, or a 2023
 * foreign permanent-resident ID number.
 *
 * <p>Layout of the 18-character form (shared/domain/archives-chronic-populations.md §2.1, [C]):
 * positions 1–6 the GB/T 2260 address code of the county of household registration, 7–14 the
 * birth date YYYYMMDD, 15–17 a sequence whose last digit is odd for men and even for women, 18 the
 * ISO 7064 MOD 11-2 check character (0–9 or X). The legacy form has address (6), birth date
 * YYMMDD (6) and sequence (3), and no check character.
 *
 * <p>{@link #parse(CharSequence)} checks every rule once and reports the first broken one as a
 * {@link RuleViolationException} with field {@code citizenId} and one of these rule ids, in this
 * order: {@code citizenId.length}, {@code citizenId.characters}, {@code citizenId.addressCode},
 * {@code citizenId.birthDate}, {@code citizenId.checkCharacter}; then, for
 * {@link #parse(CharSequence, LocalDate)}, {@code citizenId.birthDateInFuture}.
 * {@link #of(String, LocalDate, int)} reports {@code citizenId.addressCode},
 * {@code citizenId.birthDate} and {@code citizenId.sequence}, all at once.
 *
 * <p><b>Equality</b> is on the 18-character form: a legacy 15-digit number equals its
 * {@link #toEighteen() 18-character conversion}, although the two differ in {@link #value()} and
 * {@link #kind()}.
 *
 * <p><b>Personal data</b>: the number never appears in {@link #toString()} or in any exception
 * message; ask for {@link #value()} explicitly, or mask it with {@code io.github.weisheng.access.Masking}. JSON form: the
 * {@link #value()} string.
 *
 * @since 0.1.0
 */
public final class CitizenId {
  /**
   * The earliest birth date accepted: 1850-01-01. GB 11643 sets no lower bound; this one rejects
   * mistyped centuries while admitting every living person. It is a plausibility limit of
   * Weisheng's own [U], not a rule of the standard.
   */
  public static final LocalDate MIN_BIRTH_DATE = LocalDate.of(1850, 1, 1);

  private static final String FIELD = "citizenId";
  private static final String LENGTH = "citizenId.length";
  private static final String CHARACTERS = "citizenId.characters";
  private static final String ADDRESS_CODE = "citizenId.addressCode";
  private static final String BIRTH_DATE = "citizenId.birthDate";
  private static final String CHECK_CHARACTER = "citizenId.checkCharacter";
  private static final String BIRTH_DATE_IN_FUTURE = "citizenId.birthDateInFuture";
  private static final String SEQUENCE = "citizenId.sequence";

  /** ISO 7064 MOD 11-2 weights of positions 1–17: 2^(k−1) mod 11, k counted from the right (§2.1). */
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /** The check character for S mod 11 = 0 … 10 (§2.1, [C]). */
  private static final String CHECK_CHARACTERS = "10X98765432";

  /**
   * Province-level parts (first two digits) of a plausible address code: the GB/T 2260 provinces
   * 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71 (Taiwan), 81 (Hong Kong), 82 (Macau) [S: GB/T 2260
   * tables restated in vendor code], plus 83, used by Taiwan residents' residence permits [S].
   */
  private static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82", "83");

  /** Address codes of the Hong Kong, Macau and Taiwan residents' residence permits (§2.1, [S]). */
  private static final Set<String> RESIDENCE_PERMIT_ADDRESS_CODES =
      Set.of("810000", "820000", "830000");

  /**
   * The century of a legacy 15-digit number's YYMMDD. The conversion rule of §2.1 inserts "19"
   * [C]; people born before 1900 would need another century, which the reference leaves open [U],
   * so a legacy number always means 19YY here.
   */
  private static final String LEGACY_CENTURY = "19";

  private final String value;
  private final String eighteen;
  private final CitizenIdKind kind;
  private final LocalDate birthDate;

  private CitizenId(String value, CitizenIdKind kind, LocalDate birthDate) {
    this.value = value;
    this.kind = kind;
    this.birthDate = birthDate;
    this.eighteen = value.length() == 18 ? value : eighteenOf(value);
  }

  /**
   * Parses a number, checking every structural rule. Nothing is trimmed: whitespace is a
   * {@code citizenId.characters} violation. A lower-case {@code x} in the last position is read as
   * {@code X}.
   *
   * @param text 15 or 18 characters
   * @return the number
   * @throws RuleViolationException field {@code citizenId}; the first broken rule of
   *     {@code citizenId.length}, {@code .characters}, {@code .addressCode}, {@code .birthDate},
   *     {@code .checkCharacter}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CitizenId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    if (length != 15 && length != 18) {
      throw violation(LENGTH);
    }
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        chars[i] = c;
      } else if (i == 17 && (c == 'X' || c == 'x')) {
        chars[i] = 'X';
      } else {
        throw violation(CHARACTERS);
      }
    }
    String value = new String(chars);
    CitizenIdKind kind = kindOf(value);
    int province = kind == CitizenIdKind.FOREIGN_PERMANENT_RESIDENT ? 1 : 0;
    if (!PROVINCES.contains(value.substring(province, province + 2))) {
      throw violation(ADDRESS_CODE);
    }
    LocalDate birthDate = birthDateOf(value);
    if (birthDate == null) {
      throw violation(BIRTH_DATE, MIN_BIRTH_DATE.toString());
    }
    if (length == 18 && value.charAt(17) != checkCharacter(value.substring(0, 17))) {
      throw violation(CHECK_CHARACTER);
    }
    return new CitizenId(value, kind, birthDate);
  }

  /**
   * Parses a number as {@link #parse(CharSequence)} does, and also rejects a birth date after a
   * given day.
   *
   * @param text 15 or 18 characters
   * @param asOf the day of the check (the domain never reads the clock)
   * @return the number
   * @throws RuleViolationException as {@link #parse(CharSequence)}, or rule
   *     {@code citizenId.birthDateInFuture} when the birth date is after {@code asOf}
   */
  public static CitizenId parse(CharSequence text, LocalDate asOf) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(asOf, "asOf");
    CitizenId id = parse(text);
    if (id.birthDate.isAfter(asOf)) {
      throw violation(BIRTH_DATE_IN_FUTURE);
    }
    return id;
  }

  /**
   * Computes the ISO 7064 MOD 11-2 check character of GB 11643-1999 (§2.1, [C]): S = Σ aᵢ·Wᵢ with
   * W = 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, and S mod 11 = 0 … 10 maps to 1 0 X 9 8 7 6 5 4 3 2.
   *
   * @param first17Digits the first 17 characters, ASCII digits only
   * @return {@code '0'} to {@code '9'} or {@code 'X'}
   * @throws IllegalArgumentException if the text is not exactly 17 ASCII digits (the message never
   *     quotes it)
   */
  public static char checkCharacter(CharSequence first17Digits) {
    Objects.requireNonNull(first17Digits, "first17Digits");
    if (first17Digits.length() != 17) {
      throw new IllegalArgumentException("first17Digits must be 17 digits");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = first17Digits.charAt(i);
      if (!isDigit(c)) {
        throw new IllegalArgumentException("first17Digits must be 17 digits");
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  /**
   * Builds a valid 18-character number from its parts, computing the check character; meant for
   * test data and synthetic examples. An address code of 810000, 820000 or 830000 gives a
   * {@link CitizenIdKind#RESIDENCE_PERMIT}, any other a {@link CitizenIdKind#CITIZEN}.
   *
   * @param addressCode6 six digits whose first two are a province (see {@link #parse(CharSequence)})
   * @param birthDate the birth date, from {@link #MIN_BIRTH_DATE} to year 9999
   * @param sequence3 the sequence, 0 to 999; odd for a man, even for a woman
   * @return the number
   * @throws RuleViolationException every broken rule at once: {@code citizenId.addressCode},
   *     {@code citizenId.birthDate}, {@code citizenId.sequence}
   */
  public static CitizenId of(String addressCode6, LocalDate birthDate, int sequence3) {
    Objects.requireNonNull(addressCode6, "addressCode6");
    Objects.requireNonNull(birthDate, "birthDate");
    boolean addressOk =
        addressCode6.length() == 6
            && addressCode6.chars().allMatch(c -> isDigit((char) c))
            && PROVINCES.contains(addressCode6.substring(0, 2));
    boolean birthDateOk = !birthDate.isBefore(MIN_BIRTH_DATE) && birthDate.getYear() <= 9999;
    Violations violations =
        new Violations()
            .require(addressOk, FIELD, ADDRESS_CODE)
            .require(birthDateOk, FIELD, BIRTH_DATE, MIN_BIRTH_DATE.toString())
            .require(sequence3 >= 0 && sequence3 <= 999, FIELD, SEQUENCE);
    violations.throwIfAny();
    String first17 =
        addressCode6
            + String.format(
                Locale.ROOT,
                "%04d%02d%02d%03d",
                birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth(), sequence3);
    String value = first17 + checkCharacter(first17);
    return new CitizenId(value, kindOf(value), birthDate);
  }

  /**
   * Returns the number in normal form: the 15 or 18 characters as given, with an upper-case X.
   *
   * @return the number; personal data
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Returns the kind of number, told by its length, first digit and address code.
   *
   * @return the kind
   */
  public CitizenIdKind kind() {
    return kind;
  }

  /**
   * Returns the birth date encoded in positions 7–14 (7–12 of a legacy number, in the 1900s).
   *
   * @return the birth date
   */
  public LocalDate birthDate() {
    return birthDate;
  }

  /**
   * Returns the sex given by the parity of the 17th digit (15th of a legacy number): odd
   * {@link Sex#MALE}, even {@link Sex#FEMALE} (§2.1, [C]). For a
   * {@link CitizenIdKind#FOREIGN_PERMANENT_RESIDENT} number the same derivation is applied, but
   * that parity encodes sex there is unconfirmed [U].
   *
   * @return {@link Sex#MALE} or {@link Sex#FEMALE}
   */
  public Sex sex() {
    int digit = value.charAt(value.length() == 18 ? 16 : 14) - '0';
    return digit % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /**
   * Returns the first six digits: the GB/T 2260 address code of the county of household
   * registration (not updated when the person moves). For a
   * {@link CitizenIdKind#FOREIGN_PERMANENT_RESIDENT} number these are "9", the accepting
   * authority's province and the nationality code instead [S].
   *
   * @return six digits
   */
  public String addressCode() {
    return value.substring(0, 6);
  }

  /**
   * Returns the 18-character form: a legacy number with "19" inserted before the year and the
   * check character appended (§2.1, [C]); an 18-character number is returned as is.
   *
   * @return the 18-character number, equal to this one
   */
  public CitizenId toEighteen() {
    return value.length() == 18 ? this : new CitizenId(eighteen, kindOf(eighteen), birthDate);
  }

  /**
   * Compares the 18-character forms, so a legacy number equals its conversion.
   *
   * @param o the other object
   * @return true for the same 18-character number
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CitizenId other && eighteen.equals(other.eighteen);
  }

  /** Returns the hash of the 18-character form. */
  @Override
  public int hashCode() {
    return eighteen.hashCode();
  }

  /** Returns the kind only, {@code CitizenId[CITIZEN, ***]}: never the number. */
  @Override
  public String toString() {
    return "CitizenId[" + kind + ", ***]";
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static RuleViolationException violation(String rule, Object... arguments) {
    return RuleViolationException.of(FIELD, rule, arguments);
  }

  private static CitizenIdKind kindOf(String value) {
    if (value.length() == 15) {
      return CitizenIdKind.LEGACY_15;
    }
    if (value.charAt(0) == '9') {
      return CitizenIdKind.FOREIGN_PERMANENT_RESIDENT;
    }
    if (RESIDENCE_PERMIT_ADDRESS_CODES.contains(value.substring(0, 6))) {
      return CitizenIdKind.RESIDENCE_PERMIT;
    }
    return CitizenIdKind.CITIZEN;
  }

  /** The birth date of a number made of digits, or null when it is impossible or too early. */
  private static @Nullable LocalDate birthDateOf(String value) {
    String yyyymmdd =
        value.length() == 18 ? value.substring(6, 14) : LEGACY_CENTURY + value.substring(6, 12);
    int year = Integer.parseInt(yyyymmdd.substring(0, 4));
    int month = Integer.parseInt(yyyymmdd.substring(4, 6));
    int day = Integer.parseInt(yyyymmdd.substring(6, 8));
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    LocalDate date = LocalDate.of(year, month, day);
    return date.isBefore(MIN_BIRTH_DATE) ? null : date;
  }

  private static String eighteenOf(String legacy) {
    String first17 = legacy.substring(0, 6) + LEGACY_CENTURY + legacy.substring(6);
    return first17 + checkCharacter(first17);
  }
}
