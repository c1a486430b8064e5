package io.github.weisheng.reporting;

/**
 * What a count counts. Work summaries keep persons (人), person-times (人次) and cases (例) apart: 709
 * hypertension patients receive 7644 follow-ups, and a child with hand, foot and mouth disease in May
 * and again in July is one person but two cases. The units here are the ones the work summary writes
 * after its counts, and after the number of members in each heading of its drill-down (709人, 4例,
 * 5项).
 *
 * @since 0.1.0
 */
public enum Counting {
  /** Distinct persons (人). */
  PERSONS("人", "persons", "person"),
  /** Services or visits, a person counted each time (人次). */
  PERSON_TIMES("人次", "person-times", "person-time"),
  /**
   * Cases (例) of a notifiable disease as reported on a report card (传染病报告卡), one card per case
   * (《传染病信息报告管理规范》 [C], cited in the core's {@code io.github.weisheng.infectious} package;
   * the indicators that count them, archives-chronic-populations.md §7 [S]): a person may be several
   * cases, of two diseases or of the same disease twice in a year.
   */
  CASES("例", "cases", "case"),
  /** Households (户). */
  HOUSEHOLDS("户", "households", "household"),
  /** Records or documents, such as archives (份). */
  RECORDS("份", "records", "record"),
  /**
   * Items (项目, 项) of a specification or a standard, each assessed on its own: neither a person nor a
   * record. The five items of the health education service specification (健康教育服务规范, 3rd ed.
   * 2017: 印刷资料、音像资料、宣传栏、公众健康咨询、健康知识讲座), each met or not by an institution's
   * year (immunization-sanitation-education-standards-privacy.md §4 [HE, KPI], counted by 健康教育服务达标率);
   * and the monitoring indicators (监测指标) of a pest's density — rooms with rodent signs, the path
   * index, the landing index, … — each measured by a survey and graded A, B, C against GB/T
   * 27770–27773-2011, the pest's level the worst of them (§3 [C: GB27770, XA-R, XA-M], the four-pest
   * density control levels 四害密度控制水平).
   */
  ITEMS("项", "items", "item");

  private final String unit;
  private final String english;
  private final String englishOne;

  Counting(String unit, String english, String englishOne) {
    this.unit = unit;
    this.english = english;
    this.englishOne = englishOne;
  }

  /** @return the unit written after a number in Chinese, for example {@code 人次} */
  public String unit() {
    return unit;
  }

  /** @return the English unit, for example {@code person-times} */
  public String englishUnit() {
    return english;
  }

  /**
   * The English unit after a number: singular after 1 ({@code 1 person}), else {@link #englishUnit()}.
   *
   * @param count the number written before the unit
   * @return the English unit for that number
   */
  String englishUnit(long count) {
    return count == 1 ? englishOne : english;
  }
}
