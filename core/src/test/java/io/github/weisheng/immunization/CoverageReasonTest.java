package io.github.weisheng.immunization;

import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reasons of the reporting inputs, in both languages. */
class CoverageReasonTest {
  @Test
  void everyReasonReadsInEnglishAndChinese() {
    CoverageReason late = CoverageReason.of(CoverageReason.CERTIFICATE_LATE, ProgrammeAge.ofMonths(1));
    assertThat(late.arguments()).containsExactly("P1M");
    assertThat(late.message(Locale.ENGLISH)).isEqualTo("the vaccination certificate was not issued within P1M of birth");
    assertThat(late.message(Locale.CHINESE)).isEqualTo("预防接种证未在出生后 P1M 内办理");
    for (CoverageReason r : new CoverageReason[] {
        CoverageReason.of(CoverageReason.NOT_RECEIVED, "MMR", 1), CoverageReason.of(CoverageReason.INVALID_DOSES, "HepB", 2),
        CoverageReason.of(CoverageReason.CONTRAINDICATED, "MMR", 1), CoverageReason.of(CoverageReason.AGED_OUT, "MenA", 2),
        CoverageReason.of(CoverageReason.LATE, "MMR", 1, "P12M"), CoverageReason.of(CoverageReason.NO_CERTIFICATE)}) {
      assertThat(r.message(Locale.ENGLISH)).doesNotContain(r.rule()).doesNotContain("{");
      assertThat(r.message(Locale.CHINESE)).doesNotContain(r.rule()).containsPattern("\\p{IsHan}");
      assertThat(roundTrip(r, CoverageReason.class)).isEqualTo(r);
    }
    new EqualsTester().addEqualityGroup(CoverageReason.of(CoverageReason.LATE, "MMR", 1, "P12M"),
            CoverageReason.of(CoverageReason.LATE, "MMR", "1", "P12M"))
        .addEqualityGroup(CoverageReason.of(CoverageReason.LATE, "MMR", 2, "P24M")).testEquals();
  }
}
