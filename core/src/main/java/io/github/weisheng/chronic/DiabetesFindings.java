package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a type 2 diabetes follow-up found (2型糖尿病患者随访), the input of {@link
 * DiabetesFollowUpRules}: the fasting glucose (free at each visit, §4 [C]), the blood pressure when
 * measured, adverse drug reactions, complications and danger signs. Domain reference §4. Built
 * with {@link #builder()}: {@code visitDate} and {@code fastingGlucose} are required; the rest
 * default to "none".
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDiabetesFindings.class)
@JsonDeserialize(as = ImmutableDiabetesFindings.class)
public abstract class DiabetesFindings {
  DiabetesFindings() {}

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

  /** @return the fasting plasma glucose measured at the visit (空腹血糖) */
  public abstract FastingGlucose fastingGlucose();

  /** @return the blood pressure, when measured (it counts only for urgent referral) */
  public abstract Optional<BloodPressure> bloodPressure();

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
  public abstract Set<DiabetesDangerSign> dangerSigns();

  /** Builds {@link DiabetesFindings}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableDiabetesFindings.Builder {
    Builder() {}
  }
}
