package io.github.weisheng.examples.plugins.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.archive.PersonalInformationForm;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.audit.AuditEvent;
import io.github.weisheng.spi.audit.AuditSink;
import io.github.weisheng.spi.audit.Outcome;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.store.InMemoryRecordStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A real {@link CommunityHealth} session on the in-memory store under the host policy: the host's
 * login principals open, read and amend archives, and a refused write leaves the store as it was and
 * is audited with the host's rule.
 */
class HostAccessPolicySessionTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T14:30:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final StaffDirectory DIRECTORY = StaffDirectory.sample();

  private final RecordStore store = InMemoryRecordStore.create();
  private final List<AuditEvent> audit = new CopyOnWriteArrayList<>();
  private final CommunityHealth health = CommunityHealth.builder()
      .store(store)
      .accessPolicy(HostAccessPolicy.of(DIRECTORY))
      .auditSink(new AuditSink() {
        @Override
        public String id() {
          return "test-list";
        }

        @Override
        public void record(AuditEvent event) {
          audit.add(event);
        }
      })
      .clock(CLOCK)
      .build();

  private final HealthSession dayDoctor = health.as(DIRECTORY.principal("d1001", "全科医师", "全科一团队", false));
  private final HealthSession nightDoctor = health.as(DIRECTORY.principal("d1002", "全科医师", "全科一团队", true));
  private final HealthSession cadreCare = health.as(DIRECTORY.principal("g4001", "全科主治医师", "干部保健科", false));
  private final HealthSession administrator = health.as(DIRECTORY.principal("i6001", "系统管理员", "信息科", false));

  private static NewArchive archiveOf(String committee, LocalDate birthDate, int sequence) {
    CitizenId id = CitizenId.of("110105", birthDate, sequence);
    Resident resident = Resident.builder().id(ResidentId.random()).name("王秀英").sex(id.sex())
        .birthDate(birthDate).citizenId(id).address("朝阳区某街道1号楼101")
        .committee(CommitteeCode.parse(committee)).residencyType(ResidencyType.REGISTERED)
        .livesHalfYearOrMore(true).build();
    return NewArchive.builder().resident(resident).openedOn(TODAY).institution(OrgUnitId.of("centre-1")).build();
  }

  private long count(String kind) {
    try (Stream<?> records = store.scan(kind, ScopeFilter.all())) {
      return records.count();
    }
  }

  @Test
  void aNightDutyAmendmentIsRefusedWritesNothingAndIsAudited() {
    Recorded<HealthArchive> opened = dayDoctor.archives().open(archiveOf("110105001001", LocalDate.of(1949, 12, 31), 2));
    ArchiveNumber number = opened.value().number();
    assertThat(nightDoctor.archives().find(number)).contains(opened); // night duty may read
    long archives = count("archive");
    long residents = count("resident");
    int events = audit.size();

    AccessDeniedException denied = catchThrowableOfType(AccessDeniedException.class, () -> nightDoctor.archives()
        .amendForm(number, 1, PersonalInformationForm.empty(), "夜间补录"));

    assertThat(denied.rule()).isEqualTo(HostAccessPolicy.NIGHT_DUTY_RULE);
    assertThat(denied.action()).isEqualTo(Action.AMEND);
    assertThat(dayDoctor.archives().history(number)).containsExactly(opened);
    assertThat(count("archive")).isEqualTo(archives);
    assertThat(count("resident")).isEqualTo(residents);
    AuditEvent refusal = audit.get(events);
    assertThat(refusal.principalId()).isEqualTo("d1002");
    assertThat(refusal.action()).isEqualTo(Action.AMEND);
    assertThat(refusal.kind()).isEqualTo("archive");
    assertThat(refusal.recordId()).isEqualTo(number.value());
    assertThat(refusal.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(refusal.detail()).isEqualTo(HostAccessPolicy.NIGHT_DUTY_RULE);
    assertThat(refusal.at()).isEqualTo(CLOCK.instant());
  }

  @Test
  void aNightDutyArchiveOpeningIsRefusedAndConsumesNoArchiveNumber() {
    AccessDeniedException denied = catchThrowableOfType(AccessDeniedException.class,
        () -> nightDoctor.archives().open(archiveOf("110105001001", LocalDate.of(1960, 4, 2), 12)));

    assertThat(denied.rule()).isEqualTo(HostAccessPolicy.NIGHT_DUTY_RULE);
    assertThat(count("archive")).isZero();
    assertThat(count("resident")).isZero();
    assertThat(audit).singleElement().satisfies(event -> {
      assertThat(event.outcome()).isEqualTo(Outcome.DENIED);
      assertThat(event.action()).isEqualTo(Action.CREATE);
      assertThat(event.detail()).isEqualTo(HostAccessPolicy.NIGHT_DUTY_RULE);
    });
    // by day the same committee's first archive still gets serial 1
    var first = dayDoctor.archives().open(archiveOf("110105001001", LocalDate.of(1960, 4, 2), 12));
    assertThat(first.value().number().value()).isEqualTo("11010500100100001");
  }

  @Test
  void theVipCatchmentIsOpenToTheCadreCareDepartmentOnly() {
    var vip = cadreCare.archives().open(archiveOf("110105001009", LocalDate.of(1931, 8, 1), 5));
    ArchiveNumber number = vip.value().number();
    var amended = cadreCare.archives().amendForm(number, 1, PersonalInformationForm.empty(), "年度体检");
    assertThat(amended.version()).isEqualTo(2);

    AccessDeniedException denied = catchThrowableOfType(AccessDeniedException.class,
        () -> administrator.archives().find(number));
    assertThat(denied.rule()).isEqualTo(HostAccessPolicy.VIP_RULE);
    assertThat(catchThrowableOfType(AccessDeniedException.class, () -> administrator.archives().inScope()).rule())
        .isEqualTo(HostAccessPolicy.VIP_RULE);
    assertThat(audit).filteredOn(e -> e.outcome() == Outcome.DENIED).extracting(AuditEvent::principalId, AuditEvent::action)
        .containsExactly(tuple("i6001", Action.READ),
            tuple("i6001", Action.SEARCH));
    // the day doctor's team does not reach committee 009 at all
    assertThat(catchThrowableOfType(AccessDeniedException.class, () -> dayDoctor.archives().find(number)).rule())
        .isEqualTo(HostAccessPolicy.OUTSIDE_RULE);
  }

  @Test
  void aTeamsSearchSeesItsOwnCommitteesOnly() {
    dayDoctor.archives().open(archiveOf("110105001001", LocalDate.of(1950, 3, 1), 11));
    cadreCare.archives().open(archiveOf("110105001009", LocalDate.of(1932, 3, 1), 13));
    try (Stream<Recorded<HealthArchive>> mine = dayDoctor.archives().inScope()) {
      assertThat(mine.map(r -> r.value().number().committee().value())).containsExactly("110105001001");
    }
  }
}
