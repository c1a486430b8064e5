package io.github.weisheng.examples.quickstart;

import java.io.Console;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Objects;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * The progress bar (进度条) of the examples' long steps — the quickstart's recording steps and
 * {@code weisheng import} — drawn by the {@code me.tongfei:progressbar} library.
 *
 * <p>On a terminal ({@link #live(Appendable)}) the bar is redrawn in place on one line and cleared
 * when its step ends, so the step's own summary line takes its place. Without one ({@link
 * #quiet()}: output to a file or a pipe, as in CI) nothing is drawn: the output holds only the
 * steps' plain lines, without control characters. The bar has a fixed width of {@value #WIDTH}
 * columns, so the library never asks JLine (its terminal dependency) to open the terminal.
 */
public final class ConsoleProgress {
  /** The width of a drawn bar, in terminal columns (one less than the classic 80). */
  public static final int WIDTH = 79;

  /** How often a live bar is redrawn, in milliseconds. */
  static final int REDRAW_MILLIS = 200;

  /** What blanks a drawn bar's line and returns to its start. */
  private static final String CLEAR = "\r" + " ".repeat(WIDTH) + "\r";

  /** Where live bars are drawn; null when nothing is drawn. */
  private final @Nullable Appendable out;

  private ConsoleProgress(@Nullable Appendable out) {
    this.out = out;
  }

  /**
   * Bars drawn live on a terminal: each redraw returns to the start of the line ({@code \r}), and
   * the line is blanked when the bar closes.
   *
   * @param out where the bars are drawn (flushed after each redraw when it is {@link Flushable})
   * @return the live progress
   */
  public static ConsoleProgress live(Appendable out) {
    return new ConsoleProgress(Objects.requireNonNull(out, "out"));
  }

  /**
   * Bars that draw nothing: the steps still run through a bar, and the output holds only their
   * plain lines.
   *
   * @return the quiet progress
   */
  public static ConsoleProgress quiet() {
    return new ConsoleProgress(null);
  }

  /**
   * Live bars on {@code out} when the program runs on a terminal ({@link #onTerminal()}), else quiet.
   *
   * @param out where the bars are drawn on a terminal
   * @return the progress for this process's console
   */
  public static ConsoleProgress forConsole(Appendable out) {
    Objects.requireNonNull(out, "out");
    return onTerminal() ? live(out) : quiet();
  }

  /**
   * Whether this process runs on a terminal: {@link System#console()} exists and (from Java 22,
   * where it may exist for redirected output too) {@code Console.isTerminal()} says so.
   *
   * @return true on an interactive terminal, false when the output goes to a file or a pipe
   */
  public static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // before Java 22 a console exists only on a terminal
    } catch (IllegalAccessException | InvocationTargetException e) {
      return false;
    }
  }

  /** @return whether the bars are drawn */
  public boolean isLive() {
    return out != null;
  }

  /**
   * Starts the bar of a step; close it (try-with-resources) before printing the step's line.
   *
   * @param task the step's name, shown at the left of the bar
   * @param total how many units the step has
   * @return the running bar
   */
  public Bar start(String task, long total) {
    Objects.requireNonNull(task, "task");
    Appendable target = out;
    ProgressBarConsumer consumer = target == null
        ? new DelegatingProgressBarConsumer(rendered -> { }, WIDTH)
        : new DelegatingProgressBarConsumer(rendered -> draw(target, "\r" + rendered), WIDTH);
    ProgressBarBuilder builder = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(Math.max(1, total))
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(REDRAW_MILLIS)
        .setConsumer(consumer);
    if (target != null) {
      builder.continuousUpdate();
    }
    return new Bar(builder.build(), target);
  }

  /**
   * The running bar of one step: the library's {@link ProgressBar}, which redraws it on its own
   * thread, and the line it is drawn on blanked when it closes.
   */
  public static final class Bar implements AutoCloseable {
    private final ProgressBar bar;
    private final @Nullable Appendable out;

    private Bar(ProgressBar bar, @Nullable Appendable out) {
      this.bar = bar;
      this.out = out;
    }

    /** One more unit of the step is done. */
    public void step() {
      bar.step();
    }

    /**
     * So many units of the step are done.
     *
     * @param done the units done so far
     */
    public void stepTo(long done) {
      bar.stepTo(done);
    }

    /** @return the units done so far */
    public long done() {
      return bar.getCurrent();
    }

    /**
     * Ends the bar: its last state is drawn, then its line blanked (the library's own
     * {@code clearDisplayOnFinish} is skipped when a bar closes before its first redraw).
     */
    @Override
    public void close() {
      bar.close();
      if (out != null) {
        draw(out, CLEAR);
      }
    }
  }

  private static void draw(Appendable out, String text) {
    try {
      out.append(text);
      if (out instanceof Flushable flushable) {
        flushable.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
