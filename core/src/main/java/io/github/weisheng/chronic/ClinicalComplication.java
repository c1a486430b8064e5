package io.github.weisheng.chronic;

/**
 * A clinical complication (伴发临床疾病) of the 2018 hypertension guideline, as the doctor records
 * it; domain reference §5.1 [U]. Diabetes, also listed there, is recorded as {@link
 * DiabetesStatus}; chronic kidney disease by its stage ({@link RiskProfile#ckdStage()}).
 *
 * @since 0.1.0
 */
public enum ClinicalComplication {
  /** 脑血管病: stroke, TIA. */
  CEREBROVASCULAR_DISEASE,
  /** 心脏疾病: myocardial infarction, angina, coronary revascularisation, heart failure, atrial fibrillation. */
  HEART_DISEASE,
  /** 肾脏疾病: eGFR &lt; 30 or proteinuria ≥ 300 mg/24 h. */
  KIDNEY_DISEASE,
  /** 外周血管疾病: peripheral artery disease. */
  PERIPHERAL_ARTERY_DISEASE,
  /** 视网膜病变: advanced retinopathy. */
  RETINOPATHY
}
