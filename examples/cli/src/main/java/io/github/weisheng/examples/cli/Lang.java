package io.github.weisheng.examples.cli;

import java.util.Locale;

/** The language of the human-readable output: 中文 (default) or English. */
enum Lang {
  zh(Locale.SIMPLIFIED_CHINESE),
  en(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }

  /** Picks the text of this language. */
  String pick(String chinese, String english) {
    return this == zh ? chinese : english;
  }
}
