package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of one follow-up (随访评估): its classification (此次随访分类), whether it was at target,
 * the next visit (下次随访日期), the referral (转诊), and the rules that produced each of them.
 * Returned by {@link HypertensionFollowUpRules} and {@link DiabetesFollowUpRules}; holds rule ids,
 * limits and dates, no personal data.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVisitAssessment.class)
@JsonDeserialize(as = ImmutableVisitAssessment.class)
public abstract class VisitAssessment {
  VisitAssessment() {}

  /** @return the date of the visit */
  public abstract LocalDate visitDate();

  /** @return the classification of the visit */
  public abstract VisitClassification classification();

  /** @return the rule that gave the classification */
  public abstract AppliedRule classificationRule();

  /** @return whether blood pressure (hypertension) or fasting glucose (diabetes) was at target */
  public abstract boolean atTarget();

  /** @return the consecutive visits not at target ending with this one (0 when at target) */
  public abstract int unsatisfiedStreak();

  /** @return the date by which the next follow-up is due */
  public abstract LocalDate nextVisit();

  /** @return the rules that set the next visit (those giving the earliest date) */
  public abstract List<AppliedRule> nextVisitRules();

  /** @return the referral the visit calls for */
  public abstract Referral referral();

  /** @return every rule that calls for referral, urgent ones first; empty when none */
  public abstract List<AppliedRule> referralRules();

  /** @return the date by which the referral is to be checked, when there is one */
  public abstract Optional<LocalDate> referralCheckBy();

  /**
   * Returns every rule of the assessment: the classification's, the next visit's, then the
   * referral's.
   *
   * @return the rules, at least two
   */
  public List<AppliedRule> rules() {
    List<AppliedRule> all = new ArrayList<>();
    all.add(classificationRule());
    all.addAll(nextVisitRules());
    all.addAll(referralRules());
    return List.copyOf(all);
  }

  @Value.Check
  void check() {
    if (nextVisitRules().isEmpty() || (referral() == Referral.NONE) != referralRules().isEmpty()
        || (referral() == Referral.NONE) == referralCheckBy().isPresent()) {
      throw new IllegalArgumentException(
          "an assessment needs its rules and a check date exactly when referred / 评估须有依据，转诊时须有复核日期");
    }
  }
}
