/**
 * Weisheng plug-in samples: how a vendor writes its own report renderer (CSV) and its own access
 * policy (a host's staff directory and rules), and registers each both explicitly and through
 * {@link java.util.ServiceLoader}. Not published; read it, copy it.
 *
 * @since 0.1.0
 */
module io.github.weisheng.examples.plugins {
  // core for the SPI and the built-in policy the host policy decorates; reporting for ReportRenderers,
  // the registry a host adds the CSV renderer to (its README's example)
  requires transitive io.github.weisheng.reporting;
  requires transitive org.apache.commons.csv;

  exports io.github.weisheng.examples.plugins.csv;
  exports io.github.weisheng.examples.plugins.access;

  provides io.github.weisheng.spi.report.ReportRendererProvider with
      io.github.weisheng.examples.plugins.csv.CsvRendererProvider;
  provides io.github.weisheng.spi.access.AccessPolicyProvider with
      io.github.weisheng.examples.plugins.access.HostAccessPolicyProvider;
}
