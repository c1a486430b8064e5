package io.github.weisheng.education;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.validation.RuleText;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One shortfall of a year's health education against the minimums (未达标项), named by its rule
 * with the required and found figures as arguments, readable in English or Chinese:
 *
 * <ul>
 *   <li>{@value #PRINT_KINDS}: kinds of printed material (required, found);
 *   <li>{@value #AUDIO_VIDEO_KINDS}: kinds of audio-video (required, found);
 *   <li>{@value #BOARDS}: bulletin boards updated in the year (required, found);
 *   <li>{@value #BOARD_UPDATE_GAP}: a board without an update for longer than allowed (board, from,
 *       to, months);
 *   <li>{@value #CONSULTATIONS}: public consultation events (required, found);
 *   <li>{@value #LECTURES}: health talks (required, found);
 *   <li>{@value #LECTURE_GAP}: a window without a talk (first month, last month).
 * </ul>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableShortfall.class)
@JsonDeserialize(as = ImmutableShortfall.class)
public abstract class Shortfall {
  /** Too few kinds of printed material. */
  public static final String PRINT_KINDS = "education.shortfall.printKinds";
  /** Too few kinds of audio-video. */
  public static final String AUDIO_VIDEO_KINDS = "education.shortfall.audioVideoKinds";
  /** Too few bulletin boards. */
  public static final String BOARDS = "education.shortfall.boards";
  /** A board not updated often enough. */
  public static final String BOARD_UPDATE_GAP = "education.shortfall.boardUpdateGap";
  /** Too few public consultation events. */
  public static final String CONSULTATIONS = "education.shortfall.consultations";
  /** Too few health talks. */
  public static final String LECTURES = "education.shortfall.lectures";
  /** A window of months without a health talk. */
  public static final String LECTURE_GAP = "education.shortfall.lectureGap";

  Shortfall() {}

  /** @return the rule id */
  @Value.Parameter
  public abstract String rule();

  /** @return the arguments (figures, months, the board's label), never personal data */
  @Value.Parameter
  public abstract List<String> arguments();

  /**
   * Returns a shortfall.
   *
   * @param rule the rule id
   * @param arguments its arguments
   * @return the shortfall
   */
  public static Shortfall of(String rule, Object... arguments) {
    return ImmutableShortfall.of(rule, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
  }

  /**
   * Returns the shortfall's text.
   *
   * @param locale English or Chinese
   * @return the text
   */
  public String message(Locale locale) {
    return RuleText.format(rule(), arguments(), locale);
  }
}
