package io.github.weisheng.examples.plugins.csv;

import io.github.weisheng.spi.report.ReportRenderer;
import io.github.weisheng.spi.report.ReportRendererProvider;

/**
 * The light factory that {@link java.util.ServiceLoader} finds for the {@link CsvRenderer} (CSV
 * 报告渲染器): a public no-argument constructor that does nothing, an id equal to the format id, and
 * {@link #create()} returning the renderer for spreadsheets ({@link CsvRenderer#create()}).
 *
 * @since 0.1.0
 */
public final class CsvRendererProvider implements ReportRendererProvider {

  /** Creates the factory; does nothing else (no I/O). */
  public CsvRendererProvider() {}

  /** Returns {@code csv}. */
  @Override
  public String id() {
    return CsvRenderer.FORMAT_ID;
  }

  @Override
  public ReportRenderer create() {
    return CsvRenderer.create();
  }
}
