package io.github.weisheng.immunization;

import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

/** The coverage rules: documented defaults ([S] CERT, TP-N, HBVK) a host can override. */
class CoverageRulesTest {
  @Test
  void theDefaultsAreTheReferencesAndAHostOverridesThem() {
    CoverageRules d = CoverageRules.defaults();
    assertThat(d.certificateWithin()).isEqualTo(ProgrammeAge.ofMonths(1));
    assertThat(d.childrenUnder()).isEqualTo(ProgrammeAge.ofYears(18));
    assertThat(d.hepBBirthDoseBefore()).isEqualTo(ProgrammeAge.ofDays(2));
    CoverageRules host = CoverageRules.builder().certificateWithin(ProgrammeAge.ofMonths(3))
        .childrenUnder(ProgrammeAge.ofYears(7)).hepBBirthDoseBefore(ProgrammeAge.ofDays(1)).build();
    assertThat(roundTrip(d, CoverageRules.class)).isEqualTo(d);
    assertThat(roundTrip(host, CoverageRules.class)).isEqualTo(host);
    new EqualsTester().addEqualityGroup(d, CoverageRules.builder().build()).addEqualityGroup(host).testEquals();
  }
}
