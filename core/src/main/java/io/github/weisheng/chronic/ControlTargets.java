package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The control targets (控制目标) a follow-up is classified against: blood pressure by age band, an
 * optional lower target for patients with compelling comorbidities, and the fasting-glucose target.
 * Data, because the reference's targets differ by edition and the ≥ 65 clause is only [S]; a host
 * picks one of the named tables or builds its own (per province or county).
 *
 * <ul>
 *   <li>{@link #defaults()} = {@link #bphs2017()}, the basic-public-health service specification
 *       (国家基本公共卫生服务规范 2017): &lt;140/90; age ≥ 65 &lt;150/90 [S] (xinxueguanw; exact 2017
 *       wording [U]); "DM/CKD may be lower" gives no figure, so no lower target; FPG &lt; 7.0 mmol/L
 *       [C] (§4, Kunming excerpt);
 *   <li>{@link #primaryCare2020()}, 国家基层高血压防治管理指南 2020: &lt;140/90; age 65–79 &lt;150/90
 *       [C]; with diabetes, coronary heart disease, heart failure or proteinuric CKD &lt;130/80 if
 *       tolerated [C]; age ≥ 80 is not in the reference and stays in the 65 band, &lt;150/90 [U];
 *   <li>{@link #primaryCare2025()}, 国家基层高血压防治管理指南 2025: &lt;130/80 under 80 [C]; age ≥ 80
 *       is not in the reference, &lt;150/90 as in the earlier editions [U].
 * </ul>
 *
 * <p>Domain reference §3 "Targets" and §4 控制满意. "If tolerated" is the doctor's judgement: the
 * lower target applies only when the visit says so ({@link HypertensionFindings#lowerTargetIndicated()}).
 * Targets are strict ("below"): 139/89 is at target under &lt;140/90, 140/90 is not.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableControlTargets.class)
@JsonDeserialize(as = ImmutableControlTargets.class)
public abstract class ControlTargets {
  private static final FastingGlucose FPG_7 = FastingGlucose.DIABETES_FROM;

  private static final ControlTargets BPHS_2017 = builder()
      .name("bphs-2017")
      .putBloodPressureByAge(0, BloodPressureTarget.of(140, 90))
      .putBloodPressureByAge(65, BloodPressureTarget.of(150, 90))
      .fastingGlucoseBelow(FPG_7)
      .build();

  private static final ControlTargets PRIMARY_CARE_2020 = builder()
      .name("primary-care-2020")
      .putBloodPressureByAge(0, BloodPressureTarget.of(140, 90))
      .putBloodPressureByAge(65, BloodPressureTarget.of(150, 90))
      .comorbidityTarget(BloodPressureTarget.of(130, 80))
      .fastingGlucoseBelow(FPG_7)
      .build();

  private static final ControlTargets PRIMARY_CARE_2025 = builder()
      .name("primary-care-2025")
      .putBloodPressureByAge(0, BloodPressureTarget.of(130, 80))
      .putBloodPressureByAge(80, BloodPressureTarget.of(150, 90))
      .fastingGlucoseBelow(FPG_7)
      .build();

  ControlTargets() {}

  /**
   * Returns a builder; {@code name}, at least the band from age 0, and the glucose target are
   * required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the default targets, those of the 2017 service specification ({@link #bphs2017()}).
   *
   * @return the defaults
   */
  public static ControlTargets defaults() {
    return BPHS_2017;
  }

  /**
   * Returns the 2017 service-specification targets: &lt;140/90, ≥ 65 &lt;150/90 [S], FPG &lt; 7.0 [C].
   *
   * @return the table named {@code bphs-2017}
   */
  public static ControlTargets bphs2017() {
    return BPHS_2017;
  }

  /**
   * Returns the 2020 primary-care guideline targets: &lt;140/90, ≥ 65 &lt;150/90, comorbidities
   * &lt;130/80 if tolerated [C]; FPG &lt; 7.0 [C].
   *
   * @return the table named {@code primary-care-2020}
   */
  public static ControlTargets primaryCare2020() {
    return PRIMARY_CARE_2020;
  }

  /**
   * Returns the 2025 primary-care guideline targets: &lt;130/80 under 80 [C], ≥ 80 &lt;150/90 [U];
   * FPG &lt; 7.0 [C].
   *
   * @return the table named {@code primary-care-2025}
   */
  public static ControlTargets primaryCare2025() {
    return PRIMARY_CARE_2025;
  }

  /** @return the table's name, for example {@code bphs-2017} or a host's {@code zj-2024} */
  public abstract String name();

  /**
   * The blood-pressure target from each age on (completed years on the visit date), up to the next
   * band; the band from age 0 is required.
   *
   * @return the bands by their first age
   */
  public abstract Map<Integer, BloodPressureTarget> bloodPressureByAge();

  /**
   * The lower target for diabetes, coronary heart disease, heart failure or proteinuric CKD when
   * tolerated (2020 [C]); applied, limit by limit where stricter, when a visit indicates it.
   *
   * @return the lower target, or empty when the table has none
   */
  public abstract Optional<BloodPressureTarget> comorbidityTarget();

  /**
   * The fasting-glucose target: a reading below it is at target (§4 控制满意 FPG &lt; 7.0 [C]).
   *
   * @return the limit
   */
  public abstract FastingGlucose fastingGlucoseBelow();

  /**
   * Returns the blood-pressure target of a patient.
   *
   * @param age the age in completed years on the visit date, 0–150
   * @param lowerTargetIndicated whether the doctor applies the comorbidity target
   * @return the band's target, made stricter by the comorbidity target when indicated and present
   */
  public BloodPressureTarget bloodPressureTarget(int age, boolean lowerTargetIndicated) {
    if (age < 0 || age > Ages.MAX) {
      throw new IllegalArgumentException("age must be 0-150 / 年龄须在 0-150 之间");
    }
    int from = 0;
    for (int bandAge : bloodPressureByAge().keySet()) {
      if (bandAge <= age && bandAge > from) {
        from = bandAge;
      }
    }
    BloodPressureTarget band = bloodPressureByAge().get(from);
    return lowerTargetIndicated && comorbidityTarget().isPresent()
        ? band.stricter(comorbidityTarget().get())
        : band;
  }

  /**
   * Tells whether a fasting glucose is at target.
   *
   * @param reading the reading
   * @return true when below {@link #fastingGlucoseBelow()}
   */
  public boolean isAtTarget(FastingGlucose reading) {
    return reading.compareTo(fastingGlucoseBelow()) < 0;
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("name must not be blank / 名称不能为空");
    }
    if (!bloodPressureByAge().containsKey(0)) {
      throw new IllegalArgumentException(
          "bloodPressureByAge needs the band from age 0 / bloodPressureByAge 须包含 0 岁起的目标");
    }
    for (int age : bloodPressureByAge().keySet()) {
      if (age < 0 || age > Ages.MAX) {
        throw new IllegalArgumentException("band ages must be 0-150 / 年龄段须在 0-150 岁之间");
      }
    }
  }

  /** Builds {@link ControlTargets}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableControlTargets.Builder {
    Builder() {}
  }
}
