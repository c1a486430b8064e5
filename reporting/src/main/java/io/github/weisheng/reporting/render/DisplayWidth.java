package io.github.weisheng.reporting.render;

/**
 * The width of a text as a reader sees it, in columns of a fixed-width font (显示宽度): East Asian
 * wide and full-width characters (汉字, kana, hangul, CJK punctuation, full-width forms) take two
 * columns, every other character one. Renderers use it to align plain-text tables, size chart
 * legends and widen spreadsheet columns.
 *
 * @since 0.1.0
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  /**
   * Returns the columns a text takes.
   *
   * @param text the text
   * @return its width in columns, for example 6 for {@code 高血压} and 3 for {@code 709}
   */
  public static int of(String text) {
    return text.codePoints().map(DisplayWidth::columns).sum();
  }

  private static int columns(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    boolean wide = script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || (codePoint >= 0x3000 && codePoint <= 0x303F)
        || (codePoint >= 0xFF01 && codePoint <= 0xFF60)
        || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6);
    return wide ? 2 : 1;
  }
}
