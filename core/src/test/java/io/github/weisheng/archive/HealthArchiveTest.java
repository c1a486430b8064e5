package io.github.weisheng.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthArchiveTest {
  private static final CommitteeCode COMMITTEE = CommitteeCode.parse("440106001101");
  private final JsonCodec json = JsonCodec.create();

  static HealthArchive archive(int serial, LocalDate opened) {
    return archive(serial, opened, true);
  }

  static HealthArchive archive(int serial, LocalDate opened, boolean electronic) {
    return HealthArchive.builder()
        .number(ArchiveNumber.of(COMMITTEE, serial))
        .resident(ResidentId.parse("r-" + serial))
        .openedOn(opened)
        .institution(OrgUnitId.of("tianhe-centre"))
        .electronic(electronic)
        .form(PersonalInformationForm.empty())
        .build();
  }

  @Test
  void statusFollowsTheClosure() {
    HealthArchive open = archive(1, LocalDate.of(2020, 1, 1));
    assertThat(open.status()).isEqualTo(ArchiveStatus.ACTIVE);
    assertThat(open.isActive()).isTrue();
    HealthArchive lost = open.withClosure(Optional.of(ArchiveClosure.lostToFollowUp(LocalDate.of(2024, 1, 1), "失联")));
    assertThat(lost.status()).isEqualTo(ArchiveStatus.LOST_TO_FOLLOW_UP);
    assertThat(lost.withClosure(Optional.empty())).isEqualTo(open);
  }

  @Test
  void aClosureCannotPrecedeTheOpening() {
    HealthArchive open = archive(1, LocalDate.of(2020, 1, 1));
    assertThatThrownBy(() -> open.withClosure(Optional.of(ArchiveClosure.death(LocalDate.of(2019, 12, 31), "x"))))
        .isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("archive.closure.on"));
  }

  @Test
  void jsonRoundTripsPreserveEqualityAndTheStatusIsDerived() {
    qt().forAll(integers().between(1, 99_999), integers().between(0, 3000), booleans().all(), integers().between(0, 3))
        .checkAssert((serial, days, electronic, closure) -> {
          LocalDate opened = LocalDate.of(2018, 1, 1).plusDays(days);
          HealthArchive a = archive(serial, opened, electronic);
          HealthArchive value = switch (closure) {
            case 0 -> a;
            case 1 -> a.withClosure(Optional.of(ArchiveClosure.death(opened.plusDays(3), "肺癌")));
            case 2 -> a.withClosure(Optional.of(ArchiveClosure.transferOut(opened, "外省", "已交接")));
            default -> a.withForm(PersonalInformationFormTest.full()).withTeam(Optional.of(OrgUnitId.of("t-1")));
          };
          String text = new String(json.write(value), java.nio.charset.StandardCharsets.UTF_8);
          assertThat(text).doesNotContain("\"status\"");
          assertThat(json.read(json.write(value), HealthArchive.class)).isEqualTo(value);
        });
  }

  @Test
  void equalityAndNullChecks() {
    HealthArchive a = archive(1, LocalDate.of(2020, 1, 1));
    new EqualsTester()
        .addEqualityGroup(a, archive(1, LocalDate.of(2020, 1, 1)))
        .addEqualityGroup(archive(2, LocalDate.of(2020, 1, 1)))
        .addEqualityGroup(a.withTeam(Optional.of(OrgUnitId.of("t"))))
        .testEquals();
    NullPointerTester nulls = new NullPointerTester()
        .setDefault(OrgUnitId.class, OrgUnitId.of("c"))
        .setDefault(ArchiveNumber.class, ArchiveNumber.of(COMMITTEE, 1))
        .setDefault(PersonalInformationForm.class, PersonalInformationForm.empty())
        .setDefault(String.class, "说明");
    nulls.testAllPublicInstanceMethods(a);
    nulls.testAllPublicStaticMethods(ArchiveClosure.class);
    nulls.testAllPublicStaticMethods(ServiceRecord.class);
  }

  @Test
  void requestsAndServiceRecordsRoundTrip() {
    ServiceRecord s = ServiceRecord.builder().archive(ArchiveNumber.of(COMMITTEE, 5)).date(LocalDate.of(2025, 3, 1))
        .type(ServiceType.FOLLOW_UP).providedBy(OrgUnitId.of("c")).hostReference("enc-9").build();
    assertThat(json.read(json.write(s), ServiceRecord.class)).isEqualTo(s);
    TransferIn in = TransferIn.of("广州市越秀区某中心", Optional.of(ArchiveNumber.of(CommitteeCode.parse("440104001001"), 7)),
        LocalDate.of(2025, 1, 2));
    assertThat(json.read(json.write(in), TransferIn.class)).isEqualTo(in);
    assertThatThrownBy(() -> ServiceRecord.builder().archive(ArchiveNumber.of(COMMITTEE, 5)).date(LocalDate.of(2025, 3, 1))
            .type(ServiceType.FOLLOW_UP).providedBy(OrgUnitId.of("c")).hostReference("含中文").build())
        .isInstanceOf(RuleViolationException.class);
    NewArchive request = NewArchive.builder()
        .resident(io.github.weisheng.Fixtures.resident(COMMITTEE, LocalDate.of(1980, 2, 29), 5))
        .openedOn(LocalDate.of(2025, 1, 2)).institution(OrgUnitId.of("c")).electronic(false)
        .form(PersonalInformationFormTest.full()).transferredIn(in).build();
    assertThat(json.read(json.write(request), NewArchive.class)).isEqualTo(request);
    PersonalInformationForm.DiagnosedDisease d =
        PersonalInformationForm.DiagnosedDisease.of(PersonalInformationForm.PastDisease.STROKE, YearMonth.of(2020, 5));
    assertThat(json.read(json.write(d), PersonalInformationForm.DiagnosedDisease.class)).isEqualTo(d);
  }
}
