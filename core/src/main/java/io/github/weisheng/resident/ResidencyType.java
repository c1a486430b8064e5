package io.github.weisheng.resident;

/**
 * 常住类型: whether a resident's household registration (户籍) is in the catchment. Codes as printed
 * on the personal basic-information form (1 户籍, 2 非户籍) and WS 365-2011 data element
 * HDSD00.01.011 (户籍标志). Source: domain reference §1.2 [C].
 *
 * @since 0.1.0
 */
public enum ResidencyType {
  /** 户籍: household registration in the catchment. */
  REGISTERED(1, "户籍"),
  /** 非户籍: registered elsewhere, living here. */
  NON_REGISTERED(2, "非户籍");

  private final int code;
  private final String chineseName;

  ResidencyType(int code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  /** @return the form code */
  public int code() {
    return code;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }
}
