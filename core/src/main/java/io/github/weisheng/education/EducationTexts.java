package io.github.weisheng.education;

import io.github.weisheng.internal.Violations;

/** The one rule of free text in the education records: 1–200 characters, not blank. */
final class EducationTexts {
  /** The longest text. */
  static final int MAX = 200;

  private EducationTexts() {}

  /** Records {@code education.text} under the field when the text is blank or too long. */
  static void check(Violations v, String field, String text) {
    v.require(!text.isBlank() && text.length() <= MAX, field, "education.text", MAX);
  }
}
