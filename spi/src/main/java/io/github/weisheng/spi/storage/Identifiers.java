package io.github.weisheng.spi.storage;

import java.util.Objects;

/**
 * Shape checks shared by the storage value types; messages name the field, never the value. Every
 * record a store returns passes through them (its key, scope and index entries), so they are plain
 * character tests rather than regular expressions, which cost several times as much per record.
 */
final class Identifiers {
  private static final int NAME_MAX = 63;
  private static final int TOKEN_MAX = 128;

  private Identifiers() {}

  /** A name: {@code [a-z][a-z0-9.-]{0,62}}. */
  static String name(String value, String field) {
    Objects.requireNonNull(value, field);
    int n = value.length();
    boolean ok = n >= 1 && n <= NAME_MAX && isLower(value.charAt(0));
    for (int i = 1; ok && i < n; i++) {
      char c = value.charAt(i);
      ok = isLower(c) || isDigit(c) || c == '.' || c == '-';
    }
    if (!ok) {
      throw new IllegalArgumentException(
          field + " must match [a-z][a-z0-9.-]{0,62} / " + field + " 须为小写字母开头的短名称");
    }
    return value;
  }

  /** A token: {@code [A-Za-z0-9._:-]{1,128}}. */
  static String token(String value, String field) {
    Objects.requireNonNull(value, field);
    int n = value.length();
    boolean ok = n >= 1 && n <= TOKEN_MAX;
    for (int i = 0; ok && i < n; i++) {
      char c = value.charAt(i);
      ok = isLower(c) || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '.' || c == '_' || c == ':' || c == '-';
    }
    if (!ok) {
      throw new IllegalArgumentException(
          field + " must be 1-128 characters of [A-Za-z0-9._:-] / " + field + " 须为 1-128 个字母、数字或 ._:- 字符");
    }
    return value;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
