package io.github.weisheng.chronic;

/**
 * Target-organ damage (靶器官损害) of the 2018 hypertension guideline, as the doctor records it;
 * domain reference §5.1. The cut-offs on each constant are [U] (unconfirmed), given for the
 * doctor's orientation; Weisheng does not compute them.
 *
 * @since 0.1.0
 */
public enum TargetOrganDamage {
  /** 左心室肥厚: LVH (Sokolow-Lyon &gt; 3.8 mV, Cornell &gt; 244 mV·ms, LVMI ≥ 115/95 g/m² m/f) [U]. */
  LEFT_VENTRICULAR_HYPERTROPHY,
  /** 颈动脉内膜中层厚度增厚或斑块: carotid IMT ≥ 0.9 mm or plaque [U]. */
  CAROTID_THICKENING_OR_PLAQUE,
  /** 脉搏波传导速度增快: PWV ≥ 12 m/s [U]. */
  ARTERIAL_STIFFNESS,
  /** 踝臂指数降低: ABI &lt; 0.9 [U]. */
  LOW_ANKLE_BRACHIAL_INDEX,
  /** 估算肾小球滤过率降低或血肌酐轻度升高: eGFR 30–59, or creatinine 115–133/107–124 µmol/L m/f [U]. */
  MILD_RENAL_IMPAIRMENT,
  /** 微量白蛋白尿: 30–300 mg/24 h or ACR ≥ 30 mg/g [U]. */
  MICROALBUMINURIA
}
