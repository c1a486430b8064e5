package io.github.weisheng.validation;

import java.util.Locale;

/**
 * The base of Weisheng's own unchecked exceptions. {@link #getMessage()} gives English and Chinese;
 * {@link #getMessage(Locale)} one of them. No message ever contains personal data.
 *
 * @since 0.1.0
 */
public abstract class WeishengException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param cause the underlying failure, or null
   */
  protected WeishengException(@org.jspecify.annotations.Nullable Throwable cause) {
    super(null, cause);
  }

  /**
   * Returns the message in one language: Chinese for a {@code zh} locale, English otherwise.
   *
   * @param locale the reader's locale
   * @return the message
   */
  public abstract String getMessage(Locale locale);

  /** Returns the English message, then the Chinese one. */
  @Override
  public String getMessage() {
    return getMessage(Locale.ENGLISH) + " / " + getMessage(Locale.CHINESE);
  }
}
