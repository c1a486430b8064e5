package io.github.weisheng.chronic;

/**
 * A danger sign at a hypertension follow-up that calls for urgent referral (紧急转诊), domain
 * reference §3 "Emergency referral" [C] (360docs d68454812). A pregnant or lactating patient with
 * raised blood pressure is recorded as {@link HypertensionFindings#pregnantOrLactating()} and
 * judged on the reading. Which signs trigger urgent referral is data: {@link
 * FollowUpCriteria#hypertensionUrgentSigns()} (all by default).
 *
 * @since 0.1.0
 */
public enum HypertensionDangerSign {
  /** 意识改变: altered consciousness. */
  ALTERED_CONSCIOUSNESS("alteredConsciousness"),
  /** 剧烈头痛或头晕: severe headache or dizziness. */
  SEVERE_HEADACHE_OR_DIZZINESS("severeHeadacheOrDizziness"),
  /** 恶心呕吐: nausea or vomiting. */
  NAUSEA_OR_VOMITING("nauseaOrVomiting"),
  /** 视力模糊: blurred vision. */
  BLURRED_VISION("blurredVision"),
  /** 眼痛: eye pain. */
  EYE_PAIN("eyePain"),
  /** 心悸: palpitations. */
  PALPITATIONS("palpitations"),
  /** 胸闷: chest tightness. */
  CHEST_TIGHTNESS("chestTightness"),
  /** 喘憋不能平卧: breathless, unable to lie flat. */
  BREATHLESS_UNABLE_TO_LIE_FLAT("breathlessUnableToLieFlat"),
  /** 存在不能处理的其他疾病: any condition the clinic cannot handle. */
  BEYOND_CLINIC_CAPABILITY("beyondClinicCapability");

  private final String rule;

  HypertensionDangerSign(String name) {
    this.rule = "hypertension.sign." + name;
  }

  /** @return the rule id of this sign's urgent referral, for example {@code hypertension.sign.eyePain} */
  public String rule() {
    return rule;
  }
}
