package io.github.weisheng.sanitation;

/**
 * A vector-density monitoring method (监测方法), after GB/T 23795–23798-2009 (the mosquito one
 * replaced by GB/T 23797-2020); immunization-sanitation-education-standards-privacy.md §3 [C:
 * GB23798, GB23795, GB23797].
 *
 * @since 0.1.0
 */
public enum SurveyMethod {
  /** 鼠迹法: rooms checked for rodent signs. */
  RODENT_SIGNS("鼠迹法"),
  /** 粉迹法: powder patches. */
  POWDER_PATCH("粉迹法"),
  /** 路径法: sign sites per kilometre walked outdoors. */
  PATH_INDEX("路径法"),
  /** 防鼠设施检查: rodent-proofing of key units. */
  PROOFING_CHECK("防鼠设施检查"),
  /** 幼虫调查 (勺舀法/路径法): larvae in small water bodies. */
  LARVAL_SURVEY("幼虫调查"),
  /** 人诱停落法: adult mosquitoes landing per person and time. */
  HUMAN_LANDING("人诱停落法"),
  /** 目测法: rooms checked for flies. */
  ROOM_CHECK("目测法"),
  /** 孳生地调查: breeding sites checked. */
  BREEDING_SITE_CHECK("孳生地调查"),
  /** 粘捕法: sticky traps (cockroaches: 1 per 15 m², overnight). */
  STICKY_TRAP("粘捕法");

  private final String chineseName;

  SurveyMethod(String chineseName) {
    this.chineseName = chineseName;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }
}
