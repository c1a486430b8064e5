package io.github.weisheng.infectious;

/**
 * Where a case stands, derived from its report card ({@link CaseReport#status()}): registered but
 * not yet reported through the network (登记未报告), reported and under management (已报告), or its
 * isolation lifted (解除隔离).
 *
 * @since 0.1.0
 */
public enum CaseStatus {
  /** 登记未报告: registered at the centre, no network report yet. */
  REGISTERED("登记未报告"),
  /** 已报告: reported; the case is followed up. */
  REPORTED("已报告"),
  /** 解除隔离: the isolation (or home management) was lifted. */
  ISOLATION_LIFTED("解除隔离");

  private final String chineseName;

  CaseStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }
}
