package io.github.weisheng.examples.quickstart;

import java.io.PrintStream;

/** A one-line console progress bar for the long steps: {@code Opening archives [#####.....] 52%}. */
final class Progress {
  private static final int WIDTH = 30;

  private final PrintStream out;
  private final String label;
  private final long total;
  private int shownPercent = -1;

  Progress(PrintStream out, String label, long total) {
    this.out = out;
    this.label = label;
    this.total = Math.max(1, total);
  }

  void update(long done) {
    int percent = (int) (done * 100 / total);
    if (percent != shownPercent) {
      shownPercent = percent;
      int filled = percent * WIDTH / 100;
      out.print("\r" + String.format("%-22s", label) + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
          + String.format("%3d%%", percent));
      out.flush();
    }
  }

  void done(String detail) {
    update(total);
    out.println("  " + detail);
  }
}
