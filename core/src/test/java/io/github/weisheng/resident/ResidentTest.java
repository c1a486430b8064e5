package io.github.weisheng.resident;

import static io.github.weisheng.Fixtures.COMMITTEE_1;
import static io.github.weisheng.Fixtures.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.localDates;

import com.google.common.testing.EqualsTester;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResidentTest {
  private final JsonCodec json = JsonCodec.create();

  @Test
  void birthDateAndSexMustAgreeWithTheIdNumberAndAllFailuresAreReportedTogether() {
    Resident ok = resident(COMMITTEE_1, LocalDate.of(1949, 12, 31), 2); // 11010519491231002X, female
    assertThat(ok.sex()).isEqualTo(Sex.FEMALE);

    assertThatThrownBy(() -> Resident.builder()
            .id(ok.id()).name(" ").sex(Sex.MALE).birthDate(LocalDate.of(1950, 1, 1))
            .citizenId(ok.citizenId().orElseThrow()).phone("12345").address("某地")
            .committee(COMMITTEE_1).residencyType(ResidencyType.REGISTERED).livesHalfYearOrMore(true).build())
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.violations()).extracting(v -> v.rule()).containsExactly(
              "resident.name", "resident.phone", "resident.birthDateMismatch", "resident.sexMismatch");
          assertThat(e.violations()).extracting(v -> v.field()).containsExactly(
              "resident.name", "resident.phone", "resident.birthDate", "resident.sex");
          assertThat(e.getMessage(Locale.ENGLISH)).doesNotContain("12345").doesNotContain("11010519491231002X");
          assertThat(e.getMessage(Locale.CHINESE)).contains("公民身份号码");
        });
  }

  @Test
  void newbornsMayHaveNoIdNumberAndPhonesMayBeLandlines() {
    Resident newborn = resident(COMMITTEE_1, LocalDate.of(2026, 6, 1), 3).withCitizenId(Optional.empty())
        .withPhone(Optional.of("010-65001234"));
    assertThat(newborn.citizenId()).isEmpty();
    assertThat(newborn.ageOn(LocalDate.of(2027, 5, 31))).isZero();
    assertThat(newborn.ageOn(LocalDate.of(2027, 6, 1))).isEqualTo(1);
  }

  @Test
  void toStringNeverShowsPersonalData() {
    Resident r = resident(COMMITTEE_1, LocalDate.of(1949, 12, 31), 2);
    assertThat(r.toString()).doesNotContain("张三").doesNotContain("11010519491231002X")
        .doesNotContain("13800138000").doesNotContain("朝阳区某街道").contains(r.id().value());
  }

  @Test
  void equalityIsByValue() {
    Resident a = resident(COMMITTEE_1, LocalDate.of(1949, 12, 31), 2);
    new EqualsTester()
        .addEqualityGroup(a, a.withName("张三"))
        .addEqualityGroup(a.withName("李四"))
        .addEqualityGroup(a.withPhone(Optional.empty()))
        .testEquals();
  }

  @Test
  void jsonRoundTripsPreserveEquality() {
    qt().forAll(localDates().withDaysBetween(0, 365 * 120), integers().between(0, 999))
        .checkAssert((date, seq) -> {
          LocalDate birth = date.plusYears(1900 - 1970);
          Resident r = resident(COMMITTEE_1, birth, seq);
          assertThat(json.read(json.write(r), Resident.class)).isEqualTo(r);
        });
  }

  @Test
  void residentIdsAreTokens() {
    assertThat(ResidentId.parse("his-000123").value()).isEqualTo("his-000123");
    assertThatThrownBy(() -> ResidentId.parse("有空格 id"))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.violates("residentId.format")).isTrue();
          assertThat(e.getMessage()).doesNotContain("有空格");
        });
    assertThat(ResidentId.random()).isNotEqualTo(ResidentId.random());
  }
}
