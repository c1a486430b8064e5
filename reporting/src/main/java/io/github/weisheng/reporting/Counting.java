package io.github.weisheng.reporting;

/**
 * What a count counts. Work summaries keep persons (人) and person-times (人次) apart: 709 hypertension
 * patients receive 7644 follow-ups.
 *
 * @since 0.1.0
 */
public enum Counting {
  /** Distinct persons (人). */
  PERSONS("人", "persons"),
  /** Services or visits, a person counted each time (人次). */
  PERSON_TIMES("人次", "person-times"),
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
