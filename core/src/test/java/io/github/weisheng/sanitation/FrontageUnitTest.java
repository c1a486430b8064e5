package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrontageUnitTest {
  static FrontageUnit shop() {
    return FrontageUnit.builder().id(FrontageUnitId.parse("u-1")).kind(FrontageUnitKind.SHOP).name("老王烟酒店")
        .location("建国路88号").contact("王五").scope(AreaScope.parse("110105001001")).build();
  }

  @Test
  void theAgreementInForceIsTheLatestThatStillRuns() {
    FrontageAgreement first = FrontageAgreement.of(LocalDate.of(2025, 3, 1), FrontageDuties.hygieneGreeningOrder(),
        LocalDate.of(2025, 12, 31));
    FrontageAgreement second = FrontageAgreement.of(LocalDate.of(2026, 3, 1),
        FrontageDuties.townscapeCleanlinessFacilities());
    FrontageUnit unit = shop().withAgreement(first).withAgreement(second);
    assertThat(unit.agreementOn(LocalDate.of(2025, 6, 1))).contains(first);
    assertThat(unit.agreementOn(LocalDate.of(2026, 1, 15))).isEmpty();
    assertThat(unit.agreementOn(LocalDate.of(2026, 6, 1))).contains(second);
    assertThat(roundTrip(unit, FrontageUnit.class)).isEqualTo(unit);
  }

  @Test
  void namesAddressesAndContactsStayOutOfToString() {
    assertThat(shop().toString()).doesNotContain("老王").doesNotContain("建国路").doesNotContain("王五").contains("SHOP");
  }

  @Test
  void agreementsAreInSigningOrderAndTextsShort() {
    FrontageAgreement late = FrontageAgreement.of(LocalDate.of(2026, 3, 1), FrontageDuties.hygieneGreeningOrder());
    FrontageAgreement early = FrontageAgreement.of(LocalDate.of(2025, 3, 1), FrontageDuties.hygieneGreeningOrder());
    assertRules(() -> shop().withAgreement(late).withAgreement(early), "agreements[1] [frontageUnit.agreementOrder]");
    assertRules(() -> FrontageUnit.builder().id(FrontageUnitId.parse("u")).kind(FrontageUnitKind.HOUSEHOLD).name(" ")
            .location("").scope(AreaScope.parse("110105001001")).build(),
        "name [sanitation.text]", "location [sanitation.text]");
  }
}
