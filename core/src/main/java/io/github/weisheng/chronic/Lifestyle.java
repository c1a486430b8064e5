package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import org.immutables.value.Value;

/**
 * The lifestyle part of a follow-up (生活方式指导): daily smoking and drinking, exercise, salt intake,
 * psychological adjustment and compliance. Smoking, alcohol, exercise and salt are visit items of
 * the reference (domain reference §3 "Other visit items" [C]); the units are those of the forms
 * (cigarettes a day, 两 of spirits a day, times a week and minutes a time) [U]. Built with {@link
 * #builder()}; every attribute is required.
 *
 * <p>Plausibility rules (Weisheng's limits, not the reference's), each under {@code lifestyle.}
 * and the attribute's name:
 *
 * <ul>
 *   <li>{@code lifestyle.cigarettes.range}: 0–{@value #MAX_CIGARETTES} a day;
 *   <li>{@code lifestyle.alcohol.range}: 0–{@value #MAX_ALCOHOL_LIANG} 两 a day;
 *   <li>{@code lifestyle.exerciseTimes.range}: 0–{@value #MAX_EXERCISE_TIMES} a week;
 *   <li>{@code lifestyle.exerciseMinutes.range}: 0–{@value #MAX_EXERCISE_MINUTES} minutes a time.
 * </ul>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLifestyle.class)
@JsonDeserialize(as = ImmutableLifestyle.class)
public abstract class Lifestyle {
  /** The most cigarettes a day. */
  public static final int MAX_CIGARETTES = 100;
  /** The most 两 (50 ml) of spirits a day. */
  public static final int MAX_ALCOHOL_LIANG = 40;
  /** The most exercise sessions a week. */
  public static final int MAX_EXERCISE_TIMES = 21;
  /** The longest exercise session, minutes. */
  public static final int MAX_EXERCISE_MINUTES = 600;

  Lifestyle() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return cigarettes smoked a day (日吸烟量, 支) */
  public abstract int cigarettesPerDay();

  /** @return spirits drunk a day (日饮酒量), in 两 (50 ml) */
  public abstract int alcoholLiangPerDay();

  /** @return exercise sessions a week (运动 次/周) */
  public abstract int exerciseTimesPerWeek();

  /** @return minutes a session (运动 分钟/次) */
  public abstract int exerciseMinutesPerSession();

  /** @return salt intake (摄盐情况) */
  public abstract SaltIntake saltIntake();

  /** @return psychological adjustment (心理调整) */
  public abstract BehaviourRating psychologicalAdjustment();

  /** @return compliance with the doctor's advice (遵医行为) */
  public abstract BehaviourRating compliance();

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.require(cigarettesPerDay() >= 0 && cigarettesPerDay() <= MAX_CIGARETTES,
        "lifestyle.cigarettesPerDay", "lifestyle.cigarettes.range", 0, MAX_CIGARETTES);
    v.require(alcoholLiangPerDay() >= 0 && alcoholLiangPerDay() <= MAX_ALCOHOL_LIANG,
        "lifestyle.alcoholLiangPerDay", "lifestyle.alcohol.range", 0, MAX_ALCOHOL_LIANG);
    v.require(exerciseTimesPerWeek() >= 0 && exerciseTimesPerWeek() <= MAX_EXERCISE_TIMES,
        "lifestyle.exerciseTimesPerWeek", "lifestyle.exerciseTimes.range", 0, MAX_EXERCISE_TIMES);
    v.require(exerciseMinutesPerSession() >= 0 && exerciseMinutesPerSession() <= MAX_EXERCISE_MINUTES,
        "lifestyle.exerciseMinutesPerSession", "lifestyle.exerciseMinutes.range", 0, MAX_EXERCISE_MINUTES);
    v.throwIfAny();
  }

  /** Builds {@link Lifestyle}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableLifestyle.Builder {
    Builder() {}
  }
}
