package io.github.weisheng.chronic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.validation.RuleViolationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Fasting plasma glucose (空腹血糖, FPG) in mmol/L with one decimal, as measured at each diabetes
 * follow-up (domain reference §4). The value is kept with exactly one decimal ({@code 7} becomes
 * {@code 7.0}).
 *
 * <p>Rules (field {@code fastingGlucose}, or the field of the form that holds it):
 *
 * <ul>
 *   <li>{@code fastingGlucose.format}: a decimal number such as {@code 6.8} (only for {@link #parse});
 *   <li>{@code fastingGlucose.precision}: at most one decimal, the precision of the forms;
 *   <li>{@code fastingGlucose.range}: {@value #MIN_TEXT}–{@value #MAX_TEXT} mmol/L, Weisheng's
 *       plausibility limits for a point-of-care or laboratory reading (not from the reference).
 * </ul>
 *
 * <p>Thresholds of the reference, all [C]: below {@code 7.0} is the control target (§4
 * 控制满意; {@link ControlTargets}); {@code 7.0} is also the WHO 1999 diagnostic threshold; {@code
 * 6.1}–{@code 6.9} is impaired fasting glucose (IFG, §4 and §5.1); {@code ≥ 16.7} and {@code ≤ 3.9}
 * call for urgent referral ({@link FollowUpCriteria}).
 *
 * <p>A reading is health data: {@link #toString()} does not print it. JSON: a number, {@code 6.8}.
 *
 * @since 0.1.0
 */
public final class FastingGlucose implements Comparable<FastingGlucose> {
  static final String MIN_TEXT = "1.0";
  static final String MAX_TEXT = "40.0";
  private static final BigDecimal MIN = new BigDecimal(MIN_TEXT);
  private static final BigDecimal MAX = new BigDecimal(MAX_TEXT);
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3})?");
  static final String FIELD = "fastingGlucose";

  /** The lower limit of impaired fasting glucose (空腹血糖受损, IFG), 6.1 mmol/L (§4, WHO 1999 [C]). */
  public static final FastingGlucose IMPAIRED_FASTING_FROM = new FastingGlucose(new BigDecimal("6.1"));

  /** The diagnostic threshold of diabetes (WHO 1999), 7.0 mmol/L (§4 [C]). */
  public static final FastingGlucose DIABETES_FROM = new FastingGlucose(new BigDecimal("7.0"));

  private final BigDecimal value;

  private FastingGlucose(BigDecimal value) {
    this.value = value;
  }

  /**
   * Returns a reading.
   *
   * @param mmolPerLitre the glucose, mmol/L, at most one decimal
   * @return the reading, kept with exactly one decimal
   * @throws RuleViolationException {@code fastingGlucose.precision}, {@code fastingGlucose.range}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static FastingGlucose of(BigDecimal mmolPerLitre) {
    Objects.requireNonNull(mmolPerLitre, "mmolPerLitre");
    BigDecimal stripped = mmolPerLitre.stripTrailingZeros();
    Violations v = new Violations();
    v.require(stripped.scale() <= 1, FIELD, "fastingGlucose.precision", 1);
    v.require(mmolPerLitre.compareTo(MIN) >= 0 && mmolPerLitre.compareTo(MAX) <= 0,
        FIELD, "fastingGlucose.range", MIN_TEXT, MAX_TEXT);
    v.throwIfAny();
    return new FastingGlucose(stripped.setScale(1, RoundingMode.UNNECESSARY));
  }

  /**
   * Parses a reading such as {@code 6.8} (ASCII digits, an optional point and decimals).
   *
   * @param text the text
   * @return the reading
   * @throws RuleViolationException {@code fastingGlucose.format} or the rules of {@link #of}
   */
  public static FastingGlucose parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (!DECIMAL.matcher(text).matches()) {
      throw RuleViolationException.of(FIELD, "fastingGlucose.format");
    }
    return of(new BigDecimal(text.toString()));
  }

  /** @return the glucose in mmol/L with exactly one decimal */
  @JsonValue
  public BigDecimal mmolPerLitre() {
    return value;
  }

  /**
   * Tells whether this is impaired fasting glucose (IFG): 6.1–6.9 mmol/L (§4 [C]).
   *
   * @return true when it is
   */
  public boolean isImpairedFasting() {
    return compareTo(IMPAIRED_FASTING_FROM) >= 0 && compareTo(DIABETES_FROM) < 0;
  }

  /**
   * Orders readings by value.
   *
   * @param other another reading
   * @return the comparison of the values
   */
  @Override
  public int compareTo(FastingGlucose other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FastingGlucose g && value.equals(g.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns {@code FastingGlucose[***]}: a reading is health data and is not printed. */
  @Override
  public String toString() {
    return "FastingGlucose[***]";
  }
}
