package io.github.weisheng.chronic;

/**
 * A marker of high hypertension risk in screening (高血压高危人群), domain reference §3 "High-risk
 * markers" [C] (360docs 0320680170): any one calls for a blood-pressure check at least every 6
 * months and lifestyle advice. The limits are in {@link ScreeningRules}.
 *
 * @since 0.1.0
 */
public enum HypertensionHighRiskMarker {
  /** (1) 血压 130–139/85–89 mmHg (the latest reading). */
  HIGH_NORMAL_BLOOD_PRESSURE("screening.marker.highNormal"),
  /** (2) 超重或肥胖和/或腹型肥胖: BMI ≥ 24, or waist ≥ 90 cm (male) / 85 cm (female). */
  OVERWEIGHT_OR_CENTRAL_OBESITY("screening.marker.overweight"),
  /** (3) 高血压家族史（一、二级亲属）. */
  FAMILY_HISTORY("screening.marker.familyHistory"),
  /** (4) 长期膳食高盐. */
  HIGH_SALT_DIET("screening.marker.highSalt"),
  /** (5) 长期过量饮酒: spirits (白酒) ≥ 100 ml a day by default [U]. */
  HEAVY_DRINKING("screening.marker.heavyDrinking"),
  /** (6) 年龄 ≥ 55 岁. */
  AGE_55_OR_OVER("screening.marker.age");

  private final String rule;

  HypertensionHighRiskMarker(String rule) {
    this.rule = rule;
  }

  /** @return the rule id naming this marker, for example {@code screening.marker.highSalt} */
  public String rule() {
    return rule;
  }
}
