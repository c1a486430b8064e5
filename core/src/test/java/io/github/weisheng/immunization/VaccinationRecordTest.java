package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationTesting.d;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.archive.ArchiveNumber;
import org.junit.jupiter.api.Test;

/** The vaccination record and its id. */
class VaccinationRecordTest {
  private static final ArchiveNumber ARCHIVE = ArchiveNumber.parse("11010500100100001");

  private static VaccinationRecord.Builder record() {
    return VaccinationRecord.builder().id(VaccinationRecordId.parse("r-1")).archive(ARCHIVE).product("MMR")
        .date(d("2025-11-10")).route(Route.SUBCUTANEOUS).institution("某社区卫生服务中心");
  }

  @Test
  void aRecordRoundTripsAndGivesItsDose() {
    VaccinationRecord r = record().doseNumber(1).lot("202501B").site("右上臂").adverseReaction("局部红肿").build();
    assertThat(roundTrip(r, VaccinationRecord.class)).isEqualTo(r);
    assertThat(r.toDose()).isEqualTo(AdministeredDose.of("MMR", d("2025-11-10")));
    assertThat(r.toString()).doesNotContain("局部红肿");
  }

  @Test
  void everyBrokenRuleAtOnce() {
    assertRules(() -> record().doseNumber(0).lot(" ").site("").adverseReaction("x".repeat(201)).build(),
        "vaccinationRecord.doseNumber [vaccinationRecord.doseNumber.range]",
        "vaccinationRecord.lot [vaccinationRecord.text]",
        "vaccinationRecord.site [vaccinationRecord.text]",
        "vaccinationRecord.adverseReaction [vaccinationRecord.text]");
  }

  @Test
  void ids() {
    assertRules(() -> VaccinationRecordId.parse("has space"), "vaccinationRecordId [vaccinationRecordId.format]");
    assertRules(() -> VaccinationRecordId.parse(""), "vaccinationRecordId [vaccinationRecordId.format]");
    VaccinationRecordId random = VaccinationRecordId.random();
    assertThat(VaccinationRecordId.parse(random.value())).isEqualTo(random);
    assertThat(roundTrip(random, VaccinationRecordId.class)).isEqualTo(random);
    assertThat(VaccinationRecordId.parse("a")).isLessThan(VaccinationRecordId.parse("b"));
    new EqualsTester().addEqualityGroup(VaccinationRecordId.parse("x1"), VaccinationRecordId.parse("x1"))
        .addEqualityGroup(VaccinationRecordId.parse("x2")).testEquals();
    new NullPointerTester().testAllPublicStaticMethods(VaccinationRecordId.class);
  }
}
