package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a follow-up does besides classifying (随访处理标准): when the next visit comes early, when the
 * patient is referred (转诊), and when urgently (紧急转诊). Data with the reference's defaults; a
 * host changes any of them through {@link #builder()}, which starts from the defaults.
 *
 * <table>
 *   <caption>Defaults (domain reference §3 and §4)</caption>
 *   <tr><th>Attribute</th><th>Default</th><th>Tag</th></tr>
 *   <tr><td>{@link #urgentSystolicFrom()}</td><td>180 mmHg</td><td>[C] §3 emergency referral, §4</td></tr>
 *   <tr><td>{@link #urgentDiastolicFrom()}</td><td>110 mmHg</td><td>[C] §3, §4</td></tr>
 *   <tr><td>{@link #urgentGlucoseFrom()}</td><td>16.7 mmol/L</td><td>[C] §4</td></tr>
 *   <tr><td>{@link #urgentGlucoseUpTo()}</td><td>3.9 mmol/L</td><td>[C] §4</td></tr>
 *   <tr><td>{@link #pregnancyRaisedSystolicFrom()} / {@link #pregnancyRaisedDiastolicFrom()}</td>
 *       <td>140 / 90 mmHg</td><td>[U]: "raised" in "pregnant/lactating with raised BP" (§3) read as
 *       the diagnostic threshold</td></tr>
 *   <tr><td>{@link #unsatisfiedVisitsForReferral()}</td><td>2</td><td>[C] §3 "two consecutive"; [U] for T2DM (§4 "as HTN")</td></tr>
 *   <tr><td>{@link #earlyReviewDays()}</td><td>14</td><td>[C] §3 "≤ 2 weeks"; [U] for T2DM</td></tr>
 *   <tr><td>{@link #referralCheckDays()}</td><td>14</td><td>[C] §3, §4 "check the referral within 2 weeks"</td></tr>
 *   <tr><td>{@link #hypertensionUrgentSigns()}</td><td>every {@link HypertensionDangerSign} (none in
 *       {@link #nonUrgentHypertensionSigns()})</td><td>[C] §3</td></tr>
 *   <tr><td>{@link #diabetesUrgentSigns()}</td><td>every {@link DiabetesDangerSign} (none in {@link
 *       #nonUrgentDiabetesSigns()})</td><td>[U] §4 symptom list</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFollowUpCriteria.class)
@JsonDeserialize(as = ImmutableFollowUpCriteria.class)
public abstract class FollowUpCriteria {
  private static final FollowUpCriteria DEFAULTS = builder().build();

  FollowUpCriteria() {}

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the reference's criteria (see the table above).
   *
   * @return the defaults
   */
  public static FollowUpCriteria defaults() {
    return DEFAULTS;
  }

  /** @return SBP at or above which the patient is referred urgently, mmHg (180 [C]) */
  @Value.Default
  public int urgentSystolicFrom() {
    return 180;
  }

  /** @return DBP at or above which the patient is referred urgently, mmHg (110 [C]) */
  @Value.Default
  public int urgentDiastolicFrom() {
    return 110;
  }

  /** @return FPG at or above which a diabetes patient is referred urgently (16.7 mmol/L [C]) */
  @Value.Default
  public FastingGlucose urgentGlucoseFrom() {
    return FastingGlucose.of(new BigDecimal("16.7"));
  }

  /** @return FPG at or below which a diabetes patient is referred urgently (3.9 mmol/L [C]) */
  @Value.Default
  public FastingGlucose urgentGlucoseUpTo() {
    return FastingGlucose.of(new BigDecimal("3.9"));
  }

  /** @return SBP at or above which a pregnant or lactating patient's BP is raised, mmHg (140 [U]) */
  @Value.Default
  public int pregnancyRaisedSystolicFrom() {
    return 140;
  }

  /** @return DBP at or above which a pregnant or lactating patient's BP is raised, mmHg (90 [U]) */
  @Value.Default
  public int pregnancyRaisedDiastolicFrom() {
    return 90;
  }

  /** @return how many consecutive visits not at target lead to referral (2 [C]) */
  @Value.Default
  public int unsatisfiedVisitsForReferral() {
    return 2;
  }

  /**
   * @return the days within which the next visit falls after a first unsatisfactory visit or an
   *     adverse reaction (14, "≤ 2 weeks" [C])
   */
  @Value.Default
  public int earlyReviewDays() {
    return 14;
  }

  /** @return the days within which a referral is checked (14, "≤ 2 weeks" [C]) */
  @Value.Default
  public int referralCheckDays() {
    return 14;
  }

  /**
   * The hypertension danger signs a host does not treat as urgent; none by default, so every sign
   * of the reference calls for urgent referral [C].
   *
   * @return the signs left out
   */
  public abstract Set<HypertensionDangerSign> nonUrgentHypertensionSigns();

  /**
   * The diabetes danger signs a host does not treat as urgent; none by default, so every sign of the
   * (unconfirmed) list calls for urgent referral [U].
   *
   * @return the signs left out
   */
  public abstract Set<DiabetesDangerSign> nonUrgentDiabetesSigns();

  /** @return the hypertension danger signs that call for urgent referral: all but those left out */
  public Set<HypertensionDangerSign> hypertensionUrgentSigns() {
    Set<HypertensionDangerSign> signs = EnumSet.allOf(HypertensionDangerSign.class);
    signs.removeAll(nonUrgentHypertensionSigns());
    return Collections.unmodifiableSet(signs);
  }

  /** @return the diabetes danger signs that call for urgent referral: all but those left out */
  public Set<DiabetesDangerSign> diabetesUrgentSigns() {
    Set<DiabetesDangerSign> signs = EnumSet.allOf(DiabetesDangerSign.class);
    signs.removeAll(nonUrgentDiabetesSigns());
    return Collections.unmodifiableSet(signs);
  }

  @Value.Check
  void check() {
    if (urgentSystolicFrom() <= BloodPressure.MIN_SYSTOLIC || urgentDiastolicFrom() <= BloodPressure.MIN_DIASTOLIC
        || pregnancyRaisedSystolicFrom() <= BloodPressure.MIN_SYSTOLIC
        || pregnancyRaisedDiastolicFrom() <= BloodPressure.MIN_DIASTOLIC) {
      throw new IllegalArgumentException(
          "pressure limits must lie in the plausible range / 血压界值须在合理范围内");
    }
    if (urgentGlucoseUpTo().compareTo(urgentGlucoseFrom()) >= 0) {
      throw new IllegalArgumentException(
          "the low glucose limit must be below the high one / 低血糖界值须低于高血糖界值");
    }
    if (unsatisfiedVisitsForReferral() < 1 || earlyReviewDays() < 1 || referralCheckDays() < 1) {
      throw new IllegalArgumentException(
          "counts and days must be positive / 次数和天数须为正数");
    }
  }

  /**
   * Builds {@link FollowUpCriteria} from the defaults; setting an attribute twice is an {@link
   * IllegalStateException}.
   */
  public static final class Builder extends ImmutableFollowUpCriteria.Builder {
    Builder() {}
  }
}
