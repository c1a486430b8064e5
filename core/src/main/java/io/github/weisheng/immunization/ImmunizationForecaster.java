package io.github.weisheng.immunization;

import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a child's recorded doses and forecasts the next dose of every series on a date
 * (预防接种评估与预测; FHIR ImmDS {@code $immds-forecast}). Stateless and thread-safe; never reads the
 * clock.
 *
 * <p><b>Evaluation</b> (§1 "General rules" [KB21]): doses are taken in date order; each is judged by
 * the edition of its series in force on the day it was given; it counts as the next dose of the
 * series unless it is a product that does not count for that dose, given before the minimum age or
 * from the maximum age, before the minimum interval from the previous valid dose or from a dose of
 * another series (MPSV-AC after MPSV-A), within 28 days after another injected live vaccine not
 * given the same day, within the wait after an immunoglobulin, or after the series was complete. An
 * invalid dose is not counted and the series is never restarted.
 *
 * <p><b>Forecast</b>: the next dose of the series (the alternative the child is furthest along, or
 * the first listed) by the edition in force on the assessment date, with the dates and status of
 * {@link ImmunizationRecommendation} and the catch-up rules of the series' {@link CatchUpRule}.
 * Special situations (§1 [KB21]) select series (the HepB four-dose path), remove live vaccines for
 * HIV-exposed or immunodeficient children and delay doses until a sick newborn is stable.
 *
 * @since 0.1.0
 */
public final class ImmunizationForecaster {
  private static final Set<String> MMR_ANTIGENS = Set.of("measles", "mumps", "rubella");

  private final ImmunizationSchedule schedule;

  private ImmunizationForecaster(ImmunizationSchedule schedule) {
    this.schedule = schedule;
  }

  /**
   * Returns a forecaster for a schedule.
   *
   * @param schedule the schedule
   * @return the forecaster
   */
  public static ImmunizationForecaster of(ImmunizationSchedule schedule) {
    return new ImmunizationForecaster(Objects.requireNonNull(schedule, "schedule"));
  }

  /** @return a forecaster for {@link ImmunizationSchedule#defaults()} */
  public static ImmunizationForecaster defaults() {
    return of(ImmunizationSchedule.defaults());
  }

  /** @return the schedule */
  public ImmunizationSchedule schedule() {
    return schedule;
  }

