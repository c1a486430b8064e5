package io.github.weisheng.education;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import org.immutables.value.Value;

/**
 * The yearly minimums of health education per institution (健康教育服务规范, 3rd ed., 2017), as data:
 * {@link #spec2017()} gives the spec's values; a province that asks for more builds its own
 * (immunization-sanitation-education-standards-privacy.md §4).
 *
 * <table>
 *   <caption>Defaults ({@link #spec2017()})</caption>
 *   <tr><th>item</th><th>minimum</th><th>source</th></tr>
 *   <tr><td>printed materials</td><td>12 kinds a year</td><td>[HE]</td></tr>
 *   <tr><td>audio-video</td><td>6 kinds a year</td><td>[HE]</td></tr>
 *   <tr><td>bulletin boards</td><td>centre 2, station 1; each updated at least every 2 months</td><td>[HE]</td></tr>
 *   <tr><td>public consultation events</td><td>9 a year</td><td>[KPI]</td></tr>
 *   <tr><td>health talks</td><td>centre 1 a month (12 a year), station 1 every 2 months (6 a year)</td>
 *       <td>[HE, KPI]</td></tr>
 * </table>
 *
 * <p>Rules: {@code educationMinimums.negative} (any count below zero), {@code
 * educationMinimums.months} (an interval of 1–12 months).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEducationMinimums.class)
@JsonDeserialize(as = ImmutableEducationMinimums.class)
public abstract class EducationMinimums {
  EducationMinimums() {}

  /** @return kinds of printed material a year */
  public abstract int printKinds();

  /** @return kinds of audio-video a year */
  public abstract int audioVideoKinds();

  /** @return bulletin boards of a centre */
  public abstract int centreBoards();

  /** @return bulletin boards of a station */
  public abstract int stationBoards();

  /** @return the longest interval between two updates of a board, in months */
  public abstract int boardUpdateMonths();

  /** @return public consultation events a year */
  public abstract int consultations();

  /** @return a centre's talks: at least one in every window of this many months */
  public abstract int centreLectureMonths();

  /** @return a station's talks: at least one in every window of this many months */
  public abstract int stationLectureMonths();

  /**
   * Returns the spec's minimums (see the table).
   *
   * @return the minimums
   */
  public static EducationMinimums spec2017() {
    return builder().printKinds(12).audioVideoKinds(6).centreBoards(2).stationBoards(1).boardUpdateMonths(2)
        .consultations(9).centreLectureMonths(1).stationLectureMonths(2).build();
  }

  /**
   * Returns a builder, for a host's own minimums.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EducationMinimums}. */
  public static final class Builder extends ImmutableEducationMinimums.Builder {
    Builder() {}
  }

  /**
   * Returns the boards an institution of a level needs.
   *
   * @param level the level
   * @return the boards
   */
  public int boards(InstitutionLevel level) {
    return level == InstitutionLevel.CENTRE ? centreBoards() : stationBoards();
  }

  /**
   * Returns the lecture window of a level, in months.
   *
   * @param level the level
   * @return the months
   */
  public int lectureMonths(InstitutionLevel level) {
    return level == InstitutionLevel.CENTRE ? centreLectureMonths() : stationLectureMonths();
  }

  /**
   * Returns the talks a year an institution of a level needs: one per window.
   *
   * @param level the level
   * @return 12 ÷ window, rounded up
   */
  public int lectures(InstitutionLevel level) {
    int months = lectureMonths(level);
    return (12 + months - 1) / months;
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    for (int n : new int[] {printKinds(), audioVideoKinds(), centreBoards(), stationBoards(), consultations()}) {
      v.require(n >= 0, "minimums", "educationMinimums.negative");
    }
    for (int m : new int[] {boardUpdateMonths(), centreLectureMonths(), stationLectureMonths()}) {
      v.require(m >= 1 && m <= 12, "minimums", "educationMinimums.months");
    }
    v.throwIfAny();
  }
}
