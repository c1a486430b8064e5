package io.github.weisheng.examples.benchmarks;

import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.archive.PersonalInformationForm;
import io.github.weisheng.archive.PersonalInformationForm.BloodType;
import io.github.weisheng.archive.PersonalInformationForm.Education;
import io.github.weisheng.archive.PersonalInformationForm.MaritalStatus;
import io.github.weisheng.archive.PersonalInformationForm.Occupation;
import io.github.weisheng.archive.PersonalInformationForm.PaymentMethod;
import io.github.weisheng.archive.PersonalInformationForm.RhNegative;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.org.TownshipCode;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.Ethnicity;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.resident.Sex;
import io.github.weisheng.spi.access.Principal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The synthetic input every tier of the benchmarks records: person {@code n} is the same in each
 * (same name, ID number, address, committee), so the tiers differ only in how they store it. IDs
 * are fresh for every {@code n}: birth date 1940-01-01 plus {@code n / 1000} days and sequence
 * {@code n % 1000}, so no two persons share a citizen ID number.
 */
final class Synthetic {
  /** The street (街道) of every committee: Beijing, Chaoyang, Jianwai. */
  static final TownshipCode STREET = TownshipCode.parse("110105001");
  /** Persons are spread over this many committees (an archive serial has five digits per committee). */
  static final int COMMITTEES = 20;
  /** The date every archive is opened. */
  static final LocalDate OPENED_ON = LocalDate.of(2025, 3, 1);
  /** The centre that opens the archives. */
  static final String CENTRE = "chaoyang-centre";
  /** Who acts: a family doctor of the whole street (may open and amend archives). */
  static final Principal DOCTOR = Principal.of("dr-wang", Set.of("family-doctor"), Set.of(STREET.value()));
  /** The reason given for each amendment. */
  static final String AMEND_REASON = "体检后补录个人基本信息";
  /** How many archives each tier opens in its setup for the amendment benchmarks to cycle through. */
  static final int AMEND_POOL = 1_000;

  private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
  private static final String[] GIVEN = {"伟", "芳", "秀英", "敏", "静", "丽", "强", "磊", "建华", "桂英", "子涵", "浩然"};
  private static final String[] ROADS = {"朝阳路", "东三环中路", "建国路", "光华路", "金台路", "呼家楼北街"};

  private Synthetic() {}

  /**
   * A person as a host's registration screen would hand it over: plain strings.
   *
   * @param id the host's resident id
   * @param name the name
   * @param sex {@code MALE} or {@code FEMALE}
   * @param birthDate the birth date
   * @param citizenId the 18-character citizen ID number
   * @param phone a mobile number
   * @param address the address
   * @param committee the 12-digit committee code
   * @param team the family-doctor team
   */
  record Person(String id, String name, String sex, LocalDate birthDate, String citizenId, String phone,
      String address, String committee, String team) {}

  /** Returns person {@code n} (n ≥ 0). */
  static Person person(long n) {
    LocalDate birth = FIRST_BIRTH.plusDays(n / 1000);
    CitizenId citizenId = CitizenId.of("110105", birth, (int) (n % 1000));
    int committee = 1 + (int) (n % COMMITTEES);
    int h = (int) (n * 2_654_435_761L >>> 8) & 0x7fff_ffff; // a cheap, deterministic scramble
    String address = ROADS[committee % ROADS.length] + (1 + h % 40) + "号院" + (1 + h % 12) + "号楼"
        + (1 + h % 6) + "0" + (1 + h % 4) + "室";
    return new Person(
        String.format("bench-%010d", n),
        SURNAMES[h % SURNAMES.length] + GIVEN[(h >>> 4) % GIVEN.length],
        citizenId.sex().name(),
        birth,
        citizenId.value(),
        String.format("139%08d", n % 100_000_000),
        address,
        CommitteeCode.of(STREET, committee).value(),
        "team-" + (1 + committee % 3));
  }

  /** The host's mapping of a person to Weisheng's {@link Resident} (validated on build). */
  static Resident resident(Person p) {
    return Resident.builder()
        .id(ResidentId.parse(p.id()))
        .name(p.name())
        .sex(Sex.valueOf(p.sex()))
        .birthDate(p.birthDate())
        .citizenId(CitizenId.parse(p.citizenId()))
        .ethnicity(Ethnicity.HAN)
        .phone(p.phone())
        .address(p.address())
        .committee(CommitteeCode.parse(p.committee()))
        .residencyType(ResidencyType.REGISTERED)
        .livesHalfYearOrMore(true)
        .build();
  }

  /** The request to open person {@code p}'s archive. */
  static NewArchive newArchive(Person p) {
    return NewArchive.builder()
        .resident(resident(p))
        .openedOn(OPENED_ON)
        .institution(OrgUnitId.of(CENTRE))
        .team(OrgUnitId.of(p.team()))
        .electronic(true)
        .build();
  }

  /** The amended personal information form number {@code n}: the answers change with {@code n}. */
  static PersonalInformationForm form(long n) {
    int i = (int) (n & 0x7fff_ffff);
    return PersonalInformationForm.builder()
        .bloodType(BloodType.values()[i % 4])
        .rhNegative(RhNegative.NO)
        .education(Education.values()[i % Education.values().length])
        .occupation(Occupation.values()[i % Occupation.values().length])
        .maritalStatus(MaritalStatus.MARRIED)
        .addPaymentMethod(PaymentMethod.URBAN_RESIDENT_INSURANCE)
        .workUnit(Optional.of("朝阳区第" + (1 + i % 9) + "社区服务站"))
        .build();
  }
}
