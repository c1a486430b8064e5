package io.github.weisheng.org;

/** Shape checks shared by the division codes: ASCII digits only, never locale digits. */
final class Digits {
  private Digits() {}

  /**
   * Tells whether the text is exactly {@code length} ASCII digits ({@code 0}–{@code 9}); full-width
   * and other Unicode digits do not count.
   */
  static boolean isDigits(CharSequence text, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Returns a number as zero-padded decimal digits. */
  static String pad(int number, int width) {
    String digits = Integer.toString(number);
    return "0".repeat(width - digits.length()) + digits;
  }
}
