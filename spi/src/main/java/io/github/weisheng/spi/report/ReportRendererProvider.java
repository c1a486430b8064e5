package io.github.weisheng.spi.report;

/**
 * A light factory of a {@link ReportRenderer} that {@link java.util.ServiceLoader} finds: a public
 * no-argument constructor that does no I/O. Declare it in both {@code module-info} ({@code provides})
 * and {@code META-INF/services}.
 *
 * @since 0.1.0
 */
public interface ReportRendererProvider {

  /**
   * Returns the provider's unique id: the {@linkplain ReportRenderer#formatId() format id} of the
   * renderer it creates.
   *
   * @return the id
   */
  String id();

  /**
   * Creates the renderer.
   *
   * @return the renderer
   */
  ReportRenderer create();
}
