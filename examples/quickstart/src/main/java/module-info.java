/**
 * The Weisheng quickstart: a synthetic community recorded through the public API into the embedded
 * H2 file store, the work-summary files it writes ({@link
 * io.github.weisheng.examples.quickstart.SummaryFiles}) and the progress bar of its long steps
 * ({@link io.github.weisheng.examples.quickstart.ConsoleProgress}), both shared with the {@code
 * weisheng} tool.
 */
module io.github.weisheng.examples.quickstart {
  requires transitive io.github.weisheng.reporting;
  requires io.github.weisheng.reporting.office;
  requires info.picocli;
  // ConsoleProgress draws the progress bars with it
  requires me.tongfei.progressbar;
  requires com.h2database;
  requires java.sql;

  exports io.github.weisheng.examples.quickstart;

  opens io.github.weisheng.examples.quickstart to info.picocli;
}
