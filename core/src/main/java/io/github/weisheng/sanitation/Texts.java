package io.github.weisheng.sanitation;

import io.github.weisheng.internal.Violations;

/** The one rule of free text in the sanitation and education records: 1–200 characters, not blank. */
final class Texts {
  /** The longest text. */
  static final int MAX = 200;

  private Texts() {}

  /** Records {@code sanitation.text} under the field when the text is blank or too long. */
  static void check(Violations v, String field, String text) {
    v.require(!text.isBlank() && text.length() <= MAX, field, "sanitation.text", MAX);
  }
}
