package io.github.weisheng.spi.report;

/**
 * A run of a paragraph: plain {@link Text} or an inline {@link Figure} (a number a reader or a test
 * can find again in any rendering).
 *
 * @since 0.1.0
 */
public sealed interface Inline permits Text, Figure {

  /**
   * Returns the run as a reader sees it.
   *
   * @return the displayed text
   */
  String display();
}
