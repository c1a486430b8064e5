package io.github.weisheng.examples.cli;

import java.io.PrintWriter;

/** A one-line progress bar on stderr for long imports: {@code 导入 [#####.....] 52%}. */
final class Progress {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final long total;
  private int shownPercent = -1;

  Progress(PrintWriter err, String label, long total) {
    this.err = err;
    this.label = label;
    this.total = Math.max(1, total);
  }

  void update(long done) {
    int percent = (int) (done * 100 / total);
    if (percent != shownPercent) {
      shownPercent = percent;
      int filled = percent * WIDTH / 100;
      err.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
          + String.format("%3d%%", percent) + " " + done + "/" + total);
      err.flush();
    }
  }

  void done() {
    update(total);
    err.println();
    err.flush();
  }
}
