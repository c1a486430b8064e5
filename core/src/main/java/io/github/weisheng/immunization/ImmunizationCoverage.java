package io.github.weisheng.immunization;

import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Computes a child's reporting inputs for a period (接种率统计明细, {@link ChildCoverage}): the doses due,
 * received and timely by the definitions of {@link DoseCoverage}, and the certificate by those of
 * {@link ChildCoverage}. The child's doses are evaluated on the period's last day by an {@link
 * ImmunizationForecaster}; doses dated after it are not considered. Stateless and thread-safe; never
 * reads the clock.
 *
 * <p>Rule: {@code period}: {@code immunization.coverage.period} (the period ends before it starts).
 *
 * @since 0.1.0
 */
public final class ImmunizationCoverage {
  private final ImmunizationForecaster forecaster;
  private final CoverageRules rules;

  private ImmunizationCoverage(ImmunizationForecaster forecaster, CoverageRules rules) {
    this.forecaster = forecaster;
    this.rules = rules;
  }

  /**
   * Returns the computation for a forecaster's schedule and coverage rules.
   *
   * @param forecaster the forecaster with the schedule in use
   * @param rules the coverage rules
   * @return the computation
   */
  public static ImmunizationCoverage of(ImmunizationForecaster forecaster, CoverageRules rules) {
    return new ImmunizationCoverage(Objects.requireNonNull(forecaster, "forecaster"), Objects.requireNonNull(rules, "rules"));
  }

  /** @return the computation for the national schedule and {@link CoverageRules#defaults()} */
  public static ImmunizationCoverage defaults() {
    return of(ImmunizationForecaster.defaults(), CoverageRules.defaults());
  }

  /** @return the coverage rules */
  public CoverageRules rules() {
    return rules;
  }

  /**
   * Checks a period.
   *
   * @param from the first day
   * @param to the last day
   * @throws io.github.weisheng.validation.RuleViolationException when {@code to} is before {@code from}
   */
  public static void checkPeriod(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    new Violations().require(!to.isBefore(from), "period", "immunization.coverage.period").throwIfAny();
  }

  /**
   * Computes a child's inputs for a period.
   *
   * @param archive the child's archive
   * @param history the child's history (doses after {@code to} are ignored)
   * @param certificate the child's certificate, if one was issued
   * @param from the period's first day
   * @param to the period's last day; the child must be born by then
   * @return the inputs
   * @throws io.github.weisheng.validation.RuleViolationException for a reversed period, or the rules of
   *     {@link ImmunizationForecaster#assess} (for example a child born after {@code to})
   */
  public ChildCoverage inputs(ArchiveNumber archive, VaccinationHistory history,
      Optional<VaccinationCertificate> certificate, LocalDate from, LocalDate to) {
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(certificate, "certificate");
    checkPeriod(from, to);
    List<AdministeredDose> until = history.doses().stream().filter(d -> !d.date().isAfter(to))
        .collect(Collectors.toList());
    VaccinationHistory h = until.size() == history.doses().size() ? history
        : VaccinationHistory.builder().birthDate(history.birthDate()).sex(history.sex())
            .situations(history.situations()).addAllDoses(until).build();
    ImmunizationAssessment assessment = forecaster.assess(h, to);
    LocalDate birth = h.birthDate();
    ImmunizationSchedule schedule = forecaster.schedule();
    Set<Situation> situations = h.situations().situations(schedule);
    ChildCoverage.Builder result = ChildCoverage.builder().archive(archive).from(from).to(to);
    for (ImmunizationRecommendation r : assessment.recommendations()) {
      String path = schedule.series().stream().filter(s -> s.id().equals(r.seriesId())).findFirst()
          .orElseThrow().path();
      List<SeriesDefinition> editions = schedule.series().stream()
          .filter(s -> s.path().equals(path) && s.covers(birth, h.sex(), situations))
          .sorted(Comparator.comparing(SeriesDefinition::effectiveFrom))
          .collect(Collectors.toList());
      List<DoseEvaluation> evaluations = assessment.evaluations(r.group());
      long invalid = evaluations.stream().filter(e -> !e.isValid()).count();
      int doses = editions.stream().mapToInt(SeriesDefinition::doseCount).max().orElse(0);
      LocalDate baseline = schedule.series().stream().map(SeriesDefinition::effectiveFrom)
          .min(Comparator.naturalOrder()).orElseThrow();
      Due previous = null;
      for (int n = 1; n <= doses; n++) {
        Due due = dueOf(editions, n, birth, baseline, previous);
        if (due == null) {
          continue;
        }
        previous = due;
        int number = n;
        Optional<LocalDate> given = evaluations.stream()
            .filter(e -> e.doseNumber().equals(Optional.of(number))).map(e -> e.dose().date()).findFirst();
        boolean dueInPeriod = !due.on.isBefore(from) && !due.on.isAfter(to);
        boolean received = dueInPeriod && given.isPresent();
        ProgrammeAge limit = isHepBBirthDose(due.series, n) ? rules.hepBBirthDoseBefore() : timelyLimit(due.series, n);
        boolean timely = received && given.get().isBefore(limit.reachedOn(birth));
        DoseCoverage.Builder line = DoseCoverage.builder().group(r.group()).seriesId(due.series.id())
            .doseNumber(n).dueOn(due.on).dueInPeriod(dueInPeriod).received(received).receivedOn(given)
            .givenInPeriod(given.map(g -> !g.isBefore(from)).orElse(false)).timely(timely)
            .timelyBefore(limit);
        if (dueInPeriod && !received) {
          line.addReasons(CoverageReason.of(notReceived(r.status()), r.group(), n));
          if (invalid > 0) {
            line.addReasons(CoverageReason.of(CoverageReason.INVALID_DOSES, r.group(), invalid));
          }
        } else if (received && !timely) {
          line.addReasons(CoverageReason.of(CoverageReason.LATE, r.group(), n, limit));
        }
        result.addDoses(line.build());
      }
    }
    LocalDate certificateDue = rules.certificateWithin().reachedOn(birth);
    Optional<LocalDate> issued = certificate.map(VaccinationCertificate::issuedOn).filter(d -> !d.isAfter(to));
    boolean timely = issued.map(d -> !d.isAfter(certificateDue)).orElse(false);
    result.certificateHeld(issued.isPresent()).certificateDueOn(certificateDue)
        .certificateDueInPeriod(!certificateDue.isBefore(from) && !certificateDue.isAfter(to))
        .certificateTimely(timely);
    if (issued.isEmpty()) {
      result.addCertificateReasons(CoverageReason.of(CoverageReason.NO_CERTIFICATE));
    } else if (!timely) {
      result.addCertificateReasons(CoverageReason.of(CoverageReason.CERTIFICATE_LATE, rules.certificateWithin()));
    }
    return result.build();
  }

