package io.github.weisheng.immunization;

import static io.github.weisheng.immunization.ImmunizationCoverageTest.ARCHIVE;
import static io.github.weisheng.immunization.ImmunizationTesting.d;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.archive.ArchiveNumber;
import org.junit.jupiter.api.Test;

/** The vaccination certificate (预防接种证) value. */
class VaccinationCertificateTest {
  @Test
  void aCertificateHoldsTheIssueDateAndInstitution() {
    VaccinationCertificate c = VaccinationCertificate.of(ARCHIVE, d("2021-04-10"), "某社区卫生服务中心");
    assertThat(c.issuedOn()).isEqualTo(d("2021-04-10"));
    assertThat(c.institution()).isEqualTo("某社区卫生服务中心");
    assertThat(roundTrip(c, VaccinationCertificate.class)).isEqualTo(c);
    new EqualsTester()
        .addEqualityGroup(c, VaccinationCertificate.of(ARCHIVE, d("2021-04-10"), "某社区卫生服务中心"))
        .addEqualityGroup(VaccinationCertificate.of(ARCHIVE, d("2021-04-11"), "某社区卫生服务中心"))
        .addEqualityGroup(VaccinationCertificate.of(ARCHIVE, d("2021-04-10"), "另一中心"))
        .testEquals();
  }

  @Test
  void theInstitutionIsCheckedAndNullsRefused() {
    assertRules(() -> VaccinationCertificate.of(ARCHIVE, d("2021-04-10"), " "),
        "vaccinationCertificate.institution [vaccinationCertificate.text]");
    assertRules(() -> VaccinationCertificate.of(ARCHIVE, d("2021-04-10"), "x".repeat(201)),
        "vaccinationCertificate.institution [vaccinationCertificate.text]");
    new NullPointerTester().setDefault(ArchiveNumber.class, ARCHIVE)
        .testAllPublicStaticMethods(VaccinationCertificate.class);
  }
}
