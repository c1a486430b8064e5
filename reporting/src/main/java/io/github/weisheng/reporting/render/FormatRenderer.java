package io.github.weisheng.reporting.render;

import io.github.weisheng.spi.report.ReportRenderer;
import io.github.weisheng.spi.report.ReportRendererProvider;
import java.util.Objects;

/**
 * The part every stateless renderer shares: its format id, media type and file extension, and being
 * its own light factory for {@link java.util.ServiceLoader} (its {@link #id()} is the format id, and
 * {@link #create()} returns itself). A renderer extends this and writes {@link #render}.
 *
 * @since 0.1.0
 */
public abstract class FormatRenderer implements ReportRenderer, ReportRendererProvider {
  private final String format;
  private final String mediaType;
  private final String extension;

  /**
   * Names the format.
   *
   * @param format the format id, for example {@code html}
   * @param mediaType the IANA media type, for example {@code text/html; charset=UTF-8}
   * @param extension the file extension without the dot
   */
  protected FormatRenderer(String format, String mediaType, String extension) {
    this.format = Objects.requireNonNull(format, "format");
    this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    this.extension = Objects.requireNonNull(extension, "extension");
  }

  @Override
  public final String formatId() {
    return format;
  }

  @Override
  public final String mediaType() {
    return mediaType;
  }

  @Override
  public final String fileExtension() {
    return extension;
  }

  /** Returns the format id. */
  @Override
  public final String id() {
    return format;
  }

  /** Returns this renderer, which is stateless. */
  @Override
  public final ReportRenderer create() {
    return this;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + format + "]";
  }
}
