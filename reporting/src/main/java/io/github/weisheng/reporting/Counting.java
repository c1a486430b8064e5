package io.github.weisheng.reporting;

/**
 * What a count counts. Work summaries keep persons (人), person-times (人次) and cases (例) apart: 709
 * hypertension patients receive 7644 follow-ups, and a child with hand, foot and mouth disease in May
 * and again in July is one person but two cases. The units here are the ones the work summary writes
 * after its counts.
 *
 * @since 0.1.0
 */
public enum Counting {
  /** Distinct persons (人). */
  PERSONS("人", "persons"),
  /** Services or visits, a person counted each time (人次). */
  PERSON_TIMES("人次", "person-times"),
  /**
   * Cases (例) of a notifiable disease as reported on a report card (传染病报告卡), one card per case
   * (《传染病信息报告管理规范》 [C], cited in the core's {@code io.github.weisheng.infectious} package;
   * the indicators that count them, archives-chronic-populations.md §7 [S]): a person may be several
   * cases, of two diseases or of the same disease twice in a year.
   */
  CASES("例", "cases"),
  /** Households (户). */
  HOUSEHOLDS("户", "households"),
  /** Records or documents, such as archives (份). */
  RECORDS("份", "records");

  private final String unit;
  private final String english;

  Counting(String unit, String english) {
    this.unit = unit;
    this.english = english;
  }

  /** @return the unit written after a number in Chinese, for example {@code 人次} */
  public String unit() {
    return unit;
  }

  /** @return the English unit, for example {@code person-times} */
  public String englishUnit() {
    return english;
  }
}
