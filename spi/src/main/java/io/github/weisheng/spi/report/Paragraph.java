package io.github.weisheng.spi.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A paragraph: text runs with inline figures.
 *
 * @param content the runs, in order
 * @since 0.1.0
 */
public record Paragraph(List<Inline> content) implements Block {

  /** Checks and copies the runs. */
  public Paragraph {
    content = Texts.copy(content, "paragraph.content");
  }

  /**
   * Returns a paragraph.
   *
   * @param content the runs
   * @return the paragraph
   */
  public static Paragraph of(Inline... content) {
    return new Paragraph(List.of(content));
  }

  /**
   * Returns a paragraph of plain text.
   *
   * @param text the text
   * @return the paragraph
   */
  public static Paragraph text(String text) {
    return of(Text.of(text));
  }

  /**
   * Returns the paragraph as a reader sees it, runs joined.
   *
   * @return the text
   */
  public String display() {
    return content.stream().map(Inline::display).collect(Collectors.joining());
  }
}
