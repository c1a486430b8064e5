package io.github.weisheng.spi.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A paragraph: text runs with inline figures. Inline figures always have a value: a figure without
 * one ({@link Figure#noValue}) is a key figure only, and prose says "no data" in its own words (for
 * example {@code 规则服药率—（无数据）} as text).
 *
 * @param content the runs, in order
 * @since 0.1.0
 */
public record Paragraph(List<Inline> content) implements Block {

  /** Checks and copies the runs; refuses a figure without a value. */
  public Paragraph {
    content = Texts.copy(content, "paragraph.content");
    for (Inline run : content) {
      if (run instanceof Figure figure && !figure.hasValue()) {
        throw new IllegalArgumentException("paragraph.content must not hold a figure without a value"
            + " / 段落中的数字必须有值（无数据请用文字）");
      }
    }
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
