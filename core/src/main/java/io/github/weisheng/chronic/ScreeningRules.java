package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.resident.Sex;
import io.github.weisheng.validation.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The screening rules of hypertension and type 2 diabetes (高血压、糖尿病筛查), as data with the
 * reference's defaults and the function that applies them ({@link #advise}). A host changes any
 * limit through {@link #builder()}, which starts from the defaults.
 *
 * <ul>
 *   <li><b>Yearly BP check</b> ({@code screening.bloodPressure.annual}): residents aged ≥ 35 get a
 *       blood-pressure check every 12 months [C] §3 Screening; due 12 months after the last
 *       reading, or at once when there is none;
 *   <li><b>High-risk markers</b> ({@link HypertensionHighRiskMarker}, {@code
 *       screening.bloodPressure.highRisk}): any one → a check at least every 6 months [C] §3,
 *       for the same ≥ 35 population;
 *   <li><b>Raised BP path</b>: after a first reading ≥ 140/90, re-check on another day ({@code
 *       screening.raised.recheck}, within 14 days by default [U]: the reference gives no delay);
 *       readings above normal on 3 different days → preliminary diagnosis and referral for
 *       confirmation ({@code screening.preliminaryDiagnosis}), the result checked within 2 weeks
 *       ({@code screening.confirmation}) [C] §3. This path applies at any age;
 *   <li><b>Diabetes</b> ({@code screening.glucose.annual}): high-risk adults (aged ≥ 18 by default
 *       [U]; who is high risk is the host's judgement, {@link ScreeningProfile#diabetesHighRisk()})
 *       get a fasting glucose test every 12 months [C] §4.
 * </ul>
 *
 * <p>The raised run is the consecutive days, ending with the latest day on record, on which every
 * reading was raised; a day with a reading below 140/90 ends it ("remove transient causes,
 * re-check") [U]. Readings and screenings dated after the as-of date are ignored.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScreeningRules.class)
@JsonDeserialize(as = ImmutableScreeningRules.class)
public abstract class ScreeningRules {
  private static final ScreeningRules DEFAULTS = builder().build();

  ScreeningRules() {}

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the reference's rules.
   *
   * @return the defaults
   */
  public static ScreeningRules defaults() {
    return DEFAULTS;
  }

  /** @return the age from which the yearly BP check applies (35 [C]) */
  @Value.Default
  public int bloodPressureScreeningFromAge() {
    return 35;
  }

  /** @return the months between yearly BP checks (12 [C]) */
  @Value.Default
  public int bloodPressureIntervalMonths() {
    return 12;
  }

  /** @return the months between checks of residents with a high-risk marker (6 [C]) */
  @Value.Default
  public int highRiskIntervalMonths() {
    return 6;
  }

  /** @return SBP from which a reading is raised, mmHg (140 [C]) */
  @Value.Default
  public int raisedSystolicFrom() {
    return 140;
  }

  /** @return DBP from which a reading is raised, mmHg (90 [C]) */
  @Value.Default
  public int raisedDiastolicFrom() {
    return 90;
  }

  /** @return SBP from which a reading is a high-risk marker, mmHg (130 [C]) */
  @Value.Default
  public int highNormalSystolicFrom() {
    return 130;
  }

  /** @return DBP from which a reading is a high-risk marker, mmHg (85 [C]) */
  @Value.Default
  public int highNormalDiastolicFrom() {
    return 85;
  }

  /** @return BMI from which a resident is overweight, kg/m² (24 [C]) */
  @Value.Default
  public BigDecimal overweightBmiFrom() {
    return new BigDecimal("24");
  }

  /** @return male waist from which obesity is central, cm (90 [C]) */
  @Value.Default
  public BigDecimal maleWaistFromCm() {
    return new BigDecimal("90");
  }

  /** @return female waist from which obesity is central, cm (85 [C]; also for an unknown sex [U]) */
  @Value.Default
  public BigDecimal femaleWaistFromCm() {
    return new BigDecimal("85");
  }

  /** @return daily spirits from which drinking is heavy, ml (100 [U]; a quiz page says 200) */
  @Value.Default
  public int heavyDrinkingFromMl() {
    return 100;
  }

  /** @return the age from which age is a high-risk marker (55 [C]) */
  @Value.Default
  public int markerAge() {
    return 55;
  }

  /** @return the days within which a raised reading is re-checked on another day (14 [U]) */
  @Value.Default
  public int recheckWithinDays() {
    return 14;
  }

  /** @return the raised readings on different days that make a preliminary diagnosis (3 [C]) */
  @Value.Default
  public int readingsForPreliminaryDiagnosis() {
    return 3;
  }

  /** @return the days within which the confirmation result is checked (14 [C]) */
  @Value.Default
  public int confirmationWithinDays() {
    return 14;
  }

  /** @return the age from which a diabetes high-risk resident is screened (18, "adults" [U]) */
  @Value.Default
  public int glucoseScreeningFromAge() {
    return 18;
  }

  /** @return the months between fasting-glucose screenings (12 [C]) */
  @Value.Default
  public int glucoseIntervalMonths() {
    return 12;
  }

  @Value.Check
  void check() {
    if (bloodPressureIntervalMonths() < 1 || highRiskIntervalMonths() < 1 || glucoseIntervalMonths() < 1
        || recheckWithinDays() < 1 || confirmationWithinDays() < 1 || readingsForPreliminaryDiagnosis() < 1
        || bloodPressureScreeningFromAge() < 0 || glucoseScreeningFromAge() < 0 || markerAge() < 0
        || heavyDrinkingFromMl() < 1 || overweightBmiFrom().signum() <= 0
        || maleWaistFromCm().signum() <= 0 || femaleWaistFromCm().signum() <= 0
        || highNormalSystolicFrom() > raisedSystolicFrom() || highNormalDiastolicFrom() > raisedDiastolicFrom()) {
      throw new IllegalArgumentException(
          "intervals, counts and limits must be positive and the marker limits below the raised ones"
              + " / 间隔、次数和界值须为正数，高危界值不能高于升高界值");
    }
  }

  /**
   * Returns the hypertension high-risk markers of a resident on a date.
   *
   * @param profile the resident's profile
   * @param asOf the date
   * @return the markers found
   */
  public Set<HypertensionHighRiskMarker> markers(ScreeningProfile profile, LocalDate asOf) {
    int age = age(profile, asOf);
    Set<HypertensionHighRiskMarker> markers = EnumSet.noneOf(HypertensionHighRiskMarker.class);
    Optional<BloodPressure> latest = latestReading(readingsUpTo(profile, asOf));
    if (latest.isPresent()
        && latest.get().atLeast(highNormalSystolicFrom(), highNormalDiastolicFrom())
        && !latest.get().atLeast(raisedSystolicFrom(), raisedDiastolicFrom())) {
      markers.add(HypertensionHighRiskMarker.HIGH_NORMAL_BLOOD_PRESSURE);
    }
    BigDecimal waistLimit = profile.sex() == Sex.MALE ? maleWaistFromCm() : femaleWaistFromCm();
    if (profile.bmi().map(b -> b.compareTo(overweightBmiFrom()) >= 0).orElse(false)
        || profile.waistCm().map(w -> w.compareTo(waistLimit) >= 0).orElse(false)) {
      markers.add(HypertensionHighRiskMarker.OVERWEIGHT_OR_CENTRAL_OBESITY);
    }
    if (profile.familyHistoryOfHypertension()) {
      markers.add(HypertensionHighRiskMarker.FAMILY_HISTORY);
    }
    if (profile.highSaltDiet()) {
      markers.add(HypertensionHighRiskMarker.HIGH_SALT_DIET);
    }
    if (profile.dailySpiritsMl().map(ml -> ml >= heavyDrinkingFromMl()).orElse(false)) {
      markers.add(HypertensionHighRiskMarker.HEAVY_DRINKING);
    }
    if (age >= markerAge()) {
      markers.add(HypertensionHighRiskMarker.AGE_55_OR_OVER);
    }
    return markers;
  }

  /**
   * Tells a resident what screening is due on a date.
   *
   * @param profile the resident's profile
   * @param asOf the date (domain logic never reads the clock)
   * @return the markers and the items due, each with its rules
   * @throws RuleViolationException {@code screening.asOfBeforeBirth} (field {@code asOf})
   */
  public ScreeningAdvice advise(ScreeningProfile profile, LocalDate asOf) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    int age = age(profile, asOf);
    List<BloodPressureReading> readings = readingsUpTo(profile, asOf);
    Optional<LocalDate> lastCheck = readings.stream().map(BloodPressureReading::date).max(Comparator.naturalOrder());
    Set<HypertensionHighRiskMarker> markers = markers(profile, asOf);
    List<ScreeningItem> items = new ArrayList<>();

    if (age >= bloodPressureScreeningFromAge()) {
      items.add(item(ScreeningKind.ANNUAL_BLOOD_PRESSURE_CHECK,
          lastCheck.map(d -> d.plusMonths(bloodPressureIntervalMonths())).orElse(asOf),
          List.of(AppliedRule.of("screening.bloodPressure.annual",
              bloodPressureScreeningFromAge(), bloodPressureIntervalMonths()))));
      if (!markers.isEmpty()) {
        List<AppliedRule> rules = new ArrayList<>();
        for (HypertensionHighRiskMarker m : markers) {
          rules.add(markerRule(m));
        }
        rules.add(AppliedRule.of("screening.bloodPressure.highRisk", highRiskIntervalMonths()));
        items.add(item(ScreeningKind.HIGH_RISK_BLOOD_PRESSURE_CHECK,
            lastCheck.map(d -> d.plusMonths(highRiskIntervalMonths())).orElse(asOf), rules));
      }
    }

    List<LocalDate> run = raisedRun(readings);
    int needed = readingsForPreliminaryDiagnosis();
    if (!run.isEmpty() && run.size() < needed) {
      items.add(item(ScreeningKind.RAISED_BLOOD_PRESSURE_RECHECK,
          run.get(run.size() - 1).plusDays(recheckWithinDays()),
          List.of(AppliedRule.of("screening.raised.recheck",
              run.size(), needed, recheckWithinDays(), raisedSystolicFrom(), raisedDiastolicFrom()))));
    } else if (run.size() >= needed) {
      items.add(item(ScreeningKind.CONFIRMATION_RESULT,
          run.get(needed - 1).plusDays(confirmationWithinDays()),
          List.of(
              AppliedRule.of("screening.preliminaryDiagnosis", needed, raisedSystolicFrom(), raisedDiastolicFrom()),
              AppliedRule.of("screening.confirmation", confirmationWithinDays()))));
    }

    if (profile.diabetesHighRisk() && age >= glucoseScreeningFromAge()) {
      Optional<LocalDate> lastGlucose = profile.lastFastingGlucoseScreening().filter(d -> !d.isAfter(asOf));
      items.add(item(ScreeningKind.FASTING_GLUCOSE_SCREENING,
          lastGlucose.map(d -> d.plusMonths(glucoseIntervalMonths())).orElse(asOf),
          List.of(AppliedRule.of("screening.glucose.annual", glucoseScreeningFromAge(), glucoseIntervalMonths()))));
    }
    return ImmutableScreeningAdvice.builder().asOf(asOf).addAllMarkers(markers).addAllItems(items).build();
  }

  /** A marker's rule with the limits this table applies. */
  AppliedRule markerRule(HypertensionHighRiskMarker marker) {
    return switch (marker) {
      case HIGH_NORMAL_BLOOD_PRESSURE -> AppliedRule.of(marker.rule(),
          highNormalSystolicFrom(), raisedSystolicFrom() - 1, highNormalDiastolicFrom(), raisedDiastolicFrom() - 1);
      case OVERWEIGHT_OR_CENTRAL_OBESITY -> AppliedRule.of(marker.rule(),
          overweightBmiFrom().toPlainString(), maleWaistFromCm().toPlainString(), femaleWaistFromCm().toPlainString());
      case HEAVY_DRINKING -> AppliedRule.of(marker.rule(), heavyDrinkingFromMl());
      case AGE_55_OR_OVER -> AppliedRule.of(marker.rule(), markerAge());
      default -> AppliedRule.of(marker.rule());
    };
  }

  private static ScreeningItem item(ScreeningKind kind, LocalDate due, List<AppliedRule> rules) {
    return ImmutableScreeningItem.builder().kind(kind).due(due).addAllRules(rules).build();
  }

  private static int age(ScreeningProfile profile, LocalDate asOf) {
    if (asOf.isBefore(profile.birthDate())) {
      throw RuleViolationException.of("asOf", "screening.asOfBeforeBirth");
    }
    return Period.between(profile.birthDate(), asOf).getYears();
  }

  private static List<BloodPressureReading> readingsUpTo(ScreeningProfile profile, LocalDate asOf) {
    return profile.bloodPressureReadings().stream().filter(r -> !r.date().isAfter(asOf)).collect(Collectors.toList());
  }

  /** The last reading of the latest day, in the order given. */
  private static Optional<BloodPressure> latestReading(List<BloodPressureReading> readings) {
    BloodPressureReading latest = null;
    for (BloodPressureReading r : readings) {
      if (latest == null || !r.date().isBefore(latest.date())) {
        latest = r;
      }
    }
    return Optional.ofNullable(latest).map(BloodPressureReading::bloodPressure);
  }

  /** The days, oldest first, of the run of wholly raised days that ends with the latest day. */
  private List<LocalDate> raisedRun(List<BloodPressureReading> readings) {
    TreeMap<LocalDate, Boolean> raisedByDay = new TreeMap<>();
    for (BloodPressureReading r : readings) {
      boolean raised = r.bloodPressure().atLeast(raisedSystolicFrom(), raisedDiastolicFrom());
      raisedByDay.merge(r.date(), raised, Boolean::logicalAnd);
    }
    List<LocalDate> run = new ArrayList<>();
    for (var day : raisedByDay.descendingMap().entrySet()) {
      if (!day.getValue()) {
        break;
      }
      run.add(0, day.getKey());
    }
    return run;
  }

  /** Builds {@link ScreeningRules} from the defaults; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableScreeningRules.Builder {
    Builder() {}
  }
}
