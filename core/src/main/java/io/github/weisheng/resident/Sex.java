package io.github.weisheng.resident;

import io.github.weisheng.validation.RuleViolationException;

/**
 * Sex (性别) coded per GB/T 2261.1-2003 <i>个人基本信息分类与代码 第1部分：人的性别代码</i>: four values,
 * the same set as ISO/IEC 5218.
 *
 * <p>Source: the health archive's 个人基本信息表 uses the national four-value set 未知/男/女/未说明
 * (shared/domain/archives-chronic-populations.md §1.2, [C]); the numeric codes 0/1/2/9 are tagged [U]
 * there and confirmed by the code table restated at https://wener.me/notes/service/cn/gb/gbt-2261.
 * The standard's table names the values 男性 and 女性; {@link #chineseName()} gives the short form
 * 男 / 女 printed on the archive forms. JSON form: the constant name ({@code "FEMALE"}).
 *
 * @since 0.1.0
 */
public enum Sex {
  /** 未知的性别, code 0: the sex is not known. */
  UNKNOWN(0, "未知的性别"),
  /** 男, code 1. */
  MALE(1, "男"),
  /** 女, code 2. */
  FEMALE(2, "女"),
  /** 未说明的性别, code 9: the sex is known but not stated. */
  UNSTATED(9, "未说明的性别");

  private final int code;
  private final String chineseName;

  Sex(int code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  /**
   * Returns the GB/T 2261.1 code.
   *
   * @return 0, 1, 2 or 9
   */
  public int code() {
    return code;
  }

  /**
   * Returns the Chinese name as printed on the archive forms.
   *
   * @return for example {@code 女}
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Returns the value with a GB/T 2261.1 code.
   *
   * @param code 0, 1, 2 or 9
   * @return the value
   * @throws RuleViolationException field {@code sex}, rule {@code sex.code}, for any other code
   */
  public static Sex fromCode(int code) {
    for (Sex sex : values()) {
      if (sex.code == code) {
        return sex;
      }
    }
    throw RuleViolationException.of("sex", "sex.code");
  }
}
