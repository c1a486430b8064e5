package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The windows of child health management 0–6 (§6.1) as data, with the national defaults of {@link
 * #defaults()}:
 *
 * <ul>
 *   <li>newborn home visit: day 0 to {@link #newbornLastDay()} (7 [C], "within 1 week") after the
 *       discharge — day 7 is on time, day 8 late;
 *   <li>full-month visit: days {@link #fullMonthFirstDay()}–{@link #fullMonthLastDay()} after birth
 *       (28–30 [C]);
 *   <li>checks at 3–36 months: from {@link #checkEarlyDays()} before to {@link #checkLateDays()}
 *       after the day the age is reached (7 / 30 [U]: the reference gives no tolerance);
 *   <li>preschool checks at 4, 5, 6: {@link #preschoolEarlyDays()} before to {@link
 *       #preschoolLateDays()} after the birthday (30 / 90 [U]);
 *   <li>haemoglobin (血红蛋白) at 6–8, 18 and 30 months [C]: at one of the 6- or 8-month checks, at
 *       the 18-month and at the 30-month check ({@link #haemoglobinGroups()}).
 * </ul>
 *
 * <p>Rules of {@link #newbornVisitStatus} and {@link #managementStatus}: 新生儿访视率 (formula [U]: newborns with ≥ 1 visit ÷ live births)
 * — {@code child.newbornVisit.met}, {@code child.newbornVisit.missing}, {@code
 * child.newbornVisit.notBornInYear}; 儿童健康管理率 (children 0–6 with ≥ 1 check in the year ÷
 * children 0–6 [U]) — {@code child.management.met}, {@code child.management.noCheck}, {@code
 * child.management.notInAgeRange}. Haemoglobin: {@code child.haemoglobin} (argument: the group's
 * services) as a {@link DueService} with the window of the group's last check.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChildSchedule.class)
@JsonDeserialize(as = ImmutableChildSchedule.class)
public abstract class ChildSchedule {
  static final String NEWBORN_MET = "child.newbornVisit.met";
  static final String NEWBORN_MISSING = "child.newbornVisit.missing";
  static final String NOT_BORN_IN_YEAR = "child.newbornVisit.notBornInYear";
  static final String MANAGEMENT_MET = "child.management.met";
  static final String NO_CHECK = "child.management.noCheck";
  static final String NOT_IN_AGE_RANGE = "child.management.notInAgeRange";
  /** The service id prefix of a missing haemoglobin test in {@link DueService}. */
  public static final String HAEMOGLOBIN = "child.haemoglobin";

  ChildSchedule() {}

  /** @return the national defaults (see the class comment) */
  public static ChildSchedule defaults() {
    return builder().newbornLastDay(7).fullMonthFirstDay(28).fullMonthLastDay(30).checkEarlyDays(7).checkLateDays(30)
        .preschoolEarlyDays(30).preschoolLateDays(90)
        .addHaemoglobinGroup(EnumSet.of(ChildService.MONTH_6, ChildService.MONTH_8))
        .addHaemoglobinGroup(EnumSet.of(ChildService.MONTH_18))
        .addHaemoglobinGroup(EnumSet.of(ChildService.MONTH_30))
        .build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the last day after discharge for the newborn visit (7 [C]) */
  public abstract int newbornLastDay();

  /** @return the first day after birth for the full-month visit (28 [C]) */
  public abstract int fullMonthFirstDay();

  /** @return the last day after birth for the full-month visit (30 [C]) */
  public abstract int fullMonthLastDay();

  /** @return days before the age that a 3–36-month check still counts ([U]) */
  public abstract int checkEarlyDays();

  /** @return days after the age that a 3–36-month check still counts ([U]) */
  public abstract int checkLateDays();

  /** @return days before the birthday that a preschool check still counts ([U]) */
  public abstract int preschoolEarlyDays();

  /** @return days after the birthday that a preschool check still counts ([U]) */
  public abstract int preschoolLateDays();

  /** @return the groups of checks of which one must include haemoglobin ([C]: 6–8, 18, 30 months) */
  public abstract List<Set<ChildService>> haemoglobinGroups();

  @Value.Check
  void check() {
    if (newbornLastDay() < 0 || fullMonthFirstDay() < 0 || fullMonthLastDay() < fullMonthFirstDay()
        || checkEarlyDays() < 0 || checkLateDays() < 0 || preschoolEarlyDays() < 0 || preschoolLateDays() < 0
        || haemoglobinGroups().stream().anyMatch(Set::isEmpty)) {
      throw RuleViolationException.of("childSchedule", "child.schedule.invalid");
    }
  }

  /**
   * Returns a service's window for a child.
   *
   * @param service the service
   * @param birthDate the birth date
   * @param discharge the discharge date (the birth date when unknown)
   * @return the window
   */
  public ServiceWindow window(ChildService service, LocalDate birthDate, LocalDate discharge) {
    Objects.requireNonNull(service, "service");
    switch (service) {
      case NEWBORN_VISIT:
        return ServiceWindow.daysAfter(discharge, 0, 0, newbornLastDay());
      case FULL_MONTH:
        return ServiceWindow.daysAfter(birthDate, fullMonthFirstDay(), fullMonthFirstDay(), fullMonthLastDay());
      default:
        return service.preschool()
            ? ServiceWindow.atAgeInMonths(birthDate, service.ageInMonths(), preschoolEarlyDays(), preschoolLateDays())
            : ServiceWindow.atAgeInMonths(birthDate, service.ageInMonths(), checkEarlyDays(), checkLateDays());
    }
  }

  /**
   * Returns the services a child is due or overdue for on a date: each service not yet given
   * whose window has opened, and each haemoglobin group without a test once its last check's
   * window has opened. Nothing from the seventh birthday.
   *
   * @param child the child
   * @param asOf the date
   * @return the due services, in schedule order
   */
  public List<DueService> due(ChildHistory child, LocalDate asOf) {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(asOf, "asOf");
    List<DueService> due = new ArrayList<>();
    if (!asOf.isBefore(child.birthDate().plusYears(7))) {
      return due;
    }
    Set<ChildService> done = EnumSet.noneOf(ChildService.class);
    Set<ChildService> withHb = EnumSet.noneOf(ChildService.class);
    for (ChildVisit v : child.visits()) {
      if (!v.date().isAfter(asOf)) {
        done.add(v.service());
        if (v.haemoglobinTested()) {
          withHb.add(v.service());
        }
      }
    }
    for (ChildService s : ChildService.values()) {
      if (!done.contains(s)) {
        DueService.on(PopulationGroup.CHILD, s.id(), window(s, child.birthDate(), child.discharge()), asOf)
            .ifPresent(due::add);
      }
    }
    for (Set<ChildService> group : haemoglobinGroups()) {
      if (group.stream().noneMatch(withHb::contains)) {
        ChildService last = group.stream().max(Enum::compareTo).orElseThrow();
        DueService.on(PopulationGroup.CHILD, HAEMOGLOBIN + "." + last.name(),
            window(last, child.birthDate(), child.discharge()), asOf).ifPresent(due::add);
      }
    }
    return due;
  }

  /**
   * Returns a child's input to 新生儿访视率 for a year: counted when born in the year.
   *
   * @param child the child
   * @param year the calendar year
   * @return the status
   */
  public IndicatorStatus newbornVisitStatus(ChildHistory child, int year) {
    Objects.requireNonNull(child, "child");
    if (child.birthDate().getYear() != year) {
      return IndicatorStatus.of(child.archive(), PopulationIndicator.NEWBORN_VISIT, year, false, false,
          List.of(AppliedRule.of(NOT_BORN_IN_YEAR, year)));
    }
    boolean visited = child.visits().stream().anyMatch(v -> v.service() == ChildService.NEWBORN_VISIT);
    return IndicatorStatus.of(child.archive(), PopulationIndicator.NEWBORN_VISIT, year, true, visited,
        List.of(visited ? AppliedRule.of(NEWBORN_MET, newbornLastDay()) : AppliedRule.of(NEWBORN_MISSING)));
  }

  /**
   * Returns a child's input to 儿童健康管理率 for a year: counted when 0–6 on some day of the year
   * (born by 31 December, seventh birthday after 1 January); met with at least one service dated
   * in the year.
   *
   * @param child the child
   * @param year the calendar year
   * @return the status
   */
  public IndicatorStatus managementStatus(ChildHistory child, int year) {
    Objects.requireNonNull(child, "child");
    boolean counted = child.birthDate().getYear() <= year
        && child.birthDate().plusYears(7).isAfter(LocalDate.of(year, 1, 1));
    if (!counted) {
      return IndicatorStatus.of(child.archive(), PopulationIndicator.CHILD_MANAGEMENT, year, false, false,
          List.of(AppliedRule.of(NOT_IN_AGE_RANGE)));
    }
    boolean checked = child.visits().stream().anyMatch(v -> v.date().getYear() == year);
    return IndicatorStatus.of(child.archive(), PopulationIndicator.CHILD_MANAGEMENT, year, true, checked,
        List.of(checked ? AppliedRule.of(MANAGEMENT_MET) : AppliedRule.of(NO_CHECK, year)));
  }

  /** Builds {@link ChildSchedule}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableChildSchedule.Builder {
    Builder() {}
  }
}
