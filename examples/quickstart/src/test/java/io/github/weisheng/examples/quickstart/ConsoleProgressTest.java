package io.github.weisheng.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples' progress bar: drawn in place on a terminal and cleared at the end, nothing at all
 * without one; the drawing goes to whatever stream it is given (here a string or a byte buffer).
 */
class ConsoleProgressTest {
  private static final String CLEARED = "\r" + " ".repeat(ConsoleProgress.WIDTH) + "\r";

  /** Runs a step of {@code total} units through a bar of {@code progress}. */
  private static void step(ConsoleProgress progress, String task, int total) {
    try (ConsoleProgress.Bar bar = progress.start(task, total)) {
      for (int i = 0; i < total; i++) {
        bar.step();
      }
    }
  }

  /** The frames drawn before the bar was cleared: what each {@code \r} starts. */
  private static List<String> frames(String drawn) {
    assertThat(drawn).startsWith("\r").endsWith(CLEARED);
    String before = drawn.substring(0, drawn.length() - CLEARED.length());
    return Arrays.stream(before.split("\r")).filter(frame -> !frame.isEmpty()).toList();
  }

  @Test
  void aLiveBarIsRedrawnInPlaceAndClearedWhenItsStepEnds() {
    StringBuilder drawn = new StringBuilder();
    ConsoleProgress progress = ConsoleProgress.live(drawn);
    assertThat(progress.isLive()).isTrue();

    step(progress, "Opening archives", 40);

    List<String> frames = frames(drawn.toString());
    assertThat(frames).isNotEmpty().allSatisfy(frame -> {
      assertThat(frame).startsWith("Opening archives").doesNotContain("\n", "\u001b");
      assertThat(frame.length()).isLessThanOrEqualTo(ConsoleProgress.WIDTH);
    });
    // the library's ASCII bar, full at the end, with the count
    assertThat(frames.get(frames.size() - 1)).contains("100% [", "=]", "40/40");
  }

  @Test
  void aLiveBarDrawsOnAPrintStreamAndEachStepGetsItsOwnBar() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsoleProgress progress = ConsoleProgress.live(new PrintStream(bytes, false, StandardCharsets.UTF_8));

    step(progress, "导入", 3);
    String first = bytes.toString(StandardCharsets.UTF_8);
    step(progress, "Consultations", 5);
    String both = bytes.toString(StandardCharsets.UTF_8);

    assertThat(frames(first)).last().asString().startsWith("导入 100%").contains("3/3");
    assertThat(frames(both.substring(first.length()))).last().asString().startsWith("Consultations 100%")
        .contains("5/5");
  }

  @Test
  void aStepWithNothingToDoStillEndsItsBar() {
    StringBuilder drawn = new StringBuilder();
    step(ConsoleProgress.live(drawn), "Elderly health checks", 0);
    assertThat(frames(drawn.toString())).allSatisfy(frame -> assertThat(frame).startsWith("Elderly health checks"));
  }

  @Test
  void aQuietBarDrawsNothing() {
    ConsoleProgress quiet = ConsoleProgress.quiet();
    assertThat(quiet.isLive()).isFalse();
    try (ConsoleProgress.Bar bar = quiet.start("Opening archives", 10)) {
      bar.stepTo(10);
      assertThat(bar.done()).isEqualTo(10);
    }
  }

  @Test
  void withoutATerminalNothingIsDrawn() {
    // the test runner's output is a pipe, as CI's is: no console, so no bar
    assertThat(ConsoleProgress.onTerminal()).isFalse();
    StringBuilder drawn = new StringBuilder();
    ConsoleProgress progress = ConsoleProgress.forConsole(drawn);
    assertThat(progress.isLive()).isFalse();
    step(progress, "Registering households", 25);
    assertThat(drawn).isEmpty();
  }

  @Test
  void nullsAreRefused() {
    assertThatNullPointerException().isThrownBy(() -> ConsoleProgress.live(null)).withMessage("out");
    assertThatNullPointerException().isThrownBy(() -> ConsoleProgress.forConsole(null)).withMessage("out");
    assertThatNullPointerException().isThrownBy(() -> ConsoleProgress.quiet().start(null, 1)).withMessage("task");
  }
}
