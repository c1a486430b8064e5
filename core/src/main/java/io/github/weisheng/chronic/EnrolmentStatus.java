package io.github.weisheng.chronic;

/**
 * Where an {@link Enrolment} is (管理状态), derived from its closure: under management, or closed
 * (结案/终止管理) for the reason its {@link EnrolmentClosure} gives.
 *
 * @since 0.1.0
 */
public enum EnrolmentStatus {
  /** 在管: under management; follow-ups are due. */
  ACTIVE("在管"),
  /** 已结案: management ended (death, moved out, lost to follow-up, other). */
  CLOSED("已结案");

  private final String chineseName;

  EnrolmentStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }
}
