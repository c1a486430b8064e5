package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The 门前三包 figures of a period (门前三包工作情况): agreements signed (签订责任书 份), units under an
 * agreement at the period's end, inspections and how many found a fault, rectification notices
 * issued (下发整改通知书 份) and, as of the period's end, how many are closed, open and overdue, and
 * the mean days to close (../shared/domain/README.md, sanitation campaigns).
 *
 * <p>Rule: {@code frontageSummary.period} (field {@code to}: not before {@code from}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFrontageSummary.class)
@JsonDeserialize(as = ImmutableFrontageSummary.class)
public abstract class FrontageSummary {
  FrontageSummary() {}

  /** @return the first day */
  public abstract LocalDate from();

  /** @return the last day */
  public abstract LocalDate to();

  /** @return the agreements signed in the period */
  public abstract int agreementsSigned();

  /** @return the units with an agreement in force on the last day */
  public abstract int unitsUnderAgreement();

  /** @return the inspections in the period */
  public abstract int inspections();

  /** @return the inspections in the period that found a broken duty */
  public abstract int inspectionsWithFault();

  /** @return the notices issued in the period */
  public abstract int noticesIssued();

  /** @return of those, closed by the last day */
  public abstract int noticesClosed();

  /** @return of those, still open on the last day */
  public abstract int noticesOpen();

  /** @return of those, past their deadline on the last day (open or closed late) */
  public abstract int noticesOverdue();

  /** @return the mean days from issue to closure of the closed ones, one decimal; empty when none closed */
  public abstract Optional<BigDecimal> meanDaysToClose();

  /**
   * Computes the figures of a period.
   *
   * @param units the units
   * @param inspections the inspections
   * @param from the first day
   * @param to the last day
   * @return the figures
   */
  public static FrontageSummary of(
      Collection<FrontageUnit> units, Collection<FrontageInspection> inspections, LocalDate from, LocalDate to) {
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(inspections, "inspections");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    new Violations().require(!to.isBefore(from), "to", "frontageSummary.period").throwIfAny();
    int signed = 0;
    int covered = 0;
    for (FrontageUnit unit : units) {
      signed += (int) unit.agreements().stream().filter(a -> within(a.signedOn(), from, to)).count();
      covered += unit.agreementOn(to).isPresent() ? 1 : 0;
    }
    int inspected = 0;
    int faults = 0;
    int issued = 0;
    int closed = 0;
    int overdue = 0;
    long days = 0;
    for (FrontageInspection inspection : inspections) {
      if (!within(inspection.inspectedOn(), from, to)) {
        continue;
      }
      inspected++;
      faults += inspection.compliant() ? 0 : 1;
      Optional<RectificationNotice> notice = inspection.notice().filter(n -> within(n.issuedOn(), from, to));
      if (notice.isEmpty()) {
        continue;
      }
      issued++;
      RectificationNotice n = notice.get();
      // as of the last day: a closure after it does not count yet
      RectificationNotice asOf = n.closedOn().filter(c -> !c.isAfter(to)).map(c -> n)
          .orElse(RectificationNotice.issued(n.issuedOn(), n.dueBy()));
      if (!asOf.isOpen()) {
        closed++;
        days += ChronoUnit.DAYS.between(n.issuedOn(), asOf.closedOn().orElseThrow());
      }
      overdue += asOf.isOverdue(to) ? 1 : 0;
    }
    Optional<BigDecimal> mean = closed == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(days).divide(BigDecimal.valueOf(closed), 1, RoundingMode.HALF_UP));
    return ImmutableFrontageSummary.builder().from(from).to(to).agreementsSigned(signed).unitsUnderAgreement(covered)
        .inspections(inspected).inspectionsWithFault(faults).noticesIssued(issued).noticesClosed(closed)
        .noticesOpen(issued - closed).noticesOverdue(overdue).meanDaysToClose(mean).build();
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
