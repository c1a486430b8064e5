package io.github.weisheng.reporting.render;

import io.github.weisheng.spi.report.ReportDocument;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a report as JSON (see {@link ReportJson} for the shape), for hosts that store reports or
 * hand them to their own front end.
 *
 * @since 0.1.0
 */
public final class JsonRenderer extends FormatRenderer {

  /** The format id. */
  public static final String FORMAT = "json";

  /** Creates the renderer. */
  public JsonRenderer() {
    super(FORMAT, "application/json", "json");
  }

  @Override
  public void render(ReportDocument document, OutputStream out) throws IOException {
    ReportJson.write(document, out);
  }
}
