package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A pulmonary tuberculosis patient under management (肺结核患者健康管理), §6.5 [C]: when the case was
 * notified (报告/推送), the first home visit (首次入户随访) and failed attempts, the supervisor and the
 * dosing plan (time and place, 服药时间和地点; health data, printed as {@code ***}), the regimen, the
 * dosing records (服药记录: one date per dose taken), the follow-up visits and the end of treatment.
 *
 * <p>Rules, every broken one at once (field {@code tbCase.<attribute>}): {@code
 * tb.firstVisit.beforeNotification}, {@code tb.firstVisit.attempts} (0–10 failed attempts), {@code
 * tb.dosingPlan.text} (1–200 characters), {@code tb.dose.beforeStart}, {@code tb.dose.duplicate},
 * {@code tb.dose.tooMany} (more than the regimen's doses), {@code tb.visit.beforeNotification},
 * {@code tb.completed.beforeStart}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTbCase.class)
@JsonDeserialize(as = ImmutableTbCase.class)
public abstract class TbCase {
  TbCase() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the patient's archive */
  public abstract ArchiveNumber archive();

  /** @return when the case was notified to the centre (local time) */
  public abstract LocalDateTime notifiedAt();

  /** @return the first home visit, once done (local time) */
  public abstract Optional<LocalDateTime> firstVisitAt();

  /** @return failed first-visit attempts (2 → report to the CDC, §6.5 [C]) */
  @Value.Default
  public int failedFirstVisitAttempts() {
    return 0;
  }

  /** @return the supervisor */
  public abstract TbSupervisor supervisor();

  /** @return the dosing plan: time and place (health data) */
  @Value.Redacted
  public abstract String dosingPlan();

  /** @return the regimen */
  public abstract TbRegimen regimen();

  /** @return the start of treatment */
  public abstract LocalDate treatmentStart();

  /** @return the dates a dose was taken */
  public abstract List<LocalDate> doses();

  /** @return the follow-up visits after the first one */
  public abstract List<LocalDate> visits();

  /** @return the end of treatment (疗程结束), once ended */
  public abstract Optional<LocalDate> completedOn();

  /**
   * Returns the phase on a date: intensive until the regimen's intensive doses were taken.
   *
   * @param date the date
   * @return the phase
   */
  public TbPhase phaseOn(LocalDate date) {
    long taken = doses().stream().filter(d -> d.isBefore(date)).count();
    return taken < regimen().intensiveDoses() ? TbPhase.INTENSIVE : TbPhase.CONTINUATION;
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    firstVisitAt().ifPresent(f -> v.require(!f.isBefore(notifiedAt()), "tbCase.firstVisitAt",
        "tb.firstVisit.beforeNotification"));
    v.require(failedFirstVisitAttempts() >= 0 && failedFirstVisitAttempts() <= 10, "tbCase.failedFirstVisitAttempts",
        "tb.firstVisit.attempts", 0, 10);
    v.require(!dosingPlan().isBlank() && dosingPlan().length() <= 200, "tbCase.dosingPlan", "tb.dosingPlan.text", 200);
    v.require(doses().stream().noneMatch(d -> d.isBefore(treatmentStart())), "tbCase.doses", "tb.dose.beforeStart");
    v.require(new HashSet<>(doses()).size() == doses().size(), "tbCase.doses", "tb.dose.duplicate");
    v.require(doses().size() <= regimen().doses(), "tbCase.doses", "tb.dose.tooMany", regimen().doses());
    LocalDate notified = notifiedAt().toLocalDate();
    v.require(visits().stream().noneMatch(d -> d.isBefore(notified)), "tbCase.visits", "tb.visit.beforeNotification");
    completedOn().ifPresent(c -> v.require(!c.isBefore(treatmentStart()), "tbCase.completedOn",
        "tb.completed.beforeStart"));
    v.throwIfAny();
  }

  /** @return the distinct dose dates (for callers that count) */
  public Set<LocalDate> doseDates() {
    return Set.copyOf(doses());
  }

  /** Builds {@link TbCase}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableTbCase.Builder {
    Builder() {}
  }
}
