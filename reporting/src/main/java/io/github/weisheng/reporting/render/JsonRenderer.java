package io.github.weisheng.reporting.render;

import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.ReportRenderer;
import io.github.weisheng.spi.report.ReportRendererProvider;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a report as JSON (see {@link ReportJson} for the shape), for hosts that store reports or
 * hand them to their own front end.
 *
 * @since 0.1.0
 */
public final class JsonRenderer implements ReportRenderer, ReportRendererProvider {

  /** The format id. */
  public static final String FORMAT = "json";

  /** Creates the renderer. */
  public JsonRenderer() {}

  @Override
  public String formatId() {
    return FORMAT;
  }

  /** Returns the format id: the renderer is its own light factory for {@code ServiceLoader}. */
  @Override
  public String id() {
    return FORMAT;
  }

  /** Returns this renderer, which is stateless. */
  @Override
  public ReportRenderer create() {
    return this;
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public String fileExtension() {
    return "json";
  }

  @Override
  public void render(ReportDocument document, OutputStream out) throws IOException {
    ReportJson.write(document, out);
  }
}
