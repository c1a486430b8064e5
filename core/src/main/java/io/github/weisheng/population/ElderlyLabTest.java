package io.github.weisheng.population;

/**
 * The auxiliary tests of the elderly yearly service (辅助检查), §6.3 [C]: blood and urine routine,
 * liver function (AST, ALT, total bilirubin), kidney function (creatinine, urea), fasting glucose,
 * the four blood lipids, ECG and abdominal ultrasound.
 *
 * @since 0.1.0
 */
public enum ElderlyLabTest {
  /** 血常规. */
  BLOOD_ROUTINE,
  /** 尿常规. */
  URINE_ROUTINE,
  /** 肝功能 (血清谷草转氨酶、谷丙转氨酶、总胆红素). */
  LIVER_FUNCTION,
  /** 肾功能 (血清肌酐、血尿素). */
  KIDNEY_FUNCTION,
  /** 空腹血糖. */
  FASTING_GLUCOSE,
  /** 血脂四项 (总胆固醇、甘油三酯、低密度和高密度脂蛋白胆固醇). */
  BLOOD_LIPIDS,
  /** 心电图. */
  ECG,
  /** 腹部B超 (肝胆胰脾). */
  ABDOMINAL_ULTRASOUND
}
