package io.github.weisheng.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The statistical code of a residents' or villagers' committee (村/居委会统计用区划代码): twelve
 * digits, the county code (GB/T 2260, 6) + the township number (GB/T 10114, 3) + the committee
 * number (3), for example {@code 110101001001}. It is segments 1–3 of the 17-digit health-archive
 * number, and the storage scope of the records a committee's residents own.
 *
 * <p>Whether a committee number denotes a residents' committee (居委会), a villagers' committee
 * (村委会) or something else is a convention, not part of the code's shape: see {@link
 * CommitteeKindTable}.
 *
 * <p>Rules, reported under the field {@code committeeCode}:
 *
 * <ul>
 *   <li>{@code committeeCode.format}: exactly twelve ASCII digits;
 *   <li>{@code countyCode.province}, {@code countyCode.level}: the first six digits are a county
 *       code (see {@link CountyCode});
 *   <li>{@code townshipCode.number}: the township number is 001–999;
 *   <li>{@code committeeCode.number}: the committee number is 001–999 ({@code 000} is the township
 *       itself, not a committee).
 * </ul>
 *
 * <p>Source: immunization-sanitation-education-standards-privacy.md §5 (NBS 12-digit code,
 * [C: AREA]); archives-chronic-populations.md §1.1 segments 1–3 ([C] gov.cn 2011).
 *
 * @since 0.1.0
 */
public final class CommitteeCode implements Comparable<CommitteeCode> {
  /** The field name used when a committee code is parsed on its own. */
  static final String FIELD = "committeeCode";

  /** The smallest committee number. */
  static final int MIN_NUMBER = 1;

  /** The largest committee number. */
  static final int MAX_NUMBER = 999;

  private final String value;

  private CommitteeCode(String value) {
    this.value = value;
  }

  /**
   * Parses a committee code of twelve ASCII digits; no spaces or separators are accepted.
   *
   * @param text the code, for example {@code 110101001001}
   * @return the code
   * @throws RuleViolationException when a rule above is broken (every broken rule is reported)
   */
  public static CommitteeCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (!Digits.isDigits(text, 12)) {
      throw RuleViolationException.of(FIELD, "committeeCode.format");
    }
    String value = text.toString();
    Violations violations = new Violations();
    TownshipCode.check(value.substring(0, 9), FIELD, violations);
    violations.require(
        !value.endsWith("000"), FIELD, "committeeCode.number", MIN_NUMBER, MAX_NUMBER);
    violations.throwIfAny();
    return new CommitteeCode(value);
  }

  /**
   * Returns the code of a committee within a township.
   *
   * @param township the township or street
   * @param number the committee number, 1–999
   * @return the code
   * @throws RuleViolationException {@code committeeCode.number} when the number is out of range
   */
  public static CommitteeCode of(TownshipCode township, int number) {
    Objects.requireNonNull(township, "township");
    if (number < MIN_NUMBER || number > MAX_NUMBER) {
      throw RuleViolationException.of(FIELD, "committeeCode.number", MIN_NUMBER, MAX_NUMBER);
    }
    return new CommitteeCode(township.value() + Digits.pad(number, 3));
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static CommitteeCode fromJson(String value) {
    return parse(value);
  }

  /**
   * Returns the twelve digits, which are also the committee's storage scope.
   *
   * @return the code, for example {@code 110101001001}
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Returns the county the committee lies in (digits 1–6).
   *
   * @return the county code
   */
  public CountyCode county() {
    return CountyCode.checked(value.substring(0, 6));
  }

  /**
   * Returns the township or street the committee lies in (digits 1–9).
   *
   * @return the township code
   */
  public TownshipCode township() {
    return TownshipCode.checked(value.substring(0, 9));
  }

  /**
   * Returns the committee number within its township (digits 10–12).
   *
   * @return 1–999
   */
  public int committeeNumber() {
    return Integer.parseInt(value.substring(9));
  }

  /**
   * Tells whether the committee lies in a township or street.
   *
   * @param township the township
   * @return true when the first nine digits are the township's
   */
  public boolean isWithin(TownshipCode township) {
    Objects.requireNonNull(township, "township");
    return value.startsWith(township.value());
  }

  /**
   * Tells whether the committee lies in a county.
   *
   * @param county the county
   * @return true when the first six digits are the county's
   */
  public boolean isWithin(CountyCode county) {
    Objects.requireNonNull(county, "county");
    return value.startsWith(county.value());
  }

  /**
   * Orders codes by their digits, so committees of one township sort together.
   *
   * @param other another code
   * @return the comparison of the digit strings
   */
  @Override
  public int compareTo(CommitteeCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CommitteeCode c && value.equals(c.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the twelve digits: a division code is not personal data. */
  @Override
  public String toString() {
    return value;
  }
}
