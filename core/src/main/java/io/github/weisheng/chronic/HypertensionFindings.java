package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a hypertension follow-up found (高血压患者随访), the input of {@link
 * HypertensionFollowUpRules}: the reading, the patient's age, adverse drug reactions, complications
 * and danger signs. Domain reference §3. Built with {@link #builder()}: {@code visitDate}, {@code
 * age} and {@code bloodPressure} are required; the rest default to "none".
 *
 * <p>Rule: {@code chronic.age.range} (field {@code age}), 0–150 completed years. The age is
 * redacted from {@link #toString()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHypertensionFindings.class)
@JsonDeserialize(as = ImmutableHypertensionFindings.class)
public abstract class HypertensionFindings {
  HypertensionFindings() {}

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

  /** @return the age in completed years on the visit date (for the ≥ 65 target) */
  @Value.Redacted
  public abstract int age();

  /** @return the blood pressure measured at the visit */
  public abstract BloodPressure bloodPressure();

  /** @return the adverse drug reaction, if any (药物不良反应) */
  @Value.Default
  public AdverseReaction adverseReaction() {
    return AdverseReaction.NONE;
  }

  /** @return a new or worse complication, if any (并发症) */
  @Value.Default
  public ComplicationChange complication() {
    return ComplicationChange.NONE;
  }

  /** @return the danger signs present (紧急转诊症状) */
  public abstract Set<HypertensionDangerSign> dangerSigns();

  /** @return whether the patient is pregnant or lactating (妊娠期或哺乳期) */
  @Value.Default
  public boolean pregnantOrLactating() {
    return false;
  }

  /**
   * Whether the doctor applies the lower comorbidity target (diabetes, coronary heart disease, heart
   * failure or proteinuric CKD, and the lower target is tolerated); used only by target tables that
   * define one ({@link ControlTargets#comorbidityTarget()}).
   *
   * @return true to apply it
   */
  @Value.Default
  public boolean lowerTargetIndicated() {
    return false;
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Ages.check(v, age(), "age");
    v.throwIfAny();
  }

  /** Builds {@link HypertensionFindings}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableHypertensionFindings.Builder {
    Builder() {}
  }
}
