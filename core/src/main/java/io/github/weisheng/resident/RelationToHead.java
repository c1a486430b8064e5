package io.github.weisheng.resident;

import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;

/**
 * A member's relation to the head of the household (与户主关系), coded by GB/T 4761-2008 家庭关系代码
 * (family relationship codes), two-digit level.
 *
 * <p>Source [C]: the code table of GB/T 4761-2008 (replaces GB/T 4761-1984), as restated at
 * https://chaoshi.m.zjtcn.com/classifydetails/1490211.html and
 * http://m.bubsandbeans.com/paper/208963960.html; the standard's front matter and scope
 * (household registration among its uses) at https://siduwenku.com/98025. Restatements differ
 * only in punctuation of the group names (for example 孙子、孙女或外孙子、外孙女); the codes agree.
 * Only the group codes (x0) and the two catch-alls 97 and 99 are modelled; the finer codes
 * (11 夫, 21 独生子, 51 父亲 …) fold into their group.
 *
 * <p>The head's own entry is {@link #SELF}, code {@code 02} 户主: GB/T 4761 keeps {@code 01} 本人
 * for records kept about the person themself (personnel files) and {@code 02} for the head of a
 * household register, which is what a household here is.
 *
 * @since 0.1.0
 */
public enum RelationToHead {
  /** 户主, code 02: the head's own entry. */
  SELF("02", "户主"),
  /** 配偶, code 10. */
  SPOUSE("10", "配偶"),
  /** 子, code 20: a son (the group also holds sons-in-law, 28 女婿). */
  SON("20", "子"),
  /** 女, code 30: a daughter (the group also holds daughters-in-law, 38 儿媳). */
  DAUGHTER("30", "女"),
  /** 孙子、孙女或外孙子、外孙女, code 40: a grandchild. */
  GRANDCHILD("40", "孙子、孙女或外孙子、外孙女"),
  /** 父母, code 50: a parent (also parents-in-law, step- and adoptive parents). */
  PARENT("50", "父母"),
  /** 祖父母或外祖父母, code 60: a grandparent. */
  GRANDPARENT("60", "祖父母或外祖父母"),
  /** 兄、弟、姐、妹, code 70: a brother or sister. */
  SIBLING("70", "兄、弟、姐、妹"),
  /** 其他亲属, code 97: another relative (uncle, aunt, cousin, nephew …). */
  OTHER_RELATIVE("97", "其他亲属"),
  /** 非亲属, code 99: not a relative. */
  NON_RELATIVE("99", "非亲属");

  private final String code;
  private final String chineseName;

  RelationToHead(String code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  /**
   * Returns the relation with a GB/T 4761-2008 two-digit code.
   *
   * @param code one of the codes above, for example {@code 10}
   * @return the relation
   * @throws RuleViolationException {@code relationToHead.code} when the code is not one of them
   */
  public static RelationToHead ofCode(CharSequence code) {
    Objects.requireNonNull(code, "code");
    String text = code.toString();
    for (RelationToHead relation : values()) {
      if (relation.code.equals(text)) {
        return relation;
      }
    }
    throw RuleViolationException.of("relationToHead", "relationToHead.code");
  }

  /** @return the GB/T 4761-2008 two-digit code, for example {@code 10} */
  public String code() {
    return code;
  }

  /** @return the standard's Chinese name, for example {@code 配偶} */
  public String chineseName() {
    return chineseName;
  }
}
