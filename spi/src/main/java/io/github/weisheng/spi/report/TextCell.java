package io.github.weisheng.spi.report;

/**
 * A cell of text (a name, a period, a reason).
 *
 * @param text the text, may be empty
 * @since 0.1.0
 */
public record TextCell(String text) implements Cell {

  /** Checks the text is present. */
  public TextCell {
    Texts.optional(text, "cell.text");
  }

  @Override
  public String display() {
    return text;
  }
}
