package io.github.weisheng.chronic;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the doctor fills in at a follow-up (高血压/2型糖尿病患者随访服务记录表), the input of {@link
 * FollowUpService#record}: date and mode, symptoms, signs (blood pressure, heart rate, weight,
 * height, waist), fasting glucose, lifestyle, medication and adherence, adverse drug reactions,
 * complications, danger signs, the management tier that sets the routine interval, and where the
 * patient is referred. The visit items are those of domain reference §3 "Other visit items" and §4
 * [C]; the service classifies the visit from them ({@link HypertensionFollowUpRules}, {@link
 * DiabetesFollowUpRules}). Built with {@link #builder()}: {@code visitDate} and {@code mode} are
 * required; everything else may be left out (which readings a condition needs is checked by the
 * service).
 *
 * <p>Plausibility rules (Weisheng's limits, to reject impossible values and typing slips; not the
 * reference's), every broken one at once, never with the value in the message:
 *
 * <ul>
 *   <li>{@code followUp.heartRate.range} ({@code followUp.heartRate}): {@value #MIN_HEART_RATE}–{@value
 *       #MAX_HEART_RATE} beats a minute;
 *   <li>{@code followUp.weight.range} ({@code followUp.weightKg}, {@code followUp.targetWeightKg}):
 *       2–300 kg;
 *   <li>{@code followUp.height.range} ({@code followUp.heightCm}): 40–250 cm;
 *   <li>{@code followUp.waist.range} ({@code followUp.waistCm}): 30–200 cm;
 *   <li>{@code followUp.measurement.precision}: weight, height and waist with at most one decimal;
 *   <li>{@code followUp.bmi.range} ({@code followUp.bmi}): the BMI of weight and height 10–80 kg/m²
 *       (catches a weight and a height that cannot belong together);
 *   <li>{@code followUp.text} ({@code followUp.otherSymptoms}, {@code followUp.adverseReactionNote},
 *       {@code followUp.referralTo}): 1–{@value #MAX_TEXT} characters, not blank.
 * </ul>
 *
 * <p>Readings and notes are health data: they are redacted from {@link #toString()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFollowUpForm.class)
@JsonDeserialize(as = ImmutableFollowUpForm.class)
public abstract class FollowUpForm {
  /** The lowest plausible heart rate, beats a minute. */
  public static final int MIN_HEART_RATE = 20;
  /** The highest plausible heart rate, beats a minute. */
  public static final int MAX_HEART_RATE = 250;
  /** The longest free text. */
  public static final int MAX_TEXT = 200;

  static final BigDecimal MIN_WEIGHT = new BigDecimal("2");
  static final BigDecimal MAX_WEIGHT = new BigDecimal("300");
  static final BigDecimal MIN_HEIGHT = new BigDecimal("40");
  static final BigDecimal MAX_HEIGHT = new BigDecimal("250");
  static final BigDecimal MIN_WAIST = new BigDecimal("30");
  static final BigDecimal MAX_WAIST = new BigDecimal("200");
  static final BigDecimal MIN_BMI = new BigDecimal("10");
  static final BigDecimal MAX_BMI = new BigDecimal("80");

  FollowUpForm() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the date of the visit (随访日期) */
  public abstract LocalDate visitDate();

  /** @return how the visit was made (随访方式) */
  public abstract VisitMode mode();

  /** @return the symptoms ticked (症状); empty for none (无症状) */
  public abstract Set<Symptom> symptoms();

  /** @return other symptoms, as written (其他症状) */
  @Value.Redacted
  public abstract Optional<String> otherSymptoms();

  /** @return the blood pressure (血压); required for hypertension */
  @Value.Redacted
  public abstract Optional<BloodPressure> bloodPressure();

  /** @return the heart rate (心率), beats a minute */
  @Value.Redacted
  public abstract Optional<Integer> heartRate();

  /** @return the weight (体重), kg */
  @Value.Redacted
  public abstract Optional<BigDecimal> weightKg();

  /** @return the target weight agreed for the next visit (目标体重), kg */
  @Value.Redacted
  public abstract Optional<BigDecimal> targetWeightKg();

  /** @return the height (身高), cm, for the BMI */
  @Value.Redacted
  public abstract Optional<BigDecimal> heightCm();

  /** @return the waist (腰围), cm */
  @Value.Redacted
  public abstract Optional<BigDecimal> waistCm();

  /** @return the fasting plasma glucose (空腹血糖); required for type 2 diabetes */
  @Value.Redacted
  public abstract Optional<FastingGlucose> fastingGlucose();

  /** @return the lifestyle part (生活方式), when asked */
  @Value.Redacted
  public abstract Optional<Lifestyle> lifestyle();

  /** @return the drugs taken (用药情况) */
  @Value.Redacted
  public abstract List<Medication> medications();

  /** @return medication adherence (服药依从性), when asked */
  public abstract Optional<MedicationAdherence> adherence();

  /** @return the adverse drug reaction, if any (药物不良反应) */
  @Value.Default
  public AdverseReaction adverseReaction() {
    return AdverseReaction.NONE;
  }

  /** @return the reaction, as written */
  @Value.Redacted
  public abstract Optional<String> adverseReactionNote();

  /** @return a new or worse complication since the previous visit (并发症) */
  @Value.Default
  public ComplicationChange complication() {
    return ComplicationChange.NONE;
  }

  /** @return the complications the patient has (现有并发症) */
  @Value.Redacted
  public abstract Set<ClinicalComplication> complications();

  /** @return the hypertension danger signs present (紧急转诊症状) */
  public abstract Set<HypertensionDangerSign> hypertensionDangerSigns();

  /** @return the diabetes danger signs present (紧急转诊症状) */
  public abstract Set<DiabetesDangerSign> diabetesDangerSigns();

  /** @return whether the patient is pregnant or lactating (妊娠期或哺乳期) */
  @Value.Default
  @Value.Redacted
  public boolean pregnantOrLactating() {
    return false;
  }

  /** @return whether the doctor applies the lower comorbidity target ({@link ControlTargets#comorbidityTarget()}) */
  @Value.Default
  public boolean lowerTargetIndicated() {
    return false;
  }

  /** @return the hypertension management tier (分级管理) that sets the routine interval; required for hypertension */
  public abstract Optional<ManagementTier> tier();

  /** @return the diabetes management level that sets the routine interval; required for type 2 diabetes */
  public abstract Optional<DiabetesManagementLevel> diabetesLevel();

  /** @return the institution and department the patient is referred to (转诊机构及科室) */
  public abstract Optional<String> referralTo();

  /**
   * Returns the body-mass index (体质指数) of the weight and height, kg/m² with one decimal (half up).
   *
   * @return the BMI, when both are recorded
   */
  @JsonIgnore
  public Optional<BigDecimal> bmi() {
    if (weightKg().isEmpty() || heightCm().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal metres = heightCm().get().movePointLeft(2);
    return Optional.of(weightKg().get().divide(metres.multiply(metres), 1, RoundingMode.HALF_UP));
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    heartRate().ifPresent(r -> v.require(r >= MIN_HEART_RATE && r <= MAX_HEART_RATE,
        "followUp.heartRate", "followUp.heartRate.range", MIN_HEART_RATE, MAX_HEART_RATE));
    measurement(v, weightKg(), "followUp.weightKg", "followUp.weight.range", MIN_WEIGHT, MAX_WEIGHT);
    measurement(v, targetWeightKg(), "followUp.targetWeightKg", "followUp.weight.range", MIN_WEIGHT, MAX_WEIGHT);
    measurement(v, heightCm(), "followUp.heightCm", "followUp.height.range", MIN_HEIGHT, MAX_HEIGHT);
    measurement(v, waistCm(), "followUp.waistCm", "followUp.waist.range", MIN_WAIST, MAX_WAIST);
    if (v.isEmpty()) {
      bmi().ifPresent(b -> v.require(b.compareTo(MIN_BMI) >= 0 && b.compareTo(MAX_BMI) <= 0,
          "followUp.bmi", "followUp.bmi.range", MIN_BMI, MAX_BMI));
    }
    text(v, otherSymptoms(), "followUp.otherSymptoms");
    text(v, adverseReactionNote(), "followUp.adverseReactionNote");
    text(v, referralTo(), "followUp.referralTo");
    v.throwIfAny();
  }

  private static void measurement(
      Violations v, Optional<BigDecimal> value, String field, String rule, BigDecimal min, BigDecimal max) {
    value.ifPresent(x -> {
      v.require(x.stripTrailingZeros().scale() <= 1, field, "followUp.measurement.precision", 1);
      v.require(x.compareTo(min) >= 0 && x.compareTo(max) <= 0, field, rule, min, max);
    });
  }

  private static void text(Violations v, Optional<String> text, String field) {
    text.ifPresent(t -> v.require(!t.isBlank() && t.length() <= MAX_TEXT, field, "followUp.text", MAX_TEXT));
  }

  /** Builds {@link FollowUpForm}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableFollowUpForm.Builder {
    Builder() {}
  }
}
