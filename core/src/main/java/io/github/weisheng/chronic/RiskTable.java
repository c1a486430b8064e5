package io.github.weisheng.chronic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The risk-stratification table of the 2018 Chinese hypertension guideline (中国高血压防治指南 2018,
 * 血压升高患者心血管风险水平分层), domain reference §5.1: a {@link RiskLevel} for each row ({@link
 * RiskFactorBurden}) and blood-pressure column. <b>The reference could not confirm the cells: they
 * are [U], so the table is data</b>; a host replaces any cell with {@link #with}.
 *
 * <table>
 *   <caption>{@link #defaults()} = {@link #guideline2018()}</caption>
 *   <tr><th>Row</th><th>130–139/85–89</th><th>Grade 1</th><th>Grade 2</th><th>Grade 3</th></tr>
 *   <tr><td>NONE</td><td>LOW*</td><td>LOW</td><td>MEDIUM</td><td>HIGH</td></tr>
 *   <tr><td>ONE_OR_TWO_RISK_FACTORS</td><td>LOW</td><td>MEDIUM</td><td>HIGH†</td><td>VERY_HIGH</td></tr>
 *   <tr><td>THREE_OR_MORE_OR_ORGAN_DAMAGE</td><td>HIGH†</td><td>HIGH</td><td>HIGH</td><td>VERY_HIGH</td></tr>
 *   <tr><td>CLINICAL_COMPLICATIONS</td><td>VERY_HIGH†</td><td>VERY_HIGH</td><td>VERY_HIGH</td><td>VERY_HIGH</td></tr>
 * </table>
 *
 * <p>† The reference gives these cells as "medium/high" or "high/very high"; the default takes the
 * higher level, so that an uncertain cell never lowers a patient's follow-up intensity. {@link
 * #guideline2018Lower()} takes the lower one. * The reference gives "—" (not stratified) for no risk
 * factor at 130–139/85–89; the default says LOW [U].
 *
 * <p>Columns are {@link BloodPressureCategory} {@code HIGH_NORMAL} to {@code GRADE_3}. A reading is
 * placed by its category, the higher of SBP and DBP; a reading below grade 1 — whether 130–139/85–89
 * or, for a diagnosed patient, lower (for example under treatment) — goes to the first column [U]:
 * the reference has no column below 130/85.
 *
 * <p>JSON: rows to columns to levels, {@code {"NONE":{"HIGH_NORMAL":"LOW",…},…}}, all 16 cells.
 *
 * @since 0.1.0
 */
public final class RiskTable {
  /** The columns, from the lowest. */
  static final List<BloodPressureCategory> COLUMNS = List.of(
      BloodPressureCategory.HIGH_NORMAL, BloodPressureCategory.GRADE_1,
      BloodPressureCategory.GRADE_2, BloodPressureCategory.GRADE_3);

  private static final RiskTable GUIDELINE_2018 = new RiskTable(cells(
      row(RiskLevel.LOW, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH),
      row(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.VERY_HIGH),
      row(RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.VERY_HIGH),
      row(RiskLevel.VERY_HIGH, RiskLevel.VERY_HIGH, RiskLevel.VERY_HIGH, RiskLevel.VERY_HIGH)));

  private static final RiskTable GUIDELINE_2018_LOWER = GUIDELINE_2018
      .with(RiskFactorBurden.ONE_OR_TWO_RISK_FACTORS, BloodPressureCategory.GRADE_2, RiskLevel.MEDIUM)
      .with(RiskFactorBurden.THREE_OR_MORE_OR_ORGAN_DAMAGE, BloodPressureCategory.HIGH_NORMAL, RiskLevel.MEDIUM)
      .with(RiskFactorBurden.CLINICAL_COMPLICATIONS, BloodPressureCategory.HIGH_NORMAL, RiskLevel.HIGH);

  private final Map<RiskFactorBurden, Map<BloodPressureCategory, RiskLevel>> cells;

  private RiskTable(Map<RiskFactorBurden, Map<BloodPressureCategory, RiskLevel>> cells) {
    this.cells = cells;
  }

  /**
   * Returns the default table, {@link #guideline2018()}.
   *
   * @return the defaults
   */
  public static RiskTable defaults() {
    return GUIDELINE_2018;
  }

  /**
   * Returns the 2018 table with the higher level in each uncertain cell (see above) [U].
   *
   * @return the table
   */
  public static RiskTable guideline2018() {
    return GUIDELINE_2018;
  }

  /**
   * Returns the 2018 table with the lower level in each uncertain cell: 1–2 factors × grade 2
   * MEDIUM, ≥ 3 factors × 130–139/85–89 MEDIUM, complications × 130–139/85–89 HIGH [U].
   *
   * @return the table
   */
  public static RiskTable guideline2018Lower() {
    return GUIDELINE_2018_LOWER;
  }

  /**
   * Returns a copy with one cell replaced.
   *
   * @param row the row
   * @param column the column, {@code HIGH_NORMAL} to {@code GRADE_3}
   * @param level the cell's level
   * @return the changed table
   * @throws IllegalArgumentException when the column is {@code NORMAL}
   */
  public RiskTable with(RiskFactorBurden row, BloodPressureCategory column, RiskLevel level) {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(level, "level");
    if (!COLUMNS.contains(column)) {
      throw new IllegalArgumentException(
          "columns are HIGH_NORMAL to GRADE_3 / 列须为 HIGH_NORMAL 至 GRADE_3");
    }
    Map<RiskFactorBurden, Map<BloodPressureCategory, RiskLevel>> copy = new EnumMap<>(RiskFactorBurden.class);
    cells.forEach((r, c) -> copy.put(r, new EnumMap<>(c)));
    copy.get(row).put(column, level);
    return new RiskTable(freeze(copy));
  }

  /**
   * Returns the level of a cell.
   *
   * @param row the row
   * @param column the column; {@code NORMAL} reads the {@code HIGH_NORMAL} column
   * @return the level
   */
  public RiskLevel level(RiskFactorBurden row, BloodPressureCategory column) {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    return cells.get(row).get(columnOf(column));
  }

  /**
   * Returns the column a reading falls in: its category, and below grade 1 the first column.
   *
   * @param reading the reading
   * @return {@code HIGH_NORMAL} to {@code GRADE_3}
   */
  public static BloodPressureCategory column(BloodPressure reading) {
    return columnOf(BloodPressureCategory.of(reading));
  }

  /**
   * Stratifies a patient: counts the risk factors, finds the row and the column, reads the cell.
   *
   * @param profile the patient's profile
   * @return the level with the factors counted and the rules that placed it
   */
  public RiskAssessment stratify(RiskProfile profile) {
    Objects.requireNonNull(profile, "profile");
    Set<RiskFactor> factors = profile.riskFactors();
    List<AppliedRule> rules = new ArrayList<>();
    for (RiskFactor f : factors) {
      rules.add(AppliedRule.of(f.rule()));
    }
    RiskFactorBurden row = burden(profile, factors, rules);
    BloodPressureCategory column = column(profile.bloodPressure());
    rules.add(AppliedRule.of(columnRule(column)));
    RiskLevel level = level(row, column);
    rules.add(AppliedRule.of(level.rule()));
    return ImmutableRiskAssessment.builder()
        .level(level).row(row).column(column).addAllRiskFactors(factors).addAllRules(rules).build();
  }

  /** The row of a profile, adding the rules that placed it (§5.1 row labels). */
  static RiskFactorBurden burden(RiskProfile p, Set<RiskFactor> factors, List<AppliedRule> rules) {
    int before = rules.size();
    if (!p.clinicalComplications().isEmpty()) {
      rules.add(AppliedRule.of("risk.burden.clinicalComplication"));
    }
    if (p.ckdStage() >= 4) {
      rules.add(AppliedRule.of("risk.burden.ckdStage4"));
    }
    if (p.diabetes() == DiabetesStatus.WITH_COMPLICATIONS) {
      rules.add(AppliedRule.of("risk.burden.diabetesWithComplications"));
    }
    if (rules.size() > before) {
      return RiskFactorBurden.CLINICAL_COMPLICATIONS;
    }
    if (factors.size() >= 3) {
      rules.add(AppliedRule.of("risk.burden.threeRiskFactors", factors.size()));
    }
    if (!p.targetOrganDamage().isEmpty()) {
      rules.add(AppliedRule.of("risk.burden.targetOrganDamage"));
    }
    if (p.ckdStage() == 3) {
      rules.add(AppliedRule.of("risk.burden.ckdStage3"));
    }
    if (p.diabetes() == DiabetesStatus.WITHOUT_COMPLICATIONS) {
      rules.add(AppliedRule.of("risk.burden.diabetes"));
    }
    if (rules.size() > before) {
      return RiskFactorBurden.THREE_OR_MORE_OR_ORGAN_DAMAGE;
    }
    if (!factors.isEmpty()) {
      rules.add(AppliedRule.of("risk.burden.riskFactors", factors.size()));
      return RiskFactorBurden.ONE_OR_TWO_RISK_FACTORS;
    }
    rules.add(AppliedRule.of("risk.burden.none"));
    return RiskFactorBurden.NONE;
  }

  private static String columnRule(BloodPressureCategory column) {
    return switch (column) {
      case GRADE_1 -> "risk.column.grade1";
      case GRADE_2 -> "risk.column.grade2";
      case GRADE_3 -> "risk.column.grade3";
      default -> "risk.column.highNormal";
    };
  }

  private static BloodPressureCategory columnOf(BloodPressureCategory category) {
    return category == BloodPressureCategory.NORMAL ? BloodPressureCategory.HIGH_NORMAL : category;
  }

  private static Map<BloodPressureCategory, RiskLevel> row(RiskLevel... levels) {
    Map<BloodPressureCategory, RiskLevel> row = new EnumMap<>(BloodPressureCategory.class);
    for (int i = 0; i < COLUMNS.size(); i++) {
      row.put(COLUMNS.get(i), levels[i]);
    }
    return row;
  }

  @SafeVarargs
  private static Map<RiskFactorBurden, Map<BloodPressureCategory, RiskLevel>> cells(
      Map<BloodPressureCategory, RiskLevel>... rows) {
    Map<RiskFactorBurden, Map<BloodPressureCategory, RiskLevel>> cells = new EnumMap<>(RiskFactorBurden.class);
    for (RiskFactorBurden r : RiskFactorBurden.values()) {
      cells.put(r, rows[r.ordinal()]);
    }
    return freeze(cells);
  }

  private static Map<RiskFactorBurden, Map<BloodPressureCategory, RiskLevel>> freeze(
      Map<RiskFactorBurden, Map<BloodPressureCategory, RiskLevel>> cells) {
    Map<RiskFactorBurden, Map<BloodPressureCategory, RiskLevel>> frozen = new EnumMap<>(RiskFactorBurden.class);
    cells.forEach((r, c) -> frozen.put(r, Collections.unmodifiableMap(new EnumMap<>(c))));
    return Collections.unmodifiableMap(frozen);
  }

  @JsonValue
  private Map<RiskFactorBurden, Map<BloodPressureCategory, RiskLevel>> toJson() {
    return cells;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static RiskTable fromJson(Map<RiskFactorBurden, Map<BloodPressureCategory, RiskLevel>> json) {
    Map<RiskFactorBurden, Map<BloodPressureCategory, RiskLevel>> cells = new EnumMap<>(RiskFactorBurden.class);
    for (RiskFactorBurden r : RiskFactorBurden.values()) {
      Map<BloodPressureCategory, RiskLevel> row = json.get(r);
      if (row == null || !row.keySet().equals(Set.copyOf(COLUMNS)) || row.containsValue(null)) {
        throw new IllegalArgumentException(
            "a risk table needs all 4 rows of 4 columns / 危险分层表须有 4 行 4 列");
      }
      cells.put(r, new EnumMap<>(row));
    }
    return new RiskTable(freeze(cells));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RiskTable t && cells.equals(t.cells);
  }

  @Override
  public int hashCode() {
    return cells.hashCode();
  }

  /** Returns the cells, row by row. */
  @Override
  public String toString() {
    return "RiskTable" + cells;
  }
}
