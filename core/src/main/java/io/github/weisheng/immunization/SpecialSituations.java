package io.github.weisheng.immunization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A child's special situations (特殊健康状态) that change the schedule, §1 "Special situations"
 * [KB21]: the mother's HBsAg status, birth weight and gestational age, HIV exposure or
 * immunodeficiency (no live vaccines), contraindications recorded per vaccine (禁忌), immunoglobulin
 * given (免疫球蛋白), the date a critically ill newborn became stable, and a PPD result for BCG
 * catch-up. The thresholds (2000 g, 2500 g, 37 and 31 weeks) are schedule data.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpecialSituations.class)
@JsonDeserialize(as = ImmutableSpecialSituations.class)
public abstract class SpecialSituations {
  private static final SpecialSituations NONE = builder().motherHbsag(HbsagStatus.NEGATIVE).build();

  SpecialSituations() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return no special situation; the mother known HBsAg-negative */
  public static SpecialSituations none() {
    return NONE;
  }

  /** @return the mother's HBsAg status; unknown unless recorded (printed as {@code ***}) */
  @Value.Redacted
  @Value.Default
  public HbsagStatus motherHbsag() {
    return HbsagStatus.UNKNOWN;
  }

  /** @return the birth weight in grams, if recorded */
  public abstract Optional<Integer> birthWeightGrams();

  /** @return the gestational age at birth in completed weeks, if recorded */
  public abstract Optional<Integer> gestationalWeeks();

  /** @return HIV-exposed with infection not excluded (HIV感染母亲所生儿童，未排除感染; printed as {@code ***}) */
  @Value.Redacted
  @Value.Default
  public boolean hivExposedInfectionNotExcluded() {
    return false;
  }

  /** @return immunodeficient (免疫缺陷; printed as {@code ***}) */
  @Value.Redacted
  @Value.Default
  public boolean immunodeficient() {
    return false;
  }

  /** @return the groups (for example {@code MMR}) or products contraindicated for this child */
  public abstract Set<String> contraindications();

  /** @return the dates an immunoglobulin was given */
  public abstract List<LocalDate> immunoglobulinDates();

  /** @return the day a critically ill newborn became stable: no dose is recommended before it */
  public abstract Optional<LocalDate> clinicallyStableFrom();

  /** @return the result of a PPD test for BCG catch-up (true = negative), if tested */
  public abstract Optional<Boolean> ppdNegative();

  /**
   * Derives the situations that select series and change recommendations.
   *
   * @param schedule the schedule with the thresholds
   * @return the situations
   */
  public Set<Situation> situations(ImmunizationSchedule schedule) {
    Set<Situation> s = EnumSet.noneOf(Situation.class);
    if (motherHbsag() == HbsagStatus.POSITIVE) {
      s.add(Situation.MOTHER_HBSAG_POSITIVE);
    }
    if (motherHbsag() == HbsagStatus.UNKNOWN) {
      s.add(Situation.MOTHER_HBSAG_UNKNOWN);
    }
    if (motherHbsag() != HbsagStatus.NEGATIVE
        && birthWeightGrams().map(g -> g < schedule.hepBFourDoseBelowGrams()).orElse(false)) {
      s.add(Situation.HEPB_FOUR_DOSE);
    }
    if (gestationalWeeks().map(w -> w < schedule.pretermBelowWeeks()).orElse(false)) {
      s.add(Situation.PRETERM);
    }
    if (birthWeightGrams().map(g -> g < schedule.lowBirthWeightBelowGrams()).orElse(false)) {
      s.add(Situation.LOW_BIRTH_WEIGHT);
    }
    if (hivExposedInfectionNotExcluded() || immunodeficient()) {
      s.add(Situation.NO_LIVE_VACCINES);
    }
    return s;
  }

  @Value.Check
  void check() {
    if (birthWeightGrams().map(g -> g < 200 || g > 8000).orElse(false)) {
      throw new IllegalArgumentException("birthWeightGrams must be 200-8000 / 出生体重须在 200-8000 克之间");
    }
    if (gestationalWeeks().map(w -> w < 20 || w > 45).orElse(false)) {
      throw new IllegalArgumentException("gestationalWeeks must be 20-45 / 胎龄须在 20-45 周之间");
    }
  }

  /** Builds {@link SpecialSituations}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableSpecialSituations.Builder {
    Builder() {}
  }
}
