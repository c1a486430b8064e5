package io.github.weisheng.infectious;

/**
 * The case classification on a report card (病例分类): suspected, clinically diagnosed, confirmed
 * by laboratory, or a pathogen carrier.
 *
 * @since 0.1.0
 */
public enum CaseClassification {
  /** 疑似病例. */
  SUSPECTED("疑似病例"),
  /** 临床诊断病例. */
  CLINICAL("临床诊断病例"),
  /** 确诊病例 (实验室确诊). */
  CONFIRMED("确诊病例"),
  /** 病原携带者. */
  CARRIER("病原携带者");

  private final String chineseName;

  CaseClassification(String chineseName) {
    this.chineseName = chineseName;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }
}
