package io.github.weisheng.population;

/**
 * The services of child health management 0–6 (0～6岁儿童健康管理), §6.1 [C]: the newborn home visit
 * (新生儿家庭访视, within a week of discharge), the full-month visit (满月健康管理, day 28–30), the
 * infant and toddler checks at 3, 6, 8, 12, 18, 24, 30 and 36 months (婴幼儿健康管理, 8 checks) and
 * the preschool checks once a year at 4, 5 and 6 (学龄前儿童健康管理). The windows are in {@link
 * ChildSchedule}.
 *
 * @since 0.1.0
 */
public enum ChildService {
  /** 新生儿家庭访视: within 7 days of discharge. */
  NEWBORN_VISIT(0),
  /** 满月健康管理: day 28–30. */
  FULL_MONTH(1),
  /** 3月龄. */
  MONTH_3(3),
  /** 6月龄. */
  MONTH_6(6),
  /** 8月龄. */
  MONTH_8(8),
  /** 12月龄. */
  MONTH_12(12),
  /** 18月龄. */
  MONTH_18(18),
  /** 24月龄. */
  MONTH_24(24),
  /** 30月龄. */
  MONTH_30(30),
  /** 36月龄. */
  MONTH_36(36),
  /** 4岁. */
  YEAR_4(48),
  /** 5岁. */
  YEAR_5(60),
  /** 6岁. */
  YEAR_6(72);

  private final int months;

  ChildService(int months) {
    this.months = months;
  }

  /** @return the age in months at which the service is due (0 for the newborn visit) */
  public int ageInMonths() {
    return months;
  }

  /** @return the service id used in {@link DueService}, for example {@code child.MONTH_6} */
  public String id() {
    return "child." + name();
  }

  /** @return whether this is a yearly preschool check (4, 5, 6 years) */
  public boolean preschool() {
    return months >= 48;
  }
}
