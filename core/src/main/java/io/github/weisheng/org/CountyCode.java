package io.github.weisheng.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A county-level administrative division code (县级行政区划代码), the six digits of GB/T 2260
 * (province 2 + prefecture 2 + county 2), for example {@code 110105} (北京市朝阳区) or
 * {@code 440106} (广州市天河区). It is segment 1 of the 17-digit health-archive number and the
 * first six digits of the 12-digit statistical code of a committee.
 *
 * <p>Rules, reported under the field {@code countyCode} (or the field of the longer code that
 * holds it):
 *
 * <ul>
 *   <li>{@code countyCode.format}: exactly six ASCII digits;
 *   <li>{@code countyCode.province}: the first two digits are a GB/T 2260 province code (11–15,
 *       21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82);
 *   <li>{@code countyCode.level}: the last two digits are not {@code 00}, which would name a
 *       prefecture ({@code 110100}) or a province ({@code 110000}) rather than a county — except
 *       for the prefecture-level cities that have no county-level divisions (不设区的地级市), whose
 *       townships sit directly under the prefecture code: {@code 441900} 东莞市, {@code 442000}
 *       中山市 and {@code 460400} 儋州市 (NBS statistical codes such as {@code 441900003} 东城街道,
 *       as restated in public code lists; [S], not in the domain reference). Segment 1 of the
 *       archive number is "county-level or higher" (archives-chronic-populations.md §1.1), so
 *       these codes must be accepted.
 * </ul>
 *
 * <p>Source: archives-chronic-populations.md §1.1 segment 1 (GB/T 2260, [C] gov.cn 2011);
 * immunization-sanitation-education-standards-privacy.md §5 (GB/T 2260-2007, 6 digits = 2+2+2,
 * [C: AREA]). The list of codes is revised yearly; only the structure is checked here, not whether
 * a county exists in a given year.
 *
 * @since 0.1.0
 */
public final class CountyCode implements Comparable<CountyCode> {
  /** The field name used when a county code is parsed on its own. */
  static final String FIELD = "countyCode";

  /**
   * The GB/T 2260 province-level codes (省级代码): 11–15 North, 21–23 North-east, 31–37 East,
   * 41–46 Central-south, 50–54 South-west, 61–65 North-west, 71 Taiwan, 81 Hong Kong, 82 Macao.
   */
  private static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  /**
   * Prefecture-level cities without county-level divisions (不设区的地级市), whose own code stands in
   * the county position of the 12-digit statistical code: 东莞市, 中山市, 儋州市 ([S], see above).
   * 嘉峪关市 is not among them: its townships are coded under 620201 (市辖区).
   */
  private static final Set<String> PREFECTURES_WITHOUT_COUNTIES =
      Set.of("441900", "442000", "460400");

  private final String value;

  private CountyCode(String value) {
    this.value = value;
  }

  /**
   * Parses a county code of six ASCII digits; no spaces or separators are accepted.
   *
   * @param text the code, for example {@code 110105}
   * @return the code
   * @throws RuleViolationException when a rule above is broken (every broken rule is reported)
   */
  public static CountyCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (!Digits.isDigits(text, 6)) {
      throw RuleViolationException.of(FIELD, "countyCode.format");
    }
    String value = text.toString();
    Violations violations = new Violations();
    check(value, FIELD, violations);
    violations.throwIfAny();
    return new CountyCode(value);
  }

  /** Checks the rules beyond the format on six digits known to be well formed. */
  static void check(String sixDigits, String field, Violations violations) {
    violations.require(
        PROVINCES.contains(sixDigits.substring(0, 2)), field, "countyCode.province");
    violations.require(
        !sixDigits.endsWith("00") || PREFECTURES_WITHOUT_COUNTIES.contains(sixDigits),
        field,
        "countyCode.level");
  }

  /** Wraps six digits already checked by {@link #check}. */
  static CountyCode checked(String sixDigits) {
    return new CountyCode(sixDigits);
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static CountyCode fromJson(String value) {
    return parse(value);
  }

  /**
   * Returns the six digits.
   *
   * @return the code, for example {@code 110105}
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Returns the province-level code (省级代码), the first two digits.
   *
   * @return for example {@code 11} for 北京市
   */
  public String provinceCode() {
    return value.substring(0, 2);
  }

  /**
   * Orders codes by their digits.
   *
   * @param other another code
   * @return the comparison of the digit strings
   */
  @Override
  public int compareTo(CountyCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CountyCode c && value.equals(c.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the six digits: a division code is not personal data. */
  @Override
  public String toString() {
    return value;
  }
}
