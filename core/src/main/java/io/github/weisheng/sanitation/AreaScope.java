package io.github.weisheng.sanitation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.CountyCode;
import io.github.weisheng.org.TownshipCode;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The org-unit scope (辖区范围) of a campaign, activity, survey or 门前三包 unit: a county (区县, six
 * digits of GB/T 2260), a township or street (乡镇/街道, nine digits) or a residents' or villagers'
 * committee (居/村委会, twelve digits), after the statistical code of
 * immunization-sanitation-education-standards-privacy.md §5 [C: AREA]. It is the record's storage
 * scope, so a principal of the street sees the records of each of its committees.
 *
 * <p>Rule, reported under the field {@code areaScope}: {@code areaScope.format} (6, 9 or 12 digits),
 * then the rules of {@link CountyCode}, {@link TownshipCode} or {@link CommitteeCode}.
 *
 * @since 0.1.0
 */
public final class AreaScope implements Comparable<AreaScope> {
  private final String value;

  private AreaScope(String value) {
    this.value = value;
  }

  /**
   * Returns the scope of a county.
   *
   * @param county the county
   * @return the scope
   */
  public static AreaScope of(CountyCode county) {
    return new AreaScope(county.value());
  }

  /**
   * Returns the scope of a township or street.
   *
   * @param township the township
   * @return the scope
   */
  public static AreaScope of(TownshipCode township) {
    return new AreaScope(township.value());
  }

  /**
   * Returns the scope of a committee.
   *
   * @param committee the committee
   * @return the scope
   */
  public static AreaScope of(CommitteeCode committee) {
    return new AreaScope(committee.value());
  }

  /**
   * Parses a scope of 6, 9 or 12 ASCII digits.
   *
   * @param text the code
   * @return the scope
   * @throws RuleViolationException {@code areaScope.format}, or a rule of the code of that length
   */
  @JsonCreator
  public static AreaScope parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (!s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw RuleViolationException.of("areaScope", "areaScope.format");
    }
    return switch (s.length()) {
      case 6 -> of(CountyCode.parse(s));
      case 9 -> of(TownshipCode.parse(s));
      case 12 -> of(CommitteeCode.parse(s));
      default -> throw RuleViolationException.of("areaScope", "areaScope.format");
    };
  }

  /** @return the code's digits, the storage scope */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Tells whether another scope lies inside this one (prefix containment; a scope covers itself).
   *
   * @param other the other scope
   * @return true when covered
   */
  public boolean covers(AreaScope other) {
    return other.value.startsWith(value);
  }

  @Override
  public int compareTo(AreaScope other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AreaScope other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the code: an area code is not personal data. */
  @Override
  public String toString() {
    return value;
  }
}
