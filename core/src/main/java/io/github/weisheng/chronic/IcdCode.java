package io.github.weisheng.chronic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A diagnosis code of the WHO International Classification of Diseases, 10th revision (ICD-10,
 * 疾病分类代码; in China GB/T 14396, which adopts ICD-10): a three-character category — a capital
 * letter and two digits, for example {@code I10} — optionally followed by a full stop and a
 * subdivision of one to four digits, for example {@code E11.9} (WHO's fourth character; national
 * clinical editions add further digits, as {@code E11.900}).
 *
 * <p>Only the shape is checked: whether a category exists in the classification is not (WHO ICD-10
 * has no {@code I14}, for example). Use the WHO codes, not the US ICD-10-CM additions such as
 * {@code I16} or {@code E08} (immunization-sanitation-education-standards-privacy.md §5 [ICD]).
 *
 * <p>Codes are hierarchical: {@code I69.3} lies inside {@code I69}. {@link #isWithin} asks whether
 * everything a code denotes lies inside a range of codes, which is how a {@link ChronicCondition}
 * recognises its diagnoses. Codes order by category, then by subdivision, a category before its
 * subdivisions ({@code I10 < I10.0 < I10.9 < I11}).
 *
 * <p>Rule, reported under the field {@code icdCode}: {@code icdCode.format}. A code on its own is
 * not personal data, so {@link #toString()} shows it.
 *
 * @since 0.1.0
 */
public final class IcdCode implements Comparable<IcdCode> {
  private static final Pattern FORM = Pattern.compile("[A-Z][0-9]{2}(?:\\.[0-9]{1,4})?");
  private static final int CATEGORY_LENGTH = 3;

  private final String value;

  private IcdCode(String value) {
    this.value = value;
  }

  /**
   * Parses a code: a capital letter, two digits, and optionally a full stop and one to four digits;
   * no spaces, no lower case, no dagger or asterisk marks.
   *
   * @param text the code, for example {@code I10} or {@code E11.9}
   * @return the code
   * @throws RuleViolationException {@code icdCode.format} when the text has another shape
   */
  public static IcdCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (!FORM.matcher(text).matches()) {
      throw RuleViolationException.of("icdCode", "icdCode.format");
    }
    return new IcdCode(text.toString());
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static IcdCode fromJson(String value) {
    return parse(value);
  }

  /**
   * Returns the code as written.
   *
   * @return for example {@code E11.9}
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Returns the three-character category (类目) the code belongs to.
   *
   * @return for example {@code E11} for {@code E11.9}; the code itself when it is a category
   */
  public IcdCode category() {
    return isCategory() ? this : new IcdCode(value.substring(0, CATEGORY_LENGTH));
  }

  /**
   * Returns the digits after the full stop (亚目 and national extensions).
   *
   * @return for example {@code 9} for {@code E11.9}; empty for a category
   */
  public Optional<String> subdivision() {
    return isCategory() ? Optional.empty() : Optional.of(value.substring(CATEGORY_LENGTH + 1));
  }

  /**
   * Tells whether this is a three-character category without a subdivision.
   *
   * @return true for {@code I10}, false for {@code I10.0}
   */
  public boolean isCategory() {
    return value.length() == CATEGORY_LENGTH;
  }

  /**
   * Tells whether everything this code denotes lies in the inclusive range {@code first}–{@code
   * last}, each end standing for itself and all its subdivisions. So within {@code I10}–{@code I15}
   * lie {@code I10}, {@code I12.9} and {@code I15.0}, but not {@code I09} or {@code I16}; within
   * {@code I69.0}–{@code I69.4} lies {@code I69.3}, but not the whole category {@code I69} (it also
   * holds {@code I69.8}); within {@code I10}–{@code I15.9} lies all of {@code I15}, whose largest
   * subdivision is {@code I15.9}.
   *
   * @param first the first code of the range
   * @param last the last code of the range
   * @return true when the code lies in the range
   * @throws IllegalArgumentException when {@code first} comes after {@code last}
   */
  public boolean isWithin(IcdCode first, IcdCode last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    String from = first.key();
    String to = last.key();
    if (from.compareTo(to) > 0 && !from.startsWith(to)) {
      throw new IllegalArgumentException("first must not come after last");
    }
    String key = key();
    // the smallest code this one denotes is itself; every code it denotes stays inside the last
    // code's reach when it lies inside the last code, or before it — and when the last code is one
    // of this code's own subdivisions, only if that subdivision is its largest (all nines)
    boolean fromBelow = key.compareTo(from) >= 0;
    boolean toAbove = key.startsWith(to)
        || (to.startsWith(key) ? isAllNines(to.substring(key.length())) : key.compareTo(to) < 0);
    return fromBelow && toAbove;
  }

  private static boolean isAllNines(String digits) {
    return digits.chars().allMatch(c -> c == '9');
  }

  /** The code without its full stop: a string whose prefixes are the code's ancestors. */
  private String key() {
    return isCategory() ? value : value.substring(0, CATEGORY_LENGTH) + value.substring(CATEGORY_LENGTH + 1);
  }

  /**
   * Orders codes by category, then by subdivision, a category before its subdivisions.
   *
   * @param other another code
   * @return the comparison
   */
  @Override
  public int compareTo(IcdCode other) {
    return key().compareTo(other.key());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IcdCode c && value.equals(c.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the code: a classification code on its own is not personal data. */
  @Override
  public String toString() {
    return value;
  }
}
