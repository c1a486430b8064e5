package io.github.weisheng.chronic;

/**
 * The rows of the 2018 risk table (其他心血管危险因素和疾病史), domain reference §5.1. Declared from
 * the lightest to the heaviest.
 *
 * @since 0.1.0
 */
public enum RiskFactorBurden {
  /** 无: no other risk factor. */
  NONE,
  /** 1–2 个其他危险因素. */
  ONE_OR_TWO_RISK_FACTORS,
  /** ≥ 3 个其他危险因素, 靶器官损害, CKD 3 期, 或无并发症的糖尿病. */
  THREE_OR_MORE_OR_ORGAN_DAMAGE,
  /** 临床并发症, CKD ≥ 4 期, 或有并发症的糖尿病. */
  CLINICAL_COMPLICATIONS
}
