package io.github.weisheng.spi.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link ReportDocument} in one format. A renderer is stateless and safe to share between
 * threads; it writes the whole document to the stream it is given and does not close it. The same
 * document renders to the same bytes every time (no clock, no random ids), so outputs can be
 * compared and archived. A key figure may be without a value ({@link Figure#hasValue()} false): the
 * renderer shows its label reading {@value Figure#NO_VALUE} (and "no data" where the format has room),
 * never 0 and never left out; see {@link Figure}.
 *
 * @since 0.1.0
 */
public interface ReportRenderer {

  /**
   * Returns the format's unique id, by which a host selects it, for example {@code html}.
   *
   * @return a short lower-case name
   */
  String formatId();

  /**
   * Returns the IANA media type of the output, for example {@code text/html; charset=UTF-8}.
   *
   * @return the media type
   */
  String mediaType();

  /**
   * Returns the usual file extension, without the dot, for example {@code html}.
   *
   * @return the extension
   */
  String fileExtension();

  /**
   * Writes the document.
   *
   * @param document the document
   * @param out where to write; left open
   * @throws IOException when the stream fails
   */
  void render(ReportDocument document, OutputStream out) throws IOException;
}
