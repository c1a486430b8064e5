package io.github.weisheng.examples.quickstart;

import io.github.weisheng.chronic.ChronicCondition;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.TownshipCode;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.Ethnicity;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
        int age = resident.ageOn(asOf);
        boolean archived = random.nextDouble() < (age >= 65 ? 0.97 : 0.88);
        boolean electronic = random.nextDouble() < 0.9;
        people.add(new Person(resident, household, archived, electronic, conditions(random, age), random.nextLong()));
      }
      household++;
    }
    return new SyntheticCommunity(List.copyOf(people), household);
  }

  /**
   * The chronic conditions diagnosed at an age: prevalences of the diagnosed (not of everyone with
   * the disease) in an ageing Chinese city, rising with age — hypertension about 8% at 35–44 to 55% at
   * 75 and over, type 2 diabetes 3% to 17%, and fewer coronary heart disease, stroke, COPD, chronic
   * bronchitis and cancer. Illustrative figures for a synthetic community, not survey results.
   */
  private static Set<ChronicCondition> conditions(Random random, int age) {
    Set<ChronicCondition> conditions = EnumSet.noneOf(ChronicCondition.class);
    double hypertension = age < 18 ? 0 : age < 35 ? 0.01 : age < 45 ? 0.08 : age < 55 ? 0.18 : age < 65 ? 0.30 : age < 75 ? 0.45 : 0.55;
    double diabetes = age < 18 ? 0 : age < 35 ? 0.002 : age < 45 ? 0.03 : age < 55 ? 0.07 : age < 65 ? 0.12 : 0.17;
    double older = age < 35 ? 0 : age < 55 ? 0.1 : age < 65 ? 0.4 : 1.0;
    add(conditions, random, hypertension, ChronicCondition.HYPERTENSION);
    add(conditions, random, diabetes, ChronicCondition.TYPE_2_DIABETES);
    add(conditions, random, 0.08 * older, ChronicCondition.CORONARY_HEART_DISEASE);
    add(conditions, random, 0.04 * older, ChronicCondition.STROKE);
    add(conditions, random, 0.05 * older, ChronicCondition.COPD);
    add(conditions, random, 0.03 * older, ChronicCondition.CHRONIC_BRONCHITIS);
    add(conditions, random, 0.02 * older, ChronicCondition.CANCER);
    return conditions;
  }

  private static void add(Set<ChronicCondition> conditions, Random random, double probability, ChronicCondition c) {
    // always draw, so that the sequence of draws is the same whatever the outcome
    if (random.nextDouble() < probability) {
      conditions.add(c);
    }
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

  /**
   * The resident population per committee (常住人口), which a host supplies to the summary: here, the
   * synthetic residents living in the area half a year or more.
   */
  Map<CommitteeCode, Long> population() {
    return people.stream()
        .map(Person::resident)
        .filter(Resident::livesHalfYearOrMore)
        .collect(Collectors.groupingBy(Resident::committee, TreeMap::new, Collectors.counting()));
  }
}
