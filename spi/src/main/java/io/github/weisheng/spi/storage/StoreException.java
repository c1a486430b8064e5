package io.github.weisheng.spi.storage;

/**
 * A record store could not do what was asked (I/O failure, corrupt data, closed store). The message
 * names records by kind and id only, never by content.
 *
 * @since 0.1.0
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   */
  public StoreException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the underlying failure
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
