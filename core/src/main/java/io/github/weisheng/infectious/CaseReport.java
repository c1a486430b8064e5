package io.github.weisheng.infectious;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An infectious-disease case report (传染病报告卡) on a resident's archive: the disease (a code of
 * {@link NotifiableDiseases}; health data, printed as {@code ***}), the case classification, the
 * onset (发病日期), when it was diagnosed (诊断时间) and, once done, when it was reported through the
 * network (网络报告时间, local time), and the isolation or home-management period (隔离/居家管理) with the
 * day it was lifted (解除隔离). Whether the report was on time is {@link
 * NotifiableDiseases#timeliness(CaseReport)}: a report is due within its class's limit of the
 * diagnosis (《传染病信息报告管理规范》 [C], see the package comment).
 *
 * <p>Rules, every broken one at once (field {@code caseReport.<attribute>}): {@code
 * notifiableDisease.code} (the disease code's form), {@code infectious.report.beforeDiagnosis} (reported
 * before diagnosed), {@code infectious.onset.afterDiagnosis}, {@code infectious.isolation.order} (an end
 * before the start, or an end without a start), {@code infectious.lifted.withoutIsolation}, {@code
 * infectious.lifted.beforeStart} (lifted before the isolation began).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCaseReport.class)
@JsonDeserialize(as = ImmutableCaseReport.class)
public abstract class CaseReport {
  CaseReport() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the report's id */
  public abstract CaseReportId id();

  /** @return the patient's archive */
  public abstract ArchiveNumber archive();

  /** @return the disease's code in {@link NotifiableDiseases} (health data) */
  @Value.Redacted
  public abstract String disease();

  /** @return the case classification (病例分类) */
  public abstract CaseClassification classification();

  /** @return the onset day (发病日期), when known */
  public abstract Optional<LocalDate> onsetOn();

  /** @return when the case was diagnosed (诊断时间, local time) */
  public abstract LocalDateTime diagnosedAt();

  /** @return when the card was reported through the network (网络报告), once done (local time) */
  public abstract Optional<LocalDateTime> reportedAt();

  /** @return the first day of isolation or home management (隔离/居家管理), when ordered */
  public abstract Optional<LocalDate> isolationFrom();

  /** @return the planned last day of isolation, when set */
  public abstract Optional<LocalDate> isolationUntil();

  /** @return the day the isolation was lifted (解除隔离), once lifted */
  public abstract Optional<LocalDate> isolationLiftedOn();

  /** @return where the case stands: lifted, reported or only registered */
  public CaseStatus status() {
    if (isolationLiftedOn().isPresent()) {
      return CaseStatus.ISOLATION_LIFTED;
    }
    return reportedAt().isPresent() ? CaseStatus.REPORTED : CaseStatus.REGISTERED;
  }

  /**
   * Returns this case reported at a time.
   *
   * @param at when it was reported through the network
   * @return the changed copy (checked again)
   */
  public CaseReport reported(LocalDateTime at) {
    return ((ImmutableCaseReport) ImmutableCaseReport.copyOf(this)).withReportedAt(Objects.requireNonNull(at, "at"));
  }

  /**
   * Returns this case with its isolation lifted (解除隔离) on a day.
   *
   * @param on the day
   * @return the changed copy (checked again: the case must have an isolation that began by then)
   */
  public CaseReport liftIsolation(LocalDate on) {
    return ((ImmutableCaseReport) ImmutableCaseReport.copyOf(this)).withIsolationLiftedOn(Objects.requireNonNull(on, "on"));
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.require(disease().matches("[A-Z][A-Z0-9_]{0,39}"), "caseReport.disease", "notifiableDisease.code", 40);
    reportedAt().ifPresent(r -> v.require(!r.isBefore(diagnosedAt()), "caseReport.reportedAt",
        "infectious.report.beforeDiagnosis"));
    onsetOn().ifPresent(o -> v.require(!o.isAfter(diagnosedAt().toLocalDate()), "caseReport.onsetOn",
        "infectious.onset.afterDiagnosis"));
    isolationUntil().ifPresent(u -> v.require(isolationFrom().map(f -> !u.isBefore(f)).orElse(false),
        "caseReport.isolationUntil", "infectious.isolation.order"));
    isolationLiftedOn().ifPresent(l -> {
      v.require(isolationFrom().isPresent(), "caseReport.isolationLiftedOn", "infectious.lifted.withoutIsolation");
      isolationFrom().ifPresent(f -> v.require(!l.isBefore(f), "caseReport.isolationLiftedOn",
          "infectious.lifted.beforeStart"));
    });
    v.throwIfAny();
  }

  /** Builds {@link CaseReport}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableCaseReport.Builder {
    Builder() {}
  }
}
