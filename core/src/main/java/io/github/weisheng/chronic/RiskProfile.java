package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.resident.Sex;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What risk stratification (危险分层) needs to know of a hypertension patient: the reading to
 * stratify by, the measurements behind the risk factors ({@link RiskFactor}), target-organ damage,
 * chronic kidney disease, diabetes and clinical complications. Domain reference §5.1. Built with
 * {@link #builder()}: {@code sex}, {@code age} and {@code bloodPressure} are required; the rest
 * default to absent or none. A measurement that was not taken counts as "no risk factor".
 *
 * <p>Which reading to stratify by is the host's choice: usually the highest untreated reading at
 * diagnosis, since a treated reading understates the grade.
 *
 * <p>Rules: {@code chronic.age.range} (field {@code age}, 0–150); {@code chronic.ckdStage.range}
 * (field {@code ckdStage}, 0–5); {@code chronic.measurement.positive} (the field of each
 * measurement). The age and the measurements are redacted from {@link #toString()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRiskProfile.class)
@JsonDeserialize(as = ImmutableRiskProfile.class)
public abstract class RiskProfile {
  RiskProfile() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the sex (for the age and waist limits) */
  public abstract Sex sex();

  /** @return the age in completed years */
  @Value.Redacted
  public abstract int age();

  /** @return the reading to stratify by */
  public abstract BloodPressure bloodPressure();

  /** @return whether the patient smokes, passive smoking included */
  @Value.Default
  public boolean smoker() {
    return false;
  }

  /** @return the fasting plasma glucose, if measured */
  @Value.Redacted
  public abstract Optional<FastingGlucose> fastingGlucose();

  /** @return the 2-hour OGTT glucose, mmol/L, if measured */
  @Value.Redacted
  public abstract Optional<BigDecimal> twoHourGlucose();

  /** @return total cholesterol (TC), mmol/L, if measured */
  @Value.Redacted
  public abstract Optional<BigDecimal> totalCholesterol();

  /** @return LDL cholesterol, mmol/L, if measured */
  @Value.Redacted
  public abstract Optional<BigDecimal> ldlCholesterol();

  /** @return HDL cholesterol, mmol/L, if measured */
  @Value.Redacted
  public abstract Optional<BigDecimal> hdlCholesterol();

  /** @return whether a first-degree relative had cardiovascular disease before 50 */
  @Value.Default
  public boolean prematureCardiovascularFamilyHistory() {
    return false;
  }

  /** @return the waist circumference, cm, if measured */
  @Value.Redacted
  public abstract Optional<BigDecimal> waistCm();

  /** @return the body-mass index, kg/m², if known */
  @Value.Redacted
  public abstract Optional<BigDecimal> bmi();

  /** @return homocysteine, µmol/L, if measured */
  @Value.Redacted
  public abstract Optional<BigDecimal> homocysteine();

  /** @return the target-organ damage recorded */
  public abstract Set<TargetOrganDamage> targetOrganDamage();

  /** @return the chronic kidney disease stage, 1–5, or 0 for none */
  @Value.Default
  public int ckdStage() {
    return 0;
  }

  /** @return diabetes, with or without complications */
  @Value.Default
  public DiabetesStatus diabetes() {
    return DiabetesStatus.NONE;
  }

  /** @return the clinical complications recorded */
  public abstract Set<ClinicalComplication> clinicalComplications();

  /** @return the risk factors present, by their definitions ({@link RiskFactor#presentIn}) */
  public Set<RiskFactor> riskFactors() {
    return RiskFactor.presentIn(this);
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Ages.check(v, age(), "age");
    v.require(ckdStage() >= 0 && ckdStage() <= 5, "ckdStage", "chronic.ckdStage.range", 0, 5);
    positive(v, twoHourGlucose(), "twoHourGlucose");
    positive(v, totalCholesterol(), "totalCholesterol");
    positive(v, ldlCholesterol(), "ldlCholesterol");
    positive(v, hdlCholesterol(), "hdlCholesterol");
    positive(v, waistCm(), "waistCm");
    positive(v, bmi(), "bmi");
    positive(v, homocysteine(), "homocysteine");
    v.throwIfAny();
  }

  static void positive(Violations v, Optional<BigDecimal> value, String field) {
    value.ifPresent(x -> v.require(x.signum() > 0, field, "chronic.measurement.positive"));
  }

  /** Builds {@link RiskProfile}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableRiskProfile.Builder {
    Builder() {}
  }
}
