package io.github.weisheng.chronic;

/**
 * A danger sign at a type 2 diabetes follow-up that calls for urgent referral (紧急转诊). The list is
 * [U]: domain reference §4 "Emergency referral" (symptom list unconfirmed); which signs trigger
 * urgent referral is therefore data, {@link FollowUpCriteria#diabetesUrgentSigns()} (all by
 * default).
 *
 * @since 0.1.0
 */
public enum DiabetesDangerSign {
  /** 意识或行为改变: altered consciousness or behaviour. */
  ALTERED_CONSCIOUSNESS_OR_BEHAVIOUR("alteredConsciousnessOrBehaviour"),
  /** 呼气有烂苹果样丙酮味: acetone breath. */
  ACETONE_BREATH("acetoneBreath"),
  /** 心悸: palpitations. */
  PALPITATIONS("palpitations"),
  /** 出汗: sweating. */
  SWEATING("sweating"),
  /** 恶心、呕吐: nausea or vomiting. */
  NAUSEA_OR_VOMITING("nauseaOrVomiting"),
  /** 多饮、多尿: polydipsia and polyuria. */
  POLYDIPSIA_POLYURIA("polydipsiaPolyuria"),
  /** 腹痛: abdominal pain. */
  ABDOMINAL_PAIN("abdominalPain"),
  /** 深大呼吸: deep (Kussmaul) breathing. */
  DEEP_BREATHING("deepBreathing"),
  /** 皮肤潮红: flushed skin. */
  FLUSHED_SKIN("flushedSkin"),
  /** 持续性心动过速（心率超过 100 次/分钟）: heart rate above 100. */
  HEART_RATE_ABOVE_100("heartRateAbove100"),
  /** 体温超过 39 摄氏度: temperature above 39 °C. */
  TEMPERATURE_ABOVE_39("temperatureAbove39"),
  /** 视力骤降: sudden loss of vision. */
  SUDDEN_VISION_LOSS("suddenVisionLoss"),
  /** 妊娠期及哺乳期血糖高于正常: pregnant or lactating with raised glucose. */
  PREGNANT_OR_LACTATING_WITH_RAISED_GLUCOSE("pregnantOrLactatingWithRaisedGlucose");

  private final String rule;

  DiabetesDangerSign(String name) {
    this.rule = "diabetes.sign." + name;
  }

  /** @return the rule id of this sign's urgent referral, for example {@code diabetes.sign.acetoneBreath} */
  public String rule() {
    return rule;
  }
}
