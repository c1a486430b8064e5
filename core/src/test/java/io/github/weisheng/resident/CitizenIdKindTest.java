package io.github.weisheng.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitizenIdKindTest {
  /**
   * The kind follows from length, first digit and address code. 911840198001010013, worked by
   * hand: products 63 9 10 40 32 0 2 9 48 0 0 9 0 5 0 0 2, S = 229, 229 mod 11 = 9 → 3.
   * 810000199001010027: products 56 9 0 0 0 0 2 9 54 0 0 9 0 5 0 0 4, S = 148,
   * 148 mod 11 = 5 → 7.
   */
  @ParameterizedTest
  @CsvSource({
    "11010519491231002X, CITIZEN, 110105, 1949-12-31, FEMALE",
    "440524188001010014, CITIZEN, 440524, 1880-01-01, MALE",
    "130503670401001, LEGACY_15, 130503, 1967-04-01, MALE",
    "810000199001010027, RESIDENCE_PERMIT, 810000, 1990-01-01, FEMALE",
    "911840198001010013, FOREIGN_PERMANENT_RESIDENT, 911840, 1980-01-01, MALE",
  })
  void kindIsDerivedFromTheNumber(
      String text, CitizenIdKind kind, String addressCode, LocalDate birthDate, Sex sex) {
    CitizenId id = CitizenId.parse(text);
    assertThat(id.kind()).isEqualTo(kind);
    assertThat(id.addressCode()).isEqualTo(addressCode);
    assertThat(id.birthDate()).isEqualTo(birthDate);
    assertThat(id.sex()).isEqualTo(sex);
  }

  @ParameterizedTest
  @CsvSource({
    "810000, RESIDENCE_PERMIT",
    "820000, RESIDENCE_PERMIT",
    "830000, RESIDENCE_PERMIT",
    "810100, CITIZEN",
    "710000, CITIZEN",
    "650102, CITIZEN"
  })
  void residencePermitsAreTheThreeAddressCodes(String addressCode, CitizenIdKind kind) {
    assertThat(CitizenId.of(addressCode, LocalDate.of(1990, 1, 1), 2).kind()).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource({"11010519491231002, CITIZEN", "91184019800101001, FOREIGN_PERMANENT_RESIDENT"})
  void foreignPermanentResidentIsTheFirstDigitNine(String first17, CitizenIdKind kind) {
    assertThat(CitizenId.parse(CitizenIdTest.withCheck(first17)).kind()).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource({
    "130503670401001, CITIZEN",
    "810000900101002, RESIDENCE_PERMIT",
  })
  void aLegacyNumberKeepsItsKindUntilConverted(String legacy, CitizenIdKind converted) {
    CitizenId id = CitizenId.parse(legacy);
    assertThat(id.kind()).isEqualTo(CitizenIdKind.LEGACY_15);
    assertThat(id.toEighteen().kind()).isEqualTo(converted);
  }
}
