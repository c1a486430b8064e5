package io.github.weisheng.education;

import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.validation.RuleText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ShortfallTest {

  @Test
  void everyShortfallReadsInBothLanguagesWithItsFigures() {
    for (String rule : List.of(Shortfall.PRINT_KINDS, Shortfall.AUDIO_VIDEO_KINDS, Shortfall.BOARDS,
        Shortfall.BOARD_UPDATE_GAP, Shortfall.CONSULTATIONS, Shortfall.LECTURES, Shortfall.LECTURE_GAP)) {
      assertThat(RuleText.exists(rule)).as(rule).isTrue();
      Shortfall s = Shortfall.of(rule, "X1", "X2", "X3", "X4");
      assertThat(s.message(Locale.ENGLISH)).contains("X1", "X2").doesNotContain("{");
      assertThat(s.message(Locale.CHINESE)).contains("X1", "X2").doesNotContain("{");
    }
    Shortfall s = Shortfall.of(Shortfall.CONSULTATIONS, 9, 8);
    assertThat(s.arguments()).containsExactly("9", "8");
    assertThat(s.message(Locale.ENGLISH)).isEqualTo("public consultation events: 8 in the year, the spec asks for at least 9");
    assertThat(roundTrip(s, Shortfall.class)).isEqualTo(s);
  }
}
