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
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The windows and indicator rules of maternal health management (§6.2) as data, with the defaults
 * of {@link #defaults()}:
 *
 * <ul>
 *   <li>registration (早孕建册) with the first check: gestational weeks 0–{@link
 *       #registrationLastWeek()} (12 [C]: "before week 13" — 12 weeks + 6 days counts, 13 + 0 is late);
 *   <li>antenatal checks: weeks 16–20, 21–24, 28–36, 37–40 [C] (fixed by the specification);
 *   <li>postpartum home visit: day 0 to {@link #postpartumLastDay()} (7 [C]) after the discharge —
 *       day 7 on time, day 8 late;
 *   <li>42-day check: days {@link #fortyTwoDayFirstDay()}–{@link #fortyTwoDayLastDay()} after the
 *       delivery (42 [C] – 56 [U]).
 * </ul>
 *
 * <p>Indicators (§6.2 KPIs [S]), a woman counted when her pregnancy ended in a live birth in the
 * year: 早孕建册率 — {@code maternal.registration.met} / {@code maternal.registration.late} / {@code
 * maternal.registration.missing} (argument: the week before which it counts); 产后访视率 — a
 * postpartum visit within {@link #postpartumRateDays()} (28 [S]) of discharge: {@code
 * maternal.postpartum.met} / {@code maternal.postpartum.late} / {@code maternal.postpartum.missing};
 * not counted: {@code maternal.notLiveBirthInYear}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMaternalSchedule.class)
@JsonDeserialize(as = ImmutableMaternalSchedule.class)
public abstract class MaternalSchedule {
  static final String REG_MET = "maternal.registration.met";
  static final String REG_LATE = "maternal.registration.late";
  static final String REG_MISSING = "maternal.registration.missing";
  static final String PP_MET = "maternal.postpartum.met";
  static final String PP_LATE = "maternal.postpartum.late";
  static final String PP_MISSING = "maternal.postpartum.missing";
  static final String NOT_COUNTED = "maternal.notLiveBirthInYear";

  MaternalSchedule() {}

  /** @return the defaults (see the class comment) */
  public static MaternalSchedule defaults() {
    return builder().registrationLastWeek(12).postpartumLastDay(7).fortyTwoDayFirstDay(42).fortyTwoDayLastDay(56)
        .postpartumRateDays(28).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the last gestational week of registration (12 [C]) */
  public abstract int registrationLastWeek();

  /** @return the last day after discharge for the postpartum visit (7 [C]) */
  public abstract int postpartumLastDay();

  /** @return the first day after delivery for the 42-day check (42 [C]) */
  public abstract int fortyTwoDayFirstDay();

  /** @return the last day after delivery for the 42-day check (56 [U]) */
  public abstract int fortyTwoDayLastDay();

  /** @return the days after discharge within which a postpartum visit counts for 产后访视率 (28 [S]) */
  public abstract int postpartumRateDays();

  @Value.Check
  void check() {
    if (registrationLastWeek() < 0 || postpartumLastDay() < 0 || fortyTwoDayFirstDay() < 0
        || fortyTwoDayLastDay() < fortyTwoDayFirstDay() || postpartumRateDays() < 0) {
      throw RuleViolationException.of("maternalSchedule", "maternal.schedule.invalid");
    }
  }

  /**
   * Returns a service's window for a pregnancy; postpartum services only once delivered.
   *
   * @param service the service
   * @param pregnancy the pregnancy
   * @return the window, or empty for a postpartum service before the delivery
   */
  public Optional<ServiceWindow> window(MaternalService service, Pregnancy pregnancy) {
    Objects.requireNonNull(service, "service");
    LocalDate lmp = pregnancy.lastMenstrualPeriod();
    switch (service) {
      case REGISTRATION:
        return Optional.of(ServiceWindow.gestationalWeeks(lmp, 0, registrationLastWeek()));
      case ANTENATAL_16_20:
        return Optional.of(ServiceWindow.gestationalWeeks(lmp, 16, 20));
      case ANTENATAL_21_24:
        return Optional.of(ServiceWindow.gestationalWeeks(lmp, 21, 24));
      case ANTENATAL_28_36:
        return Optional.of(ServiceWindow.gestationalWeeks(lmp, 28, 36));
      case ANTENATAL_37_40:
        return Optional.of(ServiceWindow.gestationalWeeks(lmp, 37, 40));
      case POSTPARTUM_VISIT:
        return pregnancy.discharge().map(d -> ServiceWindow.daysAfter(d, 0, 0, postpartumLastDay()));
      default:
        return pregnancy.deliveredOn()
            .map(d -> ServiceWindow.daysAfter(d, fortyTwoDayFirstDay(), fortyTwoDayFirstDay(), fortyTwoDayLastDay()));
    }
  }

  /**
   * Returns the services a woman is due or overdue for on a date: before the delivery, the
   * antenatal services not given whose window has opened (an overdue one stays listed until
   * delivery); after it, the postpartum services not given.
   *
   * @param pregnancy the pregnancy
   * @param asOf the date
   * @return the due services, in schedule order
   */
  public List<DueService> due(Pregnancy pregnancy, LocalDate asOf) {
    Objects.requireNonNull(pregnancy, "pregnancy");
    Objects.requireNonNull(asOf, "asOf");
    Set<MaternalService> done = EnumSet.noneOf(MaternalService.class);
    pregnancy.visits().stream().filter(v -> !v.date().isAfter(asOf)).forEach(v -> done.add(v.service()));
    boolean delivered = pregnancy.deliveredOn().filter(d -> !d.isAfter(asOf)).isPresent();
    List<DueService> due = new ArrayList<>();
    for (MaternalService s : MaternalService.values()) {
      if (!done.contains(s) && s.antenatal() != delivered) {
        window(s, pregnancy).flatMap(w -> DueService.on(PopulationGroup.MATERNAL, s.id(), w, asOf))
            .ifPresent(due::add);
      }
    }
    return due;
  }

  private boolean counted(Pregnancy p, int year) {
    return p.liveBirth() && p.deliveredOn().map(d -> d.getYear() == year).orElse(false);
  }

  /**
   * Returns a woman's input to 早孕建册率 for a year.
   *
   * @param pregnancy the pregnancy
   * @param year the calendar year
   * @return the status
   */
  public IndicatorStatus earlyRegistrationStatus(Pregnancy pregnancy, int year) {
    int week = registrationLastWeek() + 1;
    if (!counted(pregnancy, year)) {
      return IndicatorStatus.of(pregnancy.archive(), PopulationIndicator.EARLY_PREGNANCY_REGISTRATION, year, false,
          false, List.of(AppliedRule.of(NOT_COUNTED, year)));
    }
    ServiceWindow w = window(MaternalService.REGISTRATION, pregnancy).orElseThrow();
    Optional<MaternalVisit> reg = pregnancy.visits().stream()
        .filter(v -> v.service() == MaternalService.REGISTRATION).min((a, b) -> a.date().compareTo(b.date()));
    boolean met = reg.map(v -> w.contains(v.date())).orElse(false);
    AppliedRule rule = AppliedRule.of(met ? REG_MET : reg.isPresent() ? REG_LATE : REG_MISSING, week);
    return IndicatorStatus.of(pregnancy.archive(), PopulationIndicator.EARLY_PREGNANCY_REGISTRATION, year, true, met,
        List.of(rule));
  }

  /**
   * Returns a woman's input to 产后访视率 for a year.
   *
   * @param pregnancy the pregnancy
   * @param year the calendar year
   * @return the status
   */
  public IndicatorStatus postpartumVisitStatus(Pregnancy pregnancy, int year) {
    if (!counted(pregnancy, year)) {
      return IndicatorStatus.of(pregnancy.archive(), PopulationIndicator.POSTPARTUM_VISIT, year, false, false,
          List.of(AppliedRule.of(NOT_COUNTED, year)));
    }
    ServiceWindow w = ServiceWindow.daysAfter(pregnancy.discharge().orElseThrow(), 0, 0, postpartumRateDays());
    Optional<MaternalVisit> visit = pregnancy.visits().stream()
        .filter(v -> v.service() == MaternalService.POSTPARTUM_VISIT).min((a, b) -> a.date().compareTo(b.date()));
    boolean met = visit.map(v -> w.contains(v.date())).orElse(false);
    AppliedRule rule = AppliedRule.of(met ? PP_MET : visit.isPresent() ? PP_LATE : PP_MISSING, postpartumRateDays());
    return IndicatorStatus.of(pregnancy.archive(), PopulationIndicator.POSTPARTUM_VISIT, year, true, met,
        List.of(rule));
  }

  /** Builds {@link MaternalSchedule}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableMaternalSchedule.Builder {
    Builder() {}
  }
}
