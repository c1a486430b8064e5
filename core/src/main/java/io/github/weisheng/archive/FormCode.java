package io.github.weisheng.archive;

import io.github.weisheng.validation.RuleViolationException;

/**
 * A value of one of the coded fields of the personal basic-information form (个人基本信息表): the
 * number printed beside the option on the paper form and its Chinese label.
 *
 * @since 0.1.0
 */
public interface FormCode {

  /** @return the code printed on the form */
  int code();

  /** @return the Chinese label printed on the form */
  String chineseName();

  /**
   * Returns the constant of {@code type} with a form code.
   *
   * @param type the coded field's enum
   * @param code the code
   * @param <E> the enum
   * @return the constant
   * @throws RuleViolationException {@code form.code} when no constant has that code
   */
  static <E extends Enum<E> & FormCode> E fromCode(Class<E> type, int code) {
    for (E constant : type.getEnumConstants()) {
      if (constant.code() == code) {
        return constant;
      }
    }
    throw RuleViolationException.of(
        "form." + Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1),
        "form.code");
  }
}
