/**
 * The Weisheng quickstart: a synthetic community recorded through the public API into the embedded
 * H2 file store, and the work-summary files it writes ({@link
 * io.github.weisheng.examples.quickstart.SummaryFiles}, shared with the {@code weisheng} tool).
 */
module io.github.weisheng.examples.quickstart {
  requires transitive io.github.weisheng.reporting;
  requires io.github.weisheng.reporting.office;
  requires info.picocli;
  requires com.h2database;
  requires java.sql;

  exports io.github.weisheng.examples.quickstart;

  opens io.github.weisheng.examples.quickstart to info.picocli;
}
