package io.github.weisheng.spi.report;

import java.util.List;
import java.util.Objects;

/** Shape checks shared by the report value types; messages name the field, never the value. */
final class Texts {
  private Texts() {}

  /** A text that must have something visible in it. */
  static String required(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank / " + field + " 不能为空白");
    }
    return value;
  }

  /** A text that may be empty but never null. */
  static String optional(String value, String field) {
    return Objects.requireNonNull(value, field);
  }

  /** An immutable copy of a list with no null element. */
  static <T> List<T> copy(List<T> values, String field) {
    Objects.requireNonNull(values, field);
    for (T value : values) {
      Objects.requireNonNull(value, field + " element");
    }
    return List.copyOf(values);
  }
}
