package io.github.weisheng.sanitation;

import static io.github.weisheng.sanitation.Confirmation.CONFIRMED;
import static io.github.weisheng.sanitation.Confirmation.SECONDARY;
import static io.github.weisheng.sanitation.Confirmation.UNCONFIRMED;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The table of vector density control levels (病媒生物密度控制水平) of GB/T 27770 (rats), 27771
 * (mosquitoes), 27772 (flies) and 27773 (cockroaches), 2011 editions: for each {@link
 * VectorIndicator} the limits of levels A, B and C. A host replaces rows with {@link #with} or
 * builds its own table with {@link #of}.
 *
 * <p>The full official tables were not found (immunization-sanitation-education-standards-privacy.md
 * §3 and §8 question 3), so {@link #defaults()} holds the confirmed C limits and, in every other
 * cell, a placeholder consistent with the published evidence, tagged {@link
 * Confirmation#UNCONFIRMED} (or {@link Confirmation#SECONDARY} for the pre-2011 rules of 2001):
 *
 * <table>
 *   <caption>Default limits (value ≤ limit reaches the level)</caption>
 *   <tr><th>indicator</th><th>A</th><th>B</th><th>C</th><th>evidence</th></tr>
 *   <tr><td>rat indoor signs %</td><td>1 UNC</td><td>3 UNC</td><td>5 [C]</td>
 *       <td>4.96% passed [HD]; 2.2% rated B [XA-R]</td></tr>
 *   <tr><td>rat powder patches %</td><td>1 UNC</td><td>2 UNC</td><td>3 [S]</td><td>≤3% [OLD2001]</td></tr>
 *   <tr><td>rat path index /km</td><td>0.5 UNC</td><td>1 UNC</td><td>2 UNC</td>
 *       <td>0.39 rated A [XA-R]; 1.57 passed [HD]</td></tr>
 *   <tr><td>rat proofing failure %</td><td>3 UNC</td><td>4 UNC</td><td>5 [S]</td>
 *       <td>97.2% pass rated A [XA-R]; key units ≥95% proofed for a health city [NWS]</td></tr>
 *   <tr><td>mosquito larval positive %</td><td>1 UNC</td><td>2 UNC</td><td>3 [S]</td><td>≤3% [OLD2001]</td></tr>
 *   <tr><td>mosquito larval path index /km</td><td>0.1 UNC</td><td>0.5 UNC</td><td>1 UNC</td>
 *       <td>0.56 still C [XA-M]</td></tr>
 *   <tr><td>mosquito landing index</td><td>0.5 UNC</td><td>1 UNC</td><td>1.5 UNC</td>
 *       <td>0.46 rated A [XA-M]; 0.93 passed [HD]</td></tr>
 *   <tr><td>fly indoor rooms %</td><td>1 UNC</td><td>3 UNC</td><td>9 [C]</td><td>[FLY-C]</td></tr>
 *   <tr><td>flies per positive room</td><td>3 UNC</td><td>3 UNC</td><td>3 [C]</td><td>[FLY-C]</td></tr>
 *   <tr><td>fly breeding sites %</td><td>1 UNC</td><td>3 UNC</td><td>5 [C]</td><td>[FLY-C]</td></tr>
 *   <tr><td>cockroach infestation %</td><td>1 UNC</td><td>3 UNC</td><td>5 [C]</td>
 *       <td>9.1% = 1.82× the limit [HD]</td></tr>
 * </table>
 *
 * <p>Rules: {@code densityThresholds.missing} (a table lacks an indicator), {@code
 * densityThresholds.duplicate} (two rows of one indicator), and those of {@link IndicatorThresholds}.
 *
 * @since 0.1.0
 */
public final class DensityThresholds {
  private static final DensityThresholds DEFAULTS = of(List.of(
      row(VectorIndicator.RAT_INDOOR_SIGNS, "1", UNCONFIRMED, "3", UNCONFIRMED, "5", CONFIRMED,
          "4.96% passed [HD]; 2.2% rated B [XA-R]"),
      row(VectorIndicator.RAT_POWDER_PATCH, "1", UNCONFIRMED, "2", UNCONFIRMED, "3", SECONDARY,
          "pre-2011 rule: powder patches <=3% positive [OLD2001]"),
      row(VectorIndicator.RAT_PATH_INDEX, "0.5", UNCONFIRMED, "1", UNCONFIRMED, "2", UNCONFIRMED,
          "0.39 rated A [XA-R]; 1.57 passed [HD]"),
      row(VectorIndicator.RAT_PROOFING_FAILURE, "3", UNCONFIRMED, "4", UNCONFIRMED, "5", SECONDARY,
          "97.2% pass rated A [XA-R]; key units >=95% proofed in a National Health City [NWS]"),
      row(VectorIndicator.MOSQUITO_LARVAL_POSITIVE, "1", UNCONFIRMED, "2", UNCONFIRMED, "3", SECONDARY,
          "pre-2011 rule: larval positivity <=3% [OLD2001]"),
      row(VectorIndicator.MOSQUITO_LARVAL_PATH_INDEX, "0.1", UNCONFIRMED, "0.5", UNCONFIRMED, "1", UNCONFIRMED,
          "0.56 still C [XA-M]"),
      row(VectorIndicator.MOSQUITO_LANDING_INDEX, "0.5", UNCONFIRMED, "1", UNCONFIRMED, "1.5", UNCONFIRMED,
          "0.46 rated A [XA-M]; 0.93 passed [HD]"),
      row(VectorIndicator.FLY_INDOOR_ROOMS, "1", UNCONFIRMED, "3", UNCONFIRMED, "9", CONFIRMED,
          "C <=9% of rooms [FLY-C]; 17.6% = 1.96x the limit [HD]"),
      row(VectorIndicator.FLY_PER_POSITIVE_ROOM, "3", UNCONFIRMED, "3", UNCONFIRMED, "3", CONFIRMED,
          "C <=3 flies per positive room [FLY-C]"),
      row(VectorIndicator.FLY_BREEDING_SITES, "1", UNCONFIRMED, "3", UNCONFIRMED, "5", CONFIRMED,
          "C <=5% of breeding sites [FLY-C]"),
      row(VectorIndicator.COCKROACH_INFESTATION, "1", UNCONFIRMED, "3", UNCONFIRMED, "5", CONFIRMED,
          "9.1% = 1.82x the limit [HD]")));

  private final Map<VectorIndicator, IndicatorThresholds> rows;

  private DensityThresholds(Map<VectorIndicator, IndicatorThresholds> rows) {
    this.rows = rows;
  }

  private static IndicatorThresholds row(VectorIndicator indicator, String a, Confirmation ca, String b,
      Confirmation cb, String c, Confirmation cc, String evidence) {
    return IndicatorThresholds.of(indicator, DensityLimit.of(a, ca, evidence), DensityLimit.of(b, cb, evidence),
        DensityLimit.of(c, cc, evidence));
  }

  /**
   * Returns the default table (see the class comment): the confirmed C limits of
   * GB/T 27770–27773-2011 and tagged placeholders elsewhere.
   *
   * @return the table
   */
  public static DensityThresholds defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a table of the host's rows, one per indicator, every indicator present.
   *
   * @param rows the rows
   * @return the table
   * @throws RuleViolationException {@code densityThresholds.missing} or {@code
   *     densityThresholds.duplicate}
   */
  @JsonCreator
  public static DensityThresholds of(Collection<IndicatorThresholds> rows) {
    Objects.requireNonNull(rows, "rows");
    Map<VectorIndicator, IndicatorThresholds> map = new EnumMap<>(VectorIndicator.class);
    List<RuleViolation> broken = new ArrayList<>();
    for (IndicatorThresholds row : rows) {
      Objects.requireNonNull(row, "row");
      if (map.put(row.indicator(), row) != null) {
        broken.add(RuleViolation.of("thresholds", "densityThresholds.duplicate", row.indicator().name()));
      }
    }
    for (VectorIndicator indicator : VectorIndicator.values()) {
      if (!map.containsKey(indicator)) {
        broken.add(RuleViolation.of("thresholds", "densityThresholds.missing", indicator.name()));
      }
    }
    if (!broken.isEmpty()) {
      throw new RuleViolationException(broken);
    }
    return new DensityThresholds(map);
  }

  /**
   * Returns this table with one row replaced.
   *
   * @param row the new row of its indicator
   * @return the new table
   */
  public DensityThresholds with(IndicatorThresholds row) {
    Objects.requireNonNull(row, "row");
    Map<VectorIndicator, IndicatorThresholds> map = new EnumMap<>(rows);
    map.put(row.indicator(), row);
    return new DensityThresholds(map);
  }

  /**
   * Returns the row of an indicator.
   *
   * @param indicator the indicator
   * @return its limits
   */
  public IndicatorThresholds row(VectorIndicator indicator) {
    return Objects.requireNonNull(rows.get(Objects.requireNonNull(indicator, "indicator")));
  }

  /** @return every row, in indicator order */
  @JsonValue
  public List<IndicatorThresholds> rows() {
    return List.copyOf(rows.values());
  }

  /**
   * Grades one value.
   *
   * @param indicator the indicator
   * @param value its value
   * @return the grade
   */
  public IndicatorGrade grade(VectorIndicator indicator, BigDecimal value) {
    return row(indicator).grade(value);
  }

  /**
   * Grades every measurement of a survey: each indicator's level, each pest's and the overall level
   * the worst of them.
   *
   * @param survey the survey
   * @return the grading
   */
  public DensityGrading grade(VectorSurvey survey) {
    Objects.requireNonNull(survey, "survey");
    List<IndicatorGrade> grades = new ArrayList<>();
    for (DensityMeasurement m : survey.measurements()) {
      grades.add(grade(m.indicator(), m.value()));
    }
    return DensityGrading.of(grades);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DensityThresholds other && rows.equals(other.rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  @Override
  public String toString() {
    return "DensityThresholds" + rows.values();
  }
}