  private static String notReceived(ForecastStatus status) {
    if (status == ForecastStatus.CONTRAINDICATED) {
      return CoverageReason.CONTRAINDICATED;
    }
    return status == ForecastStatus.AGED_OUT ? CoverageReason.AGED_OUT : CoverageReason.NOT_RECEIVED;
  }

  /** The edition a dose is due by, and the day. */
  private static final class Due {
    final SeriesDefinition series;
    final LocalDate on;

    Due(SeriesDefinition series, LocalDate on) {
      this.series = series;
      this.on = on;
    }
  }

  private static @Nullable Due dueOf(
      List<SeriesDefinition> editions, int n, LocalDate birth, LocalDate baseline, @Nullable Due previous) {
    boolean first = true;
    for (SeriesDefinition e : editions) {
      if (e.doseCount() < n) {
        first = false;
        continue;
      }
      DoseDefinition dose = e.doses().get(n - 1);
      LocalDate at = dose.recommendedAge().reachedOn(birth);
      if (previous != null && dose.recommendedInterval().isPresent()) {
        LocalDate after = previous.on.plus(dose.recommendedInterval().get());
        at = after.isAfter(at) ? after : at;
      }
      if (e.effectiveUntil().map(at::isAfter).orElse(false)) {
        first = false;
        continue;
      }
      boolean baselineAges = first && e.effectiveFrom().equals(baseline);
      if (at.isBefore(e.effectiveFrom()) && !baselineAges) {
        return new Due(e, e.effectiveFrom());
      }
      return new Due(e, at);
    }
    return null;
  }

  /** The first dose of a HepB series, given at birth (both the 3- and the 4-dose paths). */
  private static boolean isHepBBirthDose(SeriesDefinition s, int n) {
    return n == 1 && "HepB".equals(s.group()) && s.doses().get(0).recommendedAge().isBirth();
  }

  /** The dose's "complete before" age, or that of the first later dose with one, or the maximum age. */
  private static ProgrammeAge timelyLimit(SeriesDefinition s, int n) {
    for (int i = n - 1; i < s.doseCount(); i++) {
      Optional<ProgrammeAge> cb = s.doses().get(i).completeBefore();
      if (cb.isPresent()) {
        return cb.get();
      }
    }
    return s.maximumAge();
  }
}