  /**
   * Evaluates every dose and forecasts every group on a date.
   *
   * @param history the child's history
   * @param on the assessment date
   * @return the assessment
   * @throws io.github.weisheng.validation.RuleViolationException for doses dated after the assessment
   *     date or before birth, unknown products, or an assessment date before birth (all reported)
   */
  public ImmunizationAssessment assess(VaccinationHistory history, LocalDate on) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(on, "on");
    validate(history, on);
    Child c = new Child(history, on);
    ImmunizationAssessment.Builder result = ImmunizationAssessment.builder()
        .assessmentDate(on).schedule(schedule.name() + " " + schedule.version());
    for (String group : schedule.groups()) {
      List<String> paths = new ArrayList<>();
      for (SeriesDefinition s : schedule.series()) {
        if (s.group().equals(group) && s.isInForce(on) && s.covers(c.birth, c.sex, c.situations)
            && !paths.contains(s.path())) {
          paths.add(s.path());
        }
      }
      if (paths.isEmpty()) {
        continue;
      }
      List<AdministeredDose> relevant = relevantDoses(c, group);
      PathRun chosen = null;
      for (String path : paths) {
        PathRun run = evaluatePath(c, group, path, relevant);
        if (chosen == null || run.betterThan(chosen, c)) {
          chosen = run;
        }
      }
      Objects.requireNonNull(chosen);
      c.validByGroup.put(group, chosen.valid);
      c.seriesByGroup.put(group, chosen.current);
      result.addAllEvaluations(chosen.evaluations);
      result.addRecommendation(forecast(c, group, chosen));
    }
    return result.build();
  }

  // ---- input

  private void validate(VaccinationHistory h, LocalDate on) {
    Violations v = new Violations();
    v.require(!on.isBefore(h.birthDate()), "history.birthDate", "immunization.assessment.beforeBirth");
    for (int i = 0; i < h.doses().size(); i++) {
      AdministeredDose d = h.doses().get(i);
      v.require(!d.date().isAfter(on), "history.doses[" + i + "].date", "immunization.dose.future");
      v.require(!d.date().isBefore(h.birthDate()), "history.doses[" + i + "].date", "immunization.dose.beforeBirth");
      v.require(schedule.product(d.product()).isPresent(), "history.doses[" + i + "].product",
          "immunization.dose.unknownProduct");
    }
    List<LocalDate> ig = h.situations().immunoglobulinDates();
    for (int i = 0; i < ig.size(); i++) {
      v.require(!ig.get(i).isAfter(on), "history.situations.immunoglobulinDates[" + i + "]",
          "immunization.immunoglobulin.future");
    }
    v.throwIfAny();
  }

  /** The child and what the groups evaluated so far found. */
  private final class Child {
    final LocalDate birth;
    final io.github.weisheng.resident.Sex sex;
    final LocalDate on;
    final SpecialSituations special;
    final Set<Situation> situations;
    final List<AdministeredDose> doses;
    final List<LocalDate> injectedLive = new ArrayList<>();
    final Map<String, List<AdministeredDose>> validByGroup = new HashMap<>();
    final Map<String, SeriesDefinition> seriesByGroup = new HashMap<>();

    Child(VaccinationHistory h, LocalDate on) {
      this.birth = h.birthDate();
      this.sex = h.sex();
      this.on = on;
      this.special = h.situations();
      this.situations = special.situations(schedule);
      List<AdministeredDose> sorted = new ArrayList<>(h.doses());
      sorted.sort(Comparator.comparing(AdministeredDose::date));
      this.doses = sorted;
      for (AdministeredDose d : sorted) {
        if (product(d.product()).isInjectedLive()) {
          injectedLive.add(d.date());
        }
      }
    }

    LocalDate at(ProgrammeAge age) {
      return age.reachedOn(birth);
    }
  }

  private ProductDefinition product(String code) {
    return schedule.product(code).orElseThrow();
  }

  private List<AdministeredDose> relevantDoses(Child c, String group) {
    Set<String> products = new LinkedHashSet<>();
    boolean antigenCounting = false;
    for (SeriesDefinition s : schedule.series()) {
      if (s.group().equals(group)) {
        s.doses().forEach(d -> products.addAll(d.products()));
        s.catchUp().ifPresent(cu -> products.addAll(cu.products()));
        antigenCounting |= s.catchUp().map(cu -> cu.kind() == CatchUpKind.MMR_COHORT).orElse(false);
      }
    }
    List<AdministeredDose> relevant = new ArrayList<>();
    for (AdministeredDose d : c.doses) {
      if (products.contains(d.product()) || antigenCounting && hasMmrAntigen(d.product())) {
        relevant.add(d);
      }
    }
    return relevant;
  }

  private boolean hasMmrAntigen(String code) {
    return product(code).antigens().stream().anyMatch(MMR_ANTIGENS::contains);
  }

  // ---- evaluation

  /** One alternative path of a group, evaluated. */
  private static final class PathRun {
    final SeriesDefinition current;
    final List<DoseEvaluation> evaluations = new ArrayList<>();
    final List<AdministeredDose> valid = new ArrayList<>();
    boolean complete;
    boolean nextGivable;

    PathRun(SeriesDefinition current) {
      this.current = current;
    }

    boolean betterThan(PathRun other, ImmunizationForecaster.Child c) {
      if (complete != other.complete) {
        return complete;
      }
      if (nextGivable != other.nextGivable) {
        return nextGivable;
      }
      return valid.size() > other.valid.size();
    }
  }

  private SeriesDefinition currentSeries(Child c, String path) {
    for (SeriesDefinition s : schedule.series()) {
      if (s.path().equals(path) && s.isInForce(c.on) && s.covers(c.birth, c.sex, c.situations)) {
        return s;
      }
    }
    throw new IllegalStateException("no series in force for " + path);
  }

  private SeriesDefinition seriesAt(Child c, String path, LocalDate date, SeriesDefinition current) {
    return schedule.pathInForce(path, date).filter(s -> s.covers(c.birth, c.sex, c.situations)).orElse(current);
  }

  private PathRun evaluatePath(Child c, String group, String path, List<AdministeredDose> relevant) {
    PathRun run = new PathRun(currentSeries(c, path));
    for (AdministeredDose x : relevant) {
      SeriesDefinition s = seriesAt(c, path, x.date(), run.current);
      DoseReason reason = check(c, s, run.valid, x);
      DoseEvaluation.Builder e = DoseEvaluation.builder().dose(x).group(group).seriesId(s.id());
      if (reason == null) {
        DoseDefinition def = doseAt(s, run.valid.size());
        run.valid.add(x);
        e.doseNumber(run.valid.size());
        def.completeBefore().ifPresent(cb -> e.timely(x.date().isBefore(c.at(cb))));
      } else {
        e.reason(reason);
      }
      run.evaluations.add(e.build());
    }
    run.complete = isComplete(c, run.current, run.valid, c.on);
    if (!run.complete) {
      run.nextGivable = !nextProducts(c, run.current, run.valid).isEmpty();
    }
    return run;
  }

  private static DoseDefinition doseAt(SeriesDefinition s, int validSoFar) {
    return s.doses().get(Math.min(validSoFar, s.doseCount() - 1));
  }

  private @Nullable DoseReason check(Child c, SeriesDefinition s, List<AdministeredDose> valid, AdministeredDose x) {
    LocalDate date = x.date();
    if (isComplete(c, s, valid, date)) {
      return DoseReason.SERIES_COMPLETE;
    }
    int k = valid.size();
    DoseDefinition def = doseAt(s, k);
    CatchUpRule cu = s.catchUp().orElse(null);
    boolean dtpLate = isDtpLate(c, cu, date);
    boolean mmrCohort = isMmrCohort(c, cu);
    if (mmrCohort ? !hasMmrAntigen(x.product())
        : !(def.products().contains(x.product()) || dtpLate && cu.products().contains(x.product()))) {
      return DoseReason.PRODUCT_NOT_COUNTED;
    }
    ProgrammeAge minAge = isMenEarlyStart(c, cu, k, date) ? cu.requireFromAge() : def.minimumAge();
    if (date.isBefore(c.at(minAge))) {
      return DoseReason.TOO_YOUNG;
    }
    if (!date.isBefore(latestExclusive(c, s, cu, date))) {
      return DoseReason.TOO_OLD;
    }
    Optional<Period> interval = minimumInterval(c, s, def, valid, date);
    if (k > 0 && interval.isPresent() && date.isBefore(valid.get(k - 1).date().plus(interval.get()))) {
      return DoseReason.TOO_SOON;
    }
    if (date.isBefore(afterOtherSeries(c, s, date))) {
      return DoseReason.TOO_SOON_AFTER_OTHER_SERIES;
    }
    if (product(x.product()).isInjectedLive()) {
      for (LocalDate live : c.injectedLive) {
        if (live.isBefore(date) && date.isBefore(live.plus(schedule.liveVaccineSpacing()))) {
          return DoseReason.LIVE_VACCINE_SPACING;
        }
      }
    }
    Period wait = schedule.immunoglobulinWaits().get(x.product());
    if (wait != null) {
      for (LocalDate ig : c.special.immunoglobulinDates()) {
        if (!ig.isAfter(date) && date.isBefore(ig.plus(wait))) {
          return DoseReason.IMMUNOGLOBULIN_INTERVAL;
        }
      }
    }
    return null;
  }

  /** The day from which no dose is given: the series' maximum age, or the catch-up rule's end. */
  private static LocalDate latestExclusive(Child c, SeriesDefinition s, @Nullable CatchUpRule cu, LocalDate date) {
    LocalDate end = c.at(s.maximumAge());
    if (cu != null && cu.kind() == CatchUpKind.DTP_DT && cu.untilAge().isPresent() && isDtpLate(c, cu, date)) {
      LocalDate until = c.at(cu.untilAge().get());
      end = until.isBefore(end) ? until : end;
    }
    return end;
  }

  private static boolean isDtpLate(Child c, @Nullable CatchUpRule cu, LocalDate date) {
    return cu != null && cu.kind() == CatchUpKind.DTP_DT && !date.isBefore(c.at(cu.requireFromAge()));
  }

  private static boolean isMmrCohort(Child c, @Nullable CatchUpRule cu) {
    return cu != null && cu.kind() == CatchUpKind.MMR_COHORT && c.birth.isBefore(cu.date("twoMmrFrom"));
  }

  private boolean isMenEarlyStart(Child c, @Nullable CatchUpRule cu, int k, LocalDate date) {
    if (cu == null || cu.kind() != CatchUpKind.MENINGOCOCCAL_AC_EARLY_START || k > 0
        || date.isBefore(c.at(cu.requireFromAge()))) {
      return false;
    }
    String other = cu.otherGroup().orElseThrow(() -> new IllegalStateException("MENINGOCOCCAL_AC_EARLY_START needs otherGroup"));
    SeriesDefinition otherSeries = c.seriesByGroup.get(other);
    if (otherSeries == null) {
      return true;
    }
    long given = c.validByGroup.getOrDefault(other, List.of()).stream().filter(d -> !d.date().isAfter(date)).count();
    return given < otherSeries.doseCount();
  }

  private boolean hasDt(List<AdministeredDose> valid, CatchUpRule cu) {
    return valid.stream().anyMatch(d -> cu.products().contains(d.product()));
  }

  private Optional<Period> minimumInterval(
      Child c, SeriesDefinition s, DoseDefinition def, List<AdministeredDose> valid, LocalDate date) {
    CatchUpRule cu = s.catchUp().orElse(null);
    int k = valid.size();
    if (isDtpLate(c, cu, date)) {
      int primary = cu.doses().getOrDefault("primary", 3);
      if (k < primary) {
        return Optional.of(cu.interval("between"));
      }
      if (!hasDt(valid, cu)) {
        return Optional.of(cu.interval(k == primary ? "afterThird" : "afterFourth"));
      }
    }
    if (isMmrCohort(c, cu) && k >= 1) {
      return Optional.of(cu.interval("between"));
    }
    return def.minimumInterval();
  }

  /** The earliest date allowed by the intervals from doses of other groups. */
  private LocalDate afterOtherSeries(Child c, SeriesDefinition s, LocalDate before) {
    LocalDate earliest = LocalDate.MIN;
    for (SeriesInterval si : s.intervalsAfter()) {
      List<AdministeredDose> other = c.validByGroup.getOrDefault(si.afterGroup(), List.of());
      for (int i = 0; i < other.size(); i++) {
        LocalDate d = other.get(i).date();
        int number = i + 1;
        boolean matches = si.afterDose().map(n -> n == number).orElse(true);
        if (matches && !d.isAfter(before) && d.plus(si.interval()).isAfter(earliest)) {
          earliest = d.plus(si.interval());
        }
      }
    }
    return earliest;
  }

  /** Whether the series is complete on a date, with the catch-up rules that change the target. */
  private boolean isComplete(Child c, SeriesDefinition s, List<AdministeredDose> valid, LocalDate date) {
    int k = valid.size();
    CatchUpRule cu = s.catchUp().orElse(null);
    if (isDtpLate(c, cu, date) && k >= cu.doses().getOrDefault("primary", 3) && hasDt(valid, cu)) {
      return true;
    }
    if (isMmrCohort(c, cu)) {
      return mmrDosesNeeded(c, cu, valid) == 0;
    }
    return k >= s.doseCount();
  }

  /** §1 Catch-up MMR by birth cohort: the MMR doses still needed. */
  private int mmrDosesNeeded(Child c, CatchUpRule cu, List<AdministeredDose> valid) {
    int measles = 0;
    int mumps = 0;
    int rubella = 0;
    for (AdministeredDose d : valid) {
      Set<String> a = product(d.product()).antigens();
      measles += a.contains("measles") ? 1 : 0;
      mumps += a.contains("mumps") ? 1 : 0;
      rubella += a.contains("rubella") ? 1 : 0;
    }
    int needed = Math.max(0, 2 - measles);
    if (!c.birth.isBefore(cu.date("expansionFrom"))) {
      needed = Math.max(needed, Math.max(1 - mumps, 1 - rubella));
    }
    return needed;
  }

  private int targetDoses(Child c, SeriesDefinition s, List<AdministeredDose> valid) {
    int k = valid.size();
    CatchUpRule cu = s.catchUp().orElse(null);
    if (isDtpLate(c, cu, c.on)) {
      int primary = cu.doses().getOrDefault("primary", 3);
      if (hasDt(valid, cu) || k < primary) {
        return Math.max(k, primary);
      }
      return Math.min(k + 1, s.doseCount());
    }
    if (isMmrCohort(c, cu)) {
      return k + mmrDosesNeeded(c, cu, valid);
    }
    return s.doseCount();
  }

  // ---- forecast

  private List<String> nextProducts(Child c, SeriesDefinition s, List<AdministeredDose> valid) {
    CatchUpRule cu = s.catchUp().orElse(null);
    List<String> products = new ArrayList<>(
        isDtpLate(c, cu, c.on) || isMmrCohort(c, cu) ? cu.products() : doseAt(s, valid.size()).products());
    products.removeIf(p -> c.special.contraindications().contains(p));
    if (c.situations.contains(Situation.NO_LIVE_VACCINES)) {
      products.removeIf(p -> product(p).live());
    }
    return products;
  }

  private ImmunizationRecommendation forecast(Child c, String group, PathRun run) {
    SeriesDefinition s = run.current;
    List<AdministeredDose> valid = run.valid;
    int k = valid.size();
    CatchUpRule cu = s.catchUp().orElse(null);
    ImmunizationRecommendation.Builder r = ImmunizationRecommendation.builder()
        .group(group).seriesId(s.id()).validDoses(k).targetDoses(targetDoses(c, s, valid));
    List<String> notes = new ArrayList<>();
    situationNotes(c, group, k, run.complete, notes);
    if (run.complete) {
      return r.status(ForecastStatus.COMPLETE).addAllNotes(notes).build();
    }
    if (c.special.contraindications().contains(group)) {
      notes.add("immunization.note.contraindicated");
      return r.status(ForecastStatus.CONTRAINDICATED).addAllNotes(notes).build();
    }
    if (cu != null && cu.kind() == CatchUpKind.BCG_PPD && !c.on.isBefore(c.at(cu.requireFromAge()))) {
      notes.add("immunization.note.bcgPpd");
      if (c.special.ppdNegative().equals(Optional.of(false))) {
        notes.add("immunization.note.bcgPpdPositive");
        return r.status(ForecastStatus.CONTRAINDICATED).addAllNotes(notes).build();
      }
    }
    List<String> products = nextProducts(c, s, valid);
    if (products.isEmpty()) {
      if (c.situations.contains(Situation.NO_LIVE_VACCINES)) {
        notes.add("immunization.note.noLiveVaccines");
      } else {
        notes.add("immunization.note.contraindicated");
      }
      return r.status(ForecastStatus.CONTRAINDICATED).addAllNotes(notes).build();
    }
    DoseDefinition def = doseAt(s, k);
    boolean early = isMenEarlyStart(c, cu, k, c.on);
    boolean dtpLate = isDtpLate(c, cu, c.on);
    if (early) {
      notes.add("immunization.note.menAcEarlyStart");
    }
    if (dtpLate) {
      notes.add("immunization.note.dtpCatchUp");
    }
    if (isMmrCohort(c, cu)) {
      notes.add("immunization.note.mmrCohort");
    }
    ProgrammeAge minAge = early ? cu.requireFromAge() : def.minimumAge();
    ProgrammeAge recAge = early ? cu.requireFromAge() : def.recommendedAge();
    LocalDate earliest = c.at(minAge);
    LocalDate last = k > 0 ? valid.get(k - 1).date() : null;
    // The interval rules of the day the dose can first be given (a catch-up rule may start by then).
    Optional<Period> interval = minimumInterval(c, s, def, valid, max(c.on, earliest));
    if (last != null && interval.isPresent()) {
      earliest = max(earliest, last.plus(interval.get()));
    }
    earliest = max(earliest, afterOtherSeries(c, s, c.on));
    String preferred = products.get(0);
    Period wait = schedule.immunoglobulinWaits().get(preferred);
    if (wait != null) {
      for (LocalDate ig : c.special.immunoglobulinDates()) {
        earliest = max(earliest, ig.plus(wait));
      }
    }
    if (product(preferred).isInjectedLive()) {
      for (LocalDate live : c.injectedLive) {
        LocalDate after = live.plus(schedule.liveVaccineSpacing());
        boolean sameDayToday = live.equals(c.on) && !earliest.isAfter(c.on);
        if (after.isAfter(earliest) && !sameDayToday) {
          earliest = after;
        }
      }
    }
    if (c.special.clinicallyStableFrom().isPresent()) {
      earliest = max(earliest, c.special.clinicallyStableFrom().get());
    }
    LocalDate recBase = c.at(recAge);
    LocalDate recommended = max(recBase, earliest);
    if (last != null && def.recommendedInterval().isPresent()) {
      recommended = max(recommended, last.plus(def.recommendedInterval().get()));
    }
    LocalDate pastDue = recommended.equals(recBase)
        ? def.dueWindow().map(recBase::plus).orElse(recAge.nextUnit().reachedOn(c.birth))
        : recommended.plus(def.dueWindow().orElse(unit(recAge)));
    Optional<LocalDate> timelyBefore = timelyBefore(c, s, k);
    LocalDate latest = latestExclusive(c, s, cu, c.on).minusDays(1);
    // When the dose can first be given under a later edition (the 2025 DTaP change), that edition's
    // age limits hold on that day too: a dose it would refuse is never recommended.
    SeriesDefinition then = seriesAt(c, s.path(), earliest, s);
    if (!then.equals(s)) {
      LocalDate laterLatest = latestExclusive(c, then, then.catchUp().orElse(null), earliest).minusDays(1);
      latest = laterLatest.isBefore(latest) ? laterLatest : latest;
    }
    ForecastStatus status;
    if (c.on.isAfter(latest) || earliest.isAfter(latest)) {
      status = ForecastStatus.AGED_OUT;
    } else if (c.on.isBefore(recommended)) {
      status = ForecastStatus.NOT_DUE;
    } else if (early || timelyBefore.map(t -> !c.on.isBefore(t)).orElse(false)) {
      status = ForecastStatus.CATCH_UP;
    } else if (!c.on.isBefore(pastDue)) {
      status = ForecastStatus.OVERDUE;
    } else {
      status = ForecastStatus.DUE;
    }
    r.status(status).doseNumber(k + 1).latest(latest);
    if (status != ForecastStatus.AGED_OUT) {
      r.addAllProducts(products).earliest(earliest).recommended(recommended).pastDue(pastDue);
      timelyBefore.ifPresent(r::timelyBefore);
    }
    return r.addAllNotes(notes).build();
  }

  private static Period unit(ProgrammeAge age) {
    Period p = age.toPeriod();
    if (p.getDays() > 0 || p.isZero()) {
      return Period.ofDays(1);
    }
    return p.getMonths() > 0 ? Period.ofMonths(1) : Period.ofYears(1);
  }

  /** The dose's "complete before" date, or that of the first later dose that has one. */
  private static Optional<LocalDate> timelyBefore(Child c, SeriesDefinition s, int k) {
    for (int i = Math.min(k, s.doseCount() - 1); i < s.doseCount(); i++) {
      Optional<ProgrammeAge> cb = s.doses().get(i).completeBefore();
      if (cb.isPresent()) {
        return Optional.of(c.at(cb.get()));
      }
    }
    return Optional.empty();
  }

  private void situationNotes(Child c, String group, int k, boolean complete, List<String> notes) {
    if ("HepB".equals(group)) {
      if (c.situations.contains(Situation.MOTHER_HBSAG_POSITIVE) && k == 0) {
        notes.add("immunization.note.hbigWithin12h");
      }
      if (c.situations.contains(Situation.HEPB_FOUR_DOSE)) {
        notes.add("immunization.note.hepBFourDose");
      }
      if (complete && (c.situations.contains(Situation.MOTHER_HBSAG_POSITIVE)
          || c.situations.contains(Situation.HEPB_FOUR_DOSE))) {
        notes.add("immunization.note.hepBTestAfterSeries");
      }
    }
    if ("BCG".equals(group) && !complete && c.special.gestationalWeeks().isPresent()
        && c.situations.contains(Situation.PRETERM)) {
      notes.add(c.special.gestationalWeeks().get() <= schedule.bcgBeforeDischargeUpToWeeks()
          ? "immunization.note.bcgBeforeDischarge" : "immunization.note.bcgWhenStable");
    }
    if (!complete && (c.situations.contains(Situation.PRETERM) || c.situations.contains(Situation.LOW_BIRTH_WEIGHT))) {
      notes.add("immunization.note.chronologicalAge");
    }
    if (!complete && c.special.clinicallyStableFrom().map(d -> d.isAfter(c.birth)).orElse(false)) {
      notes.add("immunization.note.onceStable");
    }
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
