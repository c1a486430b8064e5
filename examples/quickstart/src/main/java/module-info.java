/**
 * The Weisheng quickstart: a synthetic community recorded through the public API into the embedded
 * H2 file store.
 */
module io.github.weisheng.examples.quickstart {
  requires io.github.weisheng.reporting;
  requires io.github.weisheng.reporting.office;
  requires info.picocli;

  opens io.github.weisheng.examples.quickstart to info.picocli;
}
