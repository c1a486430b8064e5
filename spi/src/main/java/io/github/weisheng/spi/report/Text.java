package io.github.weisheng.spi.report;

/**
 * Plain text inside a paragraph.
 *
 * @param text the text, shown as it is (renderers escape it for their format)
 * @since 0.1.0
 */
public record Text(String text) implements Inline {

  /** Checks the text is present (it may be empty). */
  public Text {
    Texts.optional(text, "text");
  }

  /**
   * Returns a text run.
   *
   * @param text the text
   * @return the run
   */
  public static Text of(String text) {
    return new Text(text);
  }

  @Override
  public String display() {
    return text;
  }
}
