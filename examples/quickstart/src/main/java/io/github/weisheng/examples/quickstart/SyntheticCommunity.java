package io.github.weisheng.examples.quickstart;

import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.TownshipCode;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.Ethnicity;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic synthetic community: one street (街道) of Beijing's Chaoyang district with six
 * residents' committees, people in households of one to five, an age pyramid close to an ageing
 * city (16% aged 65 and over), valid citizen ID numbers for everyone but the youngest babies. The
 * same seed gives the same community.
 */
final class SyntheticCommunity {
  static final TownshipCode STREET = TownshipCode.parse("110105001");
  static final int COMMITTEES = 6;

  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡",
      "朱", "高", "林", "何", "郭", "马", "罗"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
      "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "子涵", "浩然", "欣怡", "梓轩"};
  private static final String[] ROADS = {"朝阳路", "东三环中路", "建国路", "光华路", "金台路", "呼家楼北街"};

  private final List<Person> people;
  private final int households;

  private SyntheticCommunity(List<Person> people, int households) {
    this.people = people;
    this.households = households;
  }

  static CommitteeCode committee(int i) {
    return CommitteeCode.of(STREET, i + 1);
  }

  /**
   * Generates a community.
   *
   * @param size the number of residents
   * @param seed the random seed
   * @param asOf the simulation's as-of date (nobody is born after it)
   * @return the community
   */
  static SyntheticCommunity generate(int size, long seed, LocalDate asOf) {
    Random random = new Random(seed);
    List<Person> people = new ArrayList<>(size);
    Set<String> usedIds = new HashSet<>();
    int household = 0;
    while (people.size() < size) {
      int members = Math.min(size - people.size(), 1 + random.nextInt(5));
      int committeeIndex = random.nextInt(COMMITTEES);
      String address = ROADS[committeeIndex] + (1 + random.nextInt(40)) + "号院" + (1 + random.nextInt(12)) + "号楼"
          + (1 + random.nextInt(6)) + "0" + (1 + random.nextInt(4)) + "室";
      String surname = SURNAMES[random.nextInt(SURNAMES.length)];
      boolean registered = random.nextDouble() < 0.82;
      for (int m = 0; m < members; m++) {
        LocalDate birth = birthDate(random, asOf, m);
        CitizenId id = uniqueId(random, birth, usedIds);
        boolean youngBaby = birth.isAfter(asOf.minusMonths(3));
        Resident resident = Resident.builder()
            .id(ResidentId.parse(String.format("his-%07d", people.size() + 1)))
            .name(surname + GIVEN[random.nextInt(GIVEN.length)])
            .sex(id.sex())
            .birthDate(birth)
            .citizenId(youngBaby ? Optional.empty() : Optional.of(id))
            .ethnicity(random.nextDouble() < 0.95 ? Ethnicity.HAN : Ethnicity.MAN)
            .phone(String.format("13%d%08d", random.nextInt(10), random.nextInt(100_000_000)))
            .address(address)
            .committee(committee(committeeIndex))
            .residencyType(registered ? ResidencyType.REGISTERED : ResidencyType.NON_REGISTERED)
            .livesHalfYearOrMore(random.nextDouble() < 0.95)
            .build();
        boolean archived = random.nextDouble() < (resident.ageOn(asOf) >= 65 ? 0.97 : 0.88);
        people.add(new Person(resident, household, archived, random.nextDouble() < 0.9));
      }
      household++;
    }
    return new SyntheticCommunity(List.copyOf(people), household);
  }

  /** The first member is an adult householder; the others follow an ageing city's pyramid. */
  private static LocalDate birthDate(Random random, LocalDate asOf, int member) {
    double r = random.nextDouble();
    int age;
    if (member == 0) {
      age = 25 + random.nextInt(60);
    } else if (r < 0.08) {
      age = random.nextInt(7);
    } else if (r < 0.20) {
      age = 7 + random.nextInt(11);
    } else if (r < 0.40) {
      age = 18 + random.nextInt(17);
    } else if (r < 0.83) {
      age = 35 + random.nextInt(30);
    } else {
      age = 65 + random.nextInt(30);
    }
    return asOf.minusYears(age).minusDays(random.nextInt(365));
  }

  private static CitizenId uniqueId(Random random, LocalDate birth, Set<String> used) {
    while (true) {
      CitizenId id = CitizenId.of("110105", birth, random.nextInt(1000));
      if (used.add(id.value())) {
        return id;
      }
    }
  }

  List<Person> people() {
    return people;
  }

  int households() {
    return households;
  }
}
