package io.github.weisheng.chronic;

import io.github.weisheng.resident.Sex;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A cardiovascular risk factor of the 2018 Chinese hypertension guideline (心血管危险因素), besides
 * the hypertension itself; domain reference §5.1 "Risk factors" [C] (bbs.hnlxsj.net). Each is
 * decided from a {@link RiskProfile} by the definition on its constant.
 *
 * @since 0.1.0
 */
public enum RiskFactor {
  /**
   * 年龄: male over 55, female over 65 (completed years, so from 56 and 66). When the sex is unknown
   * or unstated, over 55 [U]: the lower limit, so that a missing sex never hides a risk factor.
   */
  AGE("risk.factor.age"),
  /** 吸烟或被动吸烟: smoking, including passive smoking. */
  SMOKING("risk.factor.smoking"),
  /**
   * 糖耐量受损和/或空腹血糖异常: impaired glucose tolerance (2-h glucose 7.8–11.0 mmol/L) and/or
   * impaired fasting glucose (FPG 6.1–6.9 mmol/L).
   */
  IMPAIRED_GLUCOSE_REGULATION("risk.factor.impairedGlucose"),
  /** 血脂异常: TC ≥ 5.2 or LDL-C ≥ 3.4 or HDL-C &lt; 1.0 mmol/L. */
  DYSLIPIDAEMIA("risk.factor.dyslipidaemia"),
  /** 早发心血管病家族史: premature cardiovascular disease in a first-degree relative, onset before 50. */
  PREMATURE_CVD_FAMILY_HISTORY("risk.factor.familyHistory"),
  /**
   * 腹型肥胖或肥胖: waist ≥ 90 cm (male) / ≥ 85 cm (female; also when the sex is unknown [U]) or
   * BMI ≥ 28 kg/m².
   */
  OBESITY("risk.factor.obesity"),
  /** 高同型半胱氨酸血症: homocysteine ≥ 15 µmol/L. */
  HYPERHOMOCYSTEINAEMIA("risk.factor.homocysteine");

  private static final BigDecimal IGT_FROM = new BigDecimal("7.8");
  private static final BigDecimal IGT_BELOW = new BigDecimal("11.1");
  private static final BigDecimal TC_FROM = new BigDecimal("5.2");
  private static final BigDecimal LDL_FROM = new BigDecimal("3.4");
  private static final BigDecimal HDL_BELOW = new BigDecimal("1.0");
  private static final BigDecimal WAIST_MALE_FROM = new BigDecimal("90");
  private static final BigDecimal WAIST_FEMALE_FROM = new BigDecimal("85");
  private static final BigDecimal BMI_FROM = new BigDecimal("28");
  private static final BigDecimal HOMOCYSTEINE_FROM = new BigDecimal("15");

  private final String rule;

  RiskFactor(String rule) {
    this.rule = rule;
  }

  /** @return the rule id naming this factor, for example {@code risk.factor.smoking} */
  public String rule() {
    return rule;
  }

  /**
   * Tells whether a profile has this factor.
   *
   * @param profile the profile
   * @return true when the definition above holds
   */
  public boolean isPresentIn(RiskProfile profile) {
    Objects.requireNonNull(profile, "profile");
    return switch (this) {
      case AGE -> profile.age() > (profile.sex() == Sex.FEMALE ? 65 : 55);
      case SMOKING -> profile.smoker();
      case IMPAIRED_GLUCOSE_REGULATION ->
          profile.fastingGlucose().map(FastingGlucose::isImpairedFasting).orElse(false)
              || profile.twoHourGlucose().map(g -> g.compareTo(IGT_FROM) >= 0 && g.compareTo(IGT_BELOW) < 0)
                  .orElse(false);
      case DYSLIPIDAEMIA -> atLeast(profile.totalCholesterol(), TC_FROM)
          || atLeast(profile.ldlCholesterol(), LDL_FROM)
          || profile.hdlCholesterol().map(h -> h.compareTo(HDL_BELOW) < 0).orElse(false);
      case PREMATURE_CVD_FAMILY_HISTORY -> profile.prematureCardiovascularFamilyHistory();
      case OBESITY -> atLeast(profile.waistCm(), profile.sex() == Sex.MALE ? WAIST_MALE_FROM : WAIST_FEMALE_FROM)
          || atLeast(profile.bmi(), BMI_FROM);
      case HYPERHOMOCYSTEINAEMIA -> atLeast(profile.homocysteine(), HOMOCYSTEINE_FROM);
    };
  }

  /**
   * Returns the factors a profile has.
   *
   * @param profile the profile
   * @return the factors present, in declaration order
   */
  public static Set<RiskFactor> presentIn(RiskProfile profile) {
    Set<RiskFactor> found = EnumSet.noneOf(RiskFactor.class);
    for (RiskFactor f : values()) {
      if (f.isPresentIn(profile)) {
        found.add(f);
      }
    }
    return found;
  }

  private static boolean atLeast(Optional<BigDecimal> value, BigDecimal limit) {
    return value.map(v -> v.compareTo(limit) >= 0).orElse(false);
  }
}
