package io.github.weisheng.infectious;

/**
 * What was done at a home follow-up of a case (上门随访内容), as codes rather than free text so that no
 * personal detail slips into the record: the seed's 片医 "上门为患儿监测体温，指导家庭消杀" is {@link
 * #TEMPERATURE_CHECK} and {@link #DISINFECTION_GUIDANCE} [S] (seed {@code seeds/000_809caadb46f6dd50.txt},
 * 南大街).
 *
 * @since 0.1.0
 */
public enum FollowUpAction {
  /** 体温监测. */
  TEMPERATURE_CHECK("体温监测", "temperature check"),
  /** 症状观察: watching the symptoms (rash, cough …). */
  SYMPTOM_CHECK("症状观察", "symptom check"),
  /** 家庭消杀指导: guidance on disinfecting the home. */
  DISINFECTION_GUIDANCE("家庭消杀指导", "disinfection guidance"),
  /** 居家隔离指导: guidance on home isolation. */
  ISOLATION_GUIDANCE("居家隔离指导", "isolation guidance"),
  /** 服药指导: guidance on taking the medication. */
  MEDICATION_GUIDANCE("服药指导", "medication guidance"),
  /** 健康宣教: health education for the household. */
  HEALTH_EDUCATION("健康宣教", "health education"),
  /** 密切接触者登记: the household's close contacts noted (counted, not named). */
  CONTACT_REGISTRATION("密切接触者登记", "close contacts noted");

  private final String chineseName;
  private final String englishName;

  FollowUpAction(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }

  /** @return the English name */
  public String englishName() {
    return englishName;
  }
}
