package io.github.weisheng.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A township or street code (乡镇/街道代码): the county code (GB/T 2260, six digits) followed by the
 * three-digit township number of GB/T 10114-2003, nine digits in all, for example {@code 110101001}
 * (a street of 北京市东城区).
 *
 * <p>Rules, reported under the field {@code townshipCode} (or the field of the longer code that
 * holds it):
 *
 * <ul>
 *   <li>{@code townshipCode.format}: exactly nine ASCII digits;
 *   <li>{@code countyCode.province} and {@code countyCode.level}: the first six digits are a county
 *       code (see {@link CountyCode});
 *   <li>{@code townshipCode.number}: the township number is 001–999 ({@code 000} is the county
 *       itself, not a township).
 * </ul>
 *
 * <p>Source: archives-chronic-populations.md §1.1 segment 2 (GB/T 10114-2003, [C] gov.cn 2011);
 * immunization-sanitation-education-standards-privacy.md §5 (12-digit statistical code, [C: AREA]).
 *
 * @since 0.1.0
 */
public final class TownshipCode implements Comparable<TownshipCode> {
  /** The field name used when a township code is parsed on its own. */
  static final String FIELD = "townshipCode";

  /** The smallest township number. */
  static final int MIN_NUMBER = 1;

  /** The largest township number. */
  static final int MAX_NUMBER = 999;

  private final String value;

  private TownshipCode(String value) {
    this.value = value;
  }

  /**
   * Parses a township code of nine ASCII digits; no spaces or separators are accepted.
   *
   * @param text the code, for example {@code 110101001}
   * @return the code
   * @throws RuleViolationException when a rule above is broken (every broken rule is reported)
   */
  public static TownshipCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (!Digits.isDigits(text, 9)) {
      throw RuleViolationException.of(FIELD, "townshipCode.format");
    }
    String value = text.toString();
    Violations violations = new Violations();
    check(value, FIELD, violations);
    violations.throwIfAny();
    return new TownshipCode(value);
  }

  /**
   * Returns the code of a township within a county.
   *
   * @param county the county
   * @param number the township number, 1–999
   * @return the code
   * @throws RuleViolationException {@code townshipCode.number} when the number is out of range
   */
  public static TownshipCode of(CountyCode county, int number) {
    Objects.requireNonNull(county, "county");
    if (number < MIN_NUMBER || number > MAX_NUMBER) {
      throw RuleViolationException.of(FIELD, "townshipCode.number", MIN_NUMBER, MAX_NUMBER);
    }
    return new TownshipCode(county.value() + Digits.pad(number, 3));
  }

  /** Checks the rules beyond the format on nine digits known to be well formed. */
  static void check(String nineDigits, String field, Violations violations) {
    CountyCode.check(nineDigits.substring(0, 6), field, violations);
    violations.require(
        !nineDigits.endsWith("000"), field, "townshipCode.number", MIN_NUMBER, MAX_NUMBER);
  }

  /** Wraps nine digits already checked by {@link #check}. */
  static TownshipCode checked(String nineDigits) {
    return new TownshipCode(nineDigits);
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static TownshipCode fromJson(String value) {
    return parse(value);
  }

  /**
   * Returns the nine digits.
   *
   * @return the code, for example {@code 110101001}
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Returns the county the township lies in (the first six digits).
   *
   * @return the county code
   */
  public CountyCode county() {
    return CountyCode.checked(value.substring(0, 6));
  }

  /**
   * Returns the township number within its county (the last three digits).
   *
   * @return 1–999
   */
  public int townshipNumber() {
    return Integer.parseInt(value.substring(6));
  }

  /**
   * Tells whether the township lies in a county.
   *
   * @param county the county
   * @return true when the first six digits are the county's
   */
  public boolean isWithin(CountyCode county) {
    Objects.requireNonNull(county, "county");
    return value.startsWith(county.value());
  }

  /**
   * Orders codes by their digits, so townships of one county sort together.
   *
   * @param other another code
   * @return the comparison of the digit strings
   */
  @Override
  public int compareTo(TownshipCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TownshipCode t && value.equals(t.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the nine digits: a division code is not personal data. */
  @Override
  public String toString() {
    return value;
  }
}
