package io.github.weisheng.sanitation;

import static io.github.weisheng.Fixtures.COMMITTEE_1;
import static io.github.weisheng.Fixtures.COMMITTEE_2;
import static io.github.weisheng.Fixtures.TODAY;
import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.CommunityHealth;
import io.github.weisheng.Fixtures;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.audit.StoreAuditSink;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.audit.AuditEvent;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.store.InMemoryRecordStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FrontageServiceTest {
  private static final AreaScope C1 = AreaScope.of(COMMITTEE_1);
  private static final LocalDate MAY_6 = LocalDate.of(2026, 5, 6);

  private final RecordStore store = InMemoryRecordStore.create();
  private final CommunityHealth health = Fixtures.health(store);
  private final FrontageService cadre = health.as(
      Principal.of("cadre-zhao", Set.of("committee-cadre"), Set.of(C1.value()))).frontage();
  private final FrontageService statistician = health.as(
      Principal.of("stat-1", Set.of("statistician"), Set.of("110105001"))).frontage();

  private static FrontageUnit shop(String id) {
    return FrontageUnit.builder().id(FrontageUnitId.parse(id)).kind(FrontageUnitKind.SHOP).name("老王烟酒店")
        .location("建国路88号").scope(C1).build();
  }

  private static FrontageInspection failed(String id, String unit, LocalDate on) {
    return FrontageInspection.builder().id(InspectionId.parse(id)).unit(FrontageUnitId.parse(unit)).scope(C1)
        .inspectedOn(on).inspector("社区巡查组").addFinding(FrontageFinding.kept("hygiene"))
        .addFinding(FrontageFinding.broken("order", "门前乱堆杂物"))
        .notice(RectificationNotice.issued(on, on.plusDays(3))).build();
  }

  @Test
  void registerSignInspectAndCloseTheNotice() {
    cadre.register(shop("u-1"));
    Recorded<FrontageUnit> signed = cadre.signAgreement(FrontageUnitId.parse("u-1"), 1,
        FrontageAgreement.of(LocalDate.of(2026, 3, 1), FrontageDuties.hygieneGreeningOrder()));
    assertThat(signed.version()).isEqualTo(2);
    assertThat(signed.value().agreementOn(TODAY)).isPresent();
    cadre.inspect(failed("i-1", "u-1", MAY_6));
    Recorded<FrontageInspection> closed = cadre.closeNotice(InspectionId.parse("i-1"), 1, MAY_6.plusDays(2));
    assertThat(closed.value().notice().orElseThrow().daysToClose()).hasValue(2);
    assertRules(() -> cadre.closeNotice(InspectionId.parse("i-1"), 2, MAY_6.plusDays(3)),
        "notice [rectificationNotice.alreadyClosed]");
    assertThatThrownBy(() -> cadre.closeNotice(InspectionId.parse("i-1"), 1, MAY_6.plusDays(3)))
        .isInstanceOf(StaleRecordException.class);
    cadre.inspect(failed("i-2", "u-1", MAY_6.plusDays(20)));
    assertThat(cadre.inspectionsOf(FrontageUnitId.parse("u-1"))).extracting(r -> r.value().id().value())
        .containsExactly("i-1", "i-2");
    assertThat(cadre.findUnit(FrontageUnitId.parse("u-1"))).isPresent();
    assertThat(cadre.findInspection(InspectionId.parse("i-2"))).isPresent();

    FrontageSummary summary = statistician.summary(AreaScope.parse("110105001"), LocalDate.of(2026, 1, 1), TODAY);
    assertThat(summary.agreementsSigned()).isEqualTo(1);
    assertThat(summary.unitsUnderAgreement()).isEqualTo(1);
    assertThat(summary.inspections()).isEqualTo(2);
    assertThat(summary.noticesIssued()).isEqualTo(2);
    assertThat(summary.noticesClosed()).isEqualTo(1);
    assertThat(summary.noticesOverdue()).isEqualTo(1);
    assertThat(statistician.units(AreaScope.parse("110105001"))).hasSize(1);
    // a statistician reads and reports but does not record
    assertThatThrownBy(() -> statistician.register(shop("u-9"))).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theServicesRules() {
    cadre.register(shop("u-1"));
    assertRules(() -> cadre.register(shop("u-1")), "id [sanitation.recordExists]");
    assertRules(() -> cadre.inspect(failed("i-1", "u-404", MAY_6)), "unit [frontageInspection.unitUnknown]");
    assertRules(() -> cadre.inspect(failed("i-1", "u-1", TODAY.plusDays(1))), "inspectedOn [frontageInspection.inFuture]");
    assertRules(() -> cadre.signAgreement(FrontageUnitId.parse("u-1"), 1,
            FrontageAgreement.of(TODAY.plusDays(1), FrontageDuties.hygieneGreeningOrder())),
        "agreement.signedOn [frontageAgreement.inFuture]");
    assertThatThrownBy(() -> cadre.signAgreement(FrontageUnitId.parse("u-404"), 1,
        FrontageAgreement.of(TODAY, FrontageDuties.hygieneGreeningOrder()))).isInstanceOf(RecordNotFoundException.class);
    FrontageInspection passed = FrontageInspection.builder().id(InspectionId.parse("i-ok")).unit(FrontageUnitId.parse("u-1"))
        .scope(C1).inspectedOn(MAY_6).inspector("巡查组").addFinding(FrontageFinding.kept("order")).build();
    cadre.inspect(passed);
    assertRules(() -> cadre.closeNotice(InspectionId.parse("i-ok"), 1, MAY_6), "notice [frontageInspection.noNotice]");
    cadre.inspect(failed("i-3", "u-1", MAY_6));
    assertRules(() -> cadre.closeNotice(InspectionId.parse("i-3"), 1, TODAY.plusDays(1)),
        "notice.closedOn [rectificationNotice.closedInFuture]");
    // an inspection belongs to its unit's committee
    FrontageService street = health.as(Principal.of("officer", Set.of("public-health-officer"), Set.of("110105001")))
        .frontage();
    FrontageInspection elsewhere = FrontageInspection.builder().id(InspectionId.parse("i-x"))
        .unit(FrontageUnitId.parse("u-1")).scope(AreaScope.of(COMMITTEE_2)).inspectedOn(MAY_6).inspector("巡查组")
        .addFinding(FrontageFinding.kept("order")).build();
    assertRules(() -> street.inspect(elsewhere), "scope [frontageInspection.otherScope]");
  }

  @Test
  void namesAndAddressesNeverReachTheAuditTrail() {
    cadre.register(shop("u-1"));
    cadre.findUnit(FrontageUnitId.parse("u-1"));
    JsonCodec json = JsonCodec.create();
    List<AuditEvent> events;
    try (var s = store.scan(StoreAuditSink.KIND, ScopeFilter.all())) {
      events = s.map(r -> json.read(r.body(), AuditEvent.class)).collect(Collectors.toList());
    }
    assertThat(events).hasSizeGreaterThanOrEqualTo(2);
    assertThat(events.toString()).doesNotContain("老王").doesNotContain("建国路");
  }
}
