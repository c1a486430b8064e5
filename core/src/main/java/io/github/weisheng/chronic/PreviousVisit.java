package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the follow-up rules need to know of the previous visit: its classification and how many
 * consecutive visits, ending with it, were not at target (the unsatisfied streak). A first
 * unsatisfactory visit has streak 1; the next one not at target makes 2, "two consecutive
 * unsatisfactory" (§3 [C]). Chain visits with {@link #from(VisitAssessment)}.
 *
 * <p>Rule {@code previousVisit.unsatisfiedStreak} (field {@code previousVisit.unsatisfiedStreak}):
 * the streak is 0 with no previous visit or after a {@link VisitClassification#SATISFIED} one, at
 * least 1 after an {@link VisitClassification#UNSATISFIED} one, and never negative.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePreviousVisit.class)
@JsonDeserialize(as = ImmutablePreviousVisit.class)
public abstract class PreviousVisit {
  private static final PreviousVisit NONE = ImmutablePreviousVisit.builder().unsatisfiedStreak(0).build();

  PreviousVisit() {}

  /**
   * Returns "no previous visit": the first follow-up after enrolment.
   *
   * @return the value
   */
  public static PreviousVisit none() {
    return NONE;
  }

  /**
   * Returns a previous visit.
   *
   * @param classification its classification
   * @param unsatisfiedStreak the consecutive visits not at target ending with it
   * @return the value
   */
  public static PreviousVisit of(VisitClassification classification, int unsatisfiedStreak) {
    Objects.requireNonNull(classification, "classification");
    return ImmutablePreviousVisit.builder()
        .classification(classification).unsatisfiedStreak(unsatisfiedStreak).build();
  }

  /**
   * Returns the previous visit as its assessment left it.
   *
   * @param assessment the previous visit's assessment
   * @return the value
   */
  public static PreviousVisit from(VisitAssessment assessment) {
    return of(assessment.classification(), assessment.unsatisfiedStreak());
  }

  /** @return the previous visit's classification, empty when there was none */
  public abstract Optional<VisitClassification> classification();

  /** @return the consecutive visits not at target ending with the previous one */
  public abstract int unsatisfiedStreak();

  @Value.Check
  void check() {
    Violations v = new Violations();
    int streak = unsatisfiedStreak();
    boolean ok = streak >= 0
        && (classification().isEmpty() ? streak == 0
            : switch (classification().get()) {
                case SATISFIED -> streak == 0;
                case UNSATISFIED -> streak >= 1;
                default -> true;
              });
    v.require(ok, "previousVisit.unsatisfiedStreak", "previousVisit.unsatisfiedStreak");
    v.throwIfAny();
  }
}
