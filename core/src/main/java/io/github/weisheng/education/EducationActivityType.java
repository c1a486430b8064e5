package io.github.weisheng.education;

import io.github.weisheng.validation.RuleViolationException;

/**
 * The six types of health-education activity of the spec (健康教育服务规范, 3rd ed., 2017), with the
 * codes systems record (1 print, 2 video, 3 board, 4 consultation, 5 talk, 6 other;
 * immunization-sanitation-education-standards-privacy.md §4 [HE, HE-REC]).
 *
 * @since 0.1.0
 */
public enum EducationActivityType {
  /** 1 提供健康教育资料: printed materials (leaflets, prescriptions, manuals). */
  PRINTED_MATERIALS(1, "提供健康教育资料"),
  /** 2 播放健康教育音像资料: audio-video played in waiting areas. */
  AUDIO_VIDEO(2, "播放音像资料"),
  /** 3 设置健康教育宣传栏: a bulletin-board issue (宣传栏/黑板报 一期). */
  BULLETIN_BOARD(3, "设置健康教育宣传栏"),
  /** 4 开展公众健康咨询活动: a public consultation event. */
  CONSULTATION(4, "公众健康咨询活动"),
  /** 5 举办健康知识讲座: a health talk. */
  LECTURE(5, "健康知识讲座"),
  /** 6 其他: other (quizzes, exhibitions, free blood-pressure checks …). */
  OTHER(6, "其他");

  private final int code;
  private final String chineseName;

  EducationActivityType(int code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  /** @return the code, 1–6 */
  public int code() {
    return code;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Returns the type of a code.
   *
   * @param code 1–6
   * @return the type
   * @throws RuleViolationException {@code educationActivity.typeCode} for another code
   */
  public static EducationActivityType fromCode(int code) {
    for (EducationActivityType type : values()) {
      if (type.code == code) {
        return type;
      }
    }
    throw RuleViolationException.of("type", "educationActivity.typeCode");
  }
}
