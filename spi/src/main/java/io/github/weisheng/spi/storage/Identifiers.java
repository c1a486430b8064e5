package io.github.weisheng.spi.storage;

import java.util.Objects;
import java.util.regex.Pattern;

/** Shape checks shared by the storage value types; messages name the field, never the value. */
final class Identifiers {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9.-]{0,62}");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private Identifiers() {}

  static String name(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must match [a-z][a-z0-9.-]{0,62} / " + field + " 须为小写字母开头的短名称");
    }
    return value;
  }

  static String token(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!TOKEN.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must be 1-128 characters of [A-Za-z0-9._:-] / " + field + " 须为 1-128 个字母、数字或 ._:- 字符");
    }
    return value;
  }
}
