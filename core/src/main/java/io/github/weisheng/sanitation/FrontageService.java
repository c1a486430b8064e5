package io.github.weisheng.sanitation;

import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The 门前三包 use cases (责任单位登记, 签订责任书, 检查, 整改通知与复查), run for one principal (from
 * {@code health.as(principal).frontage()}); community records scoped by area, checked and audited
 * like {@link CampaignService}'s. A unit's name and address are personal data for a household: they
 * never reach the audit trail or an exception message.
 *
 * <p>Rules of the service: {@code sanitation.recordExists}, {@code sanitation.idChanged}, {@code
 * frontageAgreement.inFuture}, {@code frontageInspection.inFuture}, {@code
 * frontageInspection.unitUnknown}, {@code frontageInspection.otherScope} (an inspection is scoped
 * as its unit), {@code frontageInspection.noNotice}, {@code rectificationNotice.alreadyClosed},
 * {@code rectificationNotice.closedInFuture}, and those of the values.
 *
 * @since 0.1.0
 */
public interface FrontageService {

  /**
   * Registers a responsibility unit.
   *
   * @param unit the unit, with a new id
   * @return version 1
   */
  Recorded<FrontageUnit> register(FrontageUnit unit);

  /**
   * Records a signed agreement of a unit.
   *
   * @param unit the unit
   * @param basedOnVersion the version the caller read
   * @param agreement the agreement, signed today or earlier and no earlier than the last one
   * @return the unit's new version
   * @throws RecordNotFoundException when there is no such unit
   * @throws StaleRecordException when it changed since {@code basedOnVersion}
   */
  Recorded<FrontageUnit> signAgreement(FrontageUnitId unit, long basedOnVersion, FrontageAgreement agreement);

  /**
   * Reads a unit.
   *
   * @param id the unit
   * @return its current version, or empty
   */
  Optional<Recorded<FrontageUnit>> findUnit(FrontageUnitId id);

  /**
   * Returns the units of an area.
   *
   * @param area the area
   * @return the units, by id
   */
  List<Recorded<FrontageUnit>> units(AreaScope area);

  /**
   * Records an inspection of a unit, with the notice issued if a duty was broken.
   *
   * @param inspection the inspection, with a new id, of an existing unit and in its scope
   * @return version 1
   */
  Recorded<FrontageInspection> inspect(FrontageInspection inspection);

  /**
   * Closes the notice of an inspection after a follow-up found the fault put right (复查合格).
   *
   * @param inspection the inspection
   * @param basedOnVersion the version the caller read
   * @param on the day of the follow-up, today or earlier
   * @return the inspection's new version
   */
  Recorded<FrontageInspection> closeNotice(InspectionId inspection, long basedOnVersion, LocalDate on);

  /**
   * Reads an inspection.
   *
   * @param id the inspection
   * @return its current version, or empty
   */
  Optional<Recorded<FrontageInspection>> findInspection(InspectionId id);

  /**
   * Returns the inspections of a unit, by date.
   *
   * @param unit the unit
   * @return the inspections in the principal's scopes
   */
  List<Recorded<FrontageInspection>> inspectionsOf(FrontageUnitId unit);

  /**
   * Computes the 门前三包 figures of an area and period (a report).
   *
   * @param area the area
   * @param from the first day
   * @param to the last day
   * @return the figures
   */
  FrontageSummary summary(AreaScope area, LocalDate from, LocalDate to);
}
