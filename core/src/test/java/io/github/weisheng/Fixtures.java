package io.github.weisheng;

import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.Ethnicity;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.store.InMemoryRecordStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/** Test data shared by the core tests: one street in Beijing's Chaoyang district, fixed clock. */
public final class Fixtures {
  /** 北京市朝阳区 某街道 第1居委会. */
  public static final CommitteeCode COMMITTEE_1 = CommitteeCode.parse("110105001001");
  /** The same street's second committee. */
  public static final CommitteeCode COMMITTEE_2 = CommitteeCode.parse("110105001002");
  /** Another street's committee. */
  public static final CommitteeCode OTHER_STREET = CommitteeCode.parse("110105002001");
  /** The centre. */
  public static final OrgUnitId CENTRE = OrgUnitId.of("centre-1");
  /** Today, for every test: 2026-06-30 in Beijing. */
  public static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  /** A clock fixed at noon of {@link #TODAY}, Beijing time. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

  private Fixtures() {}

  /** @return a family doctor of the whole street (township 110105001) */
  public static Principal doctor() {
    return Principal.of("dr-wang", Set.of("family-doctor"), Set.of("110105001"));
  }

  /** @return an entry point over a fresh in-memory store, default policy, store audit, fixed clock */
  public static CommunityHealth health() {
    return health(InMemoryRecordStore.create());
  }

  /**
   * @param store the store
   * @return an entry point over the store, default policy, store audit, fixed clock
   */
  public static CommunityHealth health(RecordStore store) {
    return CommunityHealth.builder().store(store).accessPolicy(DefaultAccessPolicy.defaults()).clock(CLOCK).build();
  }

  /**
   * A resident born on a date, with a valid ID number built from it.
   *
   * @param committee where they live
   * @param birthDate the birth date
   * @param sequence the ID number's 3-digit sequence (odd: male)
   * @return the resident
   */
  public static Resident resident(CommitteeCode committee, LocalDate birthDate, int sequence) {
    CitizenId id = CitizenId.of("110105", birthDate, sequence);
    return Resident.builder()
        .id(ResidentId.random())
        .name("张三")
        .sex(id.sex())
        .birthDate(birthDate)
        .citizenId(id)
        .ethnicity(Ethnicity.fromCode("01"))
        .phone("13800138000")
        .address("朝阳区某街道1号楼101")
        .committee(committee)
        .residencyType(ResidencyType.REGISTERED)
        .livesHalfYearOrMore(true)
        .build();
  }

  /**
   * A request to open an archive for a resident, today, at the centre.
   *
   * @param resident the resident
   * @return the request
   */
  public static NewArchive newArchive(Resident resident) {
    return NewArchive.builder().resident(resident).openedOn(TODAY).institution(CENTRE).build();
  }
}
