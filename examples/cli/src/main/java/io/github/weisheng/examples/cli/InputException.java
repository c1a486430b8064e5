package io.github.weisheng.examples.cli;

/**
 * An input file could not be read or does not have the documented shape. The message names the
 * file, the place (line, column, field) and what is wrong, never a value read from the file.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String english;
  private final String chinese;

  InputException(String chinese, String english) {
    super(english);
    this.chinese = chinese;
    this.english = english;
  }

  String message(Lang lang) {
    return lang.pick(chinese, english);
  }
}
