package io.github.weisheng.internal;

import io.github.weisheng.Recorded;
import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.sanitation.FrontageAgreement;
import io.github.weisheng.sanitation.FrontageInspection;
import io.github.weisheng.sanitation.FrontageService;
import io.github.weisheng.sanitation.FrontageSummary;
import io.github.weisheng.sanitation.FrontageUnit;
import io.github.weisheng.sanitation.FrontageUnitId;
import io.github.weisheng.sanitation.InspectionId;
import io.github.weisheng.sanitation.RectificationNotice;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 门前三包 use cases over the record store, for one principal: units (with their agreements) and
 * inspections (with their notices) as community records (see {@link CommunityRecords}); the index
 * holds the unit id and dates, never a name or an address.
 */
public final class DefaultFrontageService implements FrontageService {
  private final Gate gate;
  private final CommunityRecords<FrontageUnit> units;
  private final CommunityRecords<FrontageInspection> inspections;

  /**
   * Creates the service.
   *
   * @param records typed store access for the principal
   * @param gate the principal's gate
   */
  public DefaultFrontageService(Records records, Gate gate) {
    this.gate = gate;
    this.units = new CommunityRecords<>(records, gate, Kinds.SANITATION_FRONTAGE_UNIT, FrontageUnit.class,
        u -> u.id().value(), u -> u.scope().value(), u -> Set.of(IndexEntry.of("kind", u.kind().name())),
        "sanitation.recordExists");
    this.inspections = new CommunityRecords<>(records, gate, Kinds.SANITATION_FRONTAGE_INSPECTION,
        FrontageInspection.class, i -> i.id().value(), i -> i.scope().value(),
        i -> Set.of(IndexEntry.of("unit", i.unit().value()), IndexEntry.of("inspected", i.inspectedOn().toString())),
        "sanitation.recordExists");
  }

  private LocalDate today() {
    return LocalDate.now(gate.clock());
  }

  @Override
  public Recorded<FrontageUnit> register(FrontageUnit unit) {
    Objects.requireNonNull(unit, "unit");
    return units.create(unit, "sanitation.frontage.register", () -> unit.agreements().forEach(a ->
        new Violations().require(!a.signedOn().isAfter(today()), "agreement.signedOn", "frontageAgreement.inFuture")
            .throwIfAny()));
  }

  @Override
  public Recorded<FrontageUnit> signAgreement(FrontageUnitId unit, long basedOnVersion, FrontageAgreement agreement) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(agreement, "agreement");
    return units.amend(unit.value(), basedOnVersion, current -> {
      new Violations().require(!agreement.signedOn().isAfter(today()), "agreement.signedOn",
          "frontageAgreement.inFuture").throwIfAny();
      return current.withAgreement(agreement);
    }, "sanitation.frontage.sign");
  }

  @Override
  public Optional<Recorded<FrontageUnit>> findUnit(FrontageUnitId id) {
    return units.find(Objects.requireNonNull(id, "id").value());
  }

  @Override
  public List<Recorded<FrontageUnit>> units(AreaScope area) {
    Objects.requireNonNull(area, "area");
    return gate.run(Action.SEARCH, units.resource("", area.value()), () -> scanUnits(area));
  }

  private List<Recorded<FrontageUnit>> scanUnits(AreaScope area) {
    return units.scan(ScopeFilter.within(area.value())).stream()
        .sorted(Comparator.comparing((Recorded<FrontageUnit> r) -> r.value().id()))
        .collect(Collectors.toList());
  }

  @Override
  public Recorded<FrontageInspection> inspect(FrontageInspection inspection) {
    Objects.requireNonNull(inspection, "inspection");
    return inspections.create(inspection, "sanitation.frontage.inspect", () -> {
      Violations v = new Violations();
      v.require(!inspection.inspectedOn().isAfter(today()), "inspectedOn", "frontageInspection.inFuture");
      Optional<FrontageUnit> unit = units.read(inspection.unit().value()).map(Recorded::value);
      v.require(unit.isPresent(), "unit", "frontageInspection.unitUnknown");
      unit.ifPresent(u -> v.require(u.scope().equals(inspection.scope()), "scope", "frontageInspection.otherScope"));
      v.throwIfAny();
    });
  }

  @Override
  public Recorded<FrontageInspection> closeNotice(InspectionId inspection, long basedOnVersion, LocalDate on) {
    Objects.requireNonNull(inspection, "inspection");
    Objects.requireNonNull(on, "on");
    return inspections.amend(inspection.value(), basedOnVersion, current -> {
      RectificationNotice notice = current.notice()
          .orElseThrow(() -> RuleViolationException.of("notice", "frontageInspection.noNotice"));
      Violations v = new Violations();
      v.require(notice.isOpen(), "notice", "rectificationNotice.alreadyClosed");
      v.require(!on.isAfter(today()), "notice.closedOn", "rectificationNotice.closedInFuture");
      v.throwIfAny();
      return current.withNoticeClosed(on);
    }, "sanitation.frontage.closeNotice");
  }

  @Override
  public Optional<Recorded<FrontageInspection>> findInspection(InspectionId id) {
    return inspections.find(Objects.requireNonNull(id, "id").value());
  }

  @Override
  public List<Recorded<FrontageInspection>> inspectionsOf(FrontageUnitId unit) {
    Objects.requireNonNull(unit, "unit");
    return inspections.query(Action.SEARCH, "",
            IndexQuery.equalTo(Kinds.SANITATION_FRONTAGE_INSPECTION, "unit", unit.value()))
        .stream()
        .sorted(Comparator.comparing((Recorded<FrontageInspection> r) -> r.value().inspectedOn())
            .thenComparing(r -> r.value().id().value()))
        .collect(Collectors.toList());
  }

  @Override
  public FrontageSummary summary(AreaScope area, LocalDate from, LocalDate to) {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return gate.run(Action.REPORT, inspections.resource("", area.value()), () -> {
      List<FrontageUnit> all = scanUnits(area).stream().map(Recorded::value).collect(Collectors.toList());
      List<FrontageInspection> checked = inspections.lookUp(
              IndexQuery.range(Kinds.SANITATION_FRONTAGE_INSPECTION, "inspected", from.toString(),
                  (to.isBefore(from) ? from : to.plusDays(1)).toString()),
              ScopeFilter.within(area.value()))
          .stream().map(Recorded::value).collect(Collectors.toList());
      return FrontageSummary.of(all, checked, from, to);
    });
  }
}
