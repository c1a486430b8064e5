package io.github.weisheng.examples.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.weisheng.archive.PersonalInformationForm.BloodType;
import io.github.weisheng.archive.PersonalInformationForm.Education;
import io.github.weisheng.archive.PersonalInformationForm.Occupation;
import io.github.weisheng.spi.storage.IndexEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of the two baselines: what a vendor would hand-write without Weisheng, a resident and
 * an archive as plain Java records with the same fields as Weisheng's values, turned into JSON by a
 * plain Jackson {@link ObjectMapper}. The bare-JDBC baseline stores these bodies in its own
 * tables; the record-store baseline commits the same bodies to {@code JdbcRecordStore}.
 */
final class VendorRows {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Education[] EDUCATION = Education.values();
  private static final Occupation[] OCCUPATION = Occupation.values();

  private VendorRows() {}

  /** A resident row: the fields of Weisheng's {@code Resident}. */
  record ResidentRow(String id, String name, String sex, String birthDate, String citizenId, String ethnicity,
      String phone, String address, String committee, String residencyType, boolean livesHalfYearOrMore) {
    static ResidentRow of(Synthetic.Person p) {
      return new ResidentRow(p.id(), p.name(), p.sex(), p.birthDate().toString(), p.citizenId(), "HAN", p.phone(),
          p.address(), p.committee(), "REGISTERED", true);
    }
  }

  /**
   * The personal information form (个人基本信息表) a row carries, with every field of Weisheng's
   * {@code PersonalInformationForm} (unanswered ones null or empty); {@link #EMPTY} when just opened.
   */
  record FormRow(String workUnit, String contactName, String contactPhone, String bloodType, String rhNegative,
      String education, String occupation, String maritalStatus, List<String> paymentMethods,
      List<String> drugAllergies, List<String> exposures, List<String> pastDiseases, List<String> surgeries,
      List<String> traumas, List<String> transfusions, Map<String, List<String>> familyHistory,
      String hereditaryDisease, List<String> disabilities, String kitchenExhaust, String fuel, String drinkingWater,
      String toilet, String livestockPen) {
    static final FormRow EMPTY = answered(null, "UNKNOWN", "UNKNOWN", null, null, null, List.of());

    /** The same answers as {@link Synthetic#form(long)}. */
    static FormRow of(long n) {
      int i = (int) (n & 0x7fff_ffff);
      return answered("朝阳区第" + (1 + i % 9) + "社区服务站", BloodType.values()[i % 4].name(), "NO",
          EDUCATION[i % EDUCATION.length].name(), OCCUPATION[i % OCCUPATION.length].name(), "MARRIED",
          List.of("URBAN_RESIDENT_INSURANCE"));
    }

    private static FormRow answered(String workUnit, String bloodType, String rhNegative, String education,
        String occupation, String maritalStatus, List<String> paymentMethods) {
      return new FormRow(workUnit, null, null, bloodType, rhNegative, education, occupation, maritalStatus,
          paymentMethods, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), null, List.of(),
          null, null, null, null, null);
    }
  }

  /** An archive row: the fields of Weisheng's {@code HealthArchive}. */
  record ArchiveRow(String status, String number, String resident, String openedOn, String institution, String team,
      boolean electronic, FormRow form, String transferredIn, String closure) {
    static ArchiveRow opened(String number, Synthetic.Person p) {
      return new ArchiveRow("ACTIVE", number, p.id(), Synthetic.OPENED_ON.toString(), Synthetic.CENTRE, p.team(),
          true, FormRow.EMPTY, null, null);
    }

    ArchiveRow withForm(FormRow form) {
      return new ArchiveRow(status, number, resident, openedOn, institution, team, electronic, form, transferredIn,
          closure);
    }

    /** The committee code: the first 12 digits of the archive number. */
    String committee() {
      return number.substring(0, 12);
    }

    /** The index entries Weisheng gives an archive record. */
    Set<IndexEntry> index() {
      return Set.of(IndexEntry.of("resident", resident), IndexEntry.of("status", status),
          IndexEntry.of("opened", openedOn), IndexEntry.of("team", team));
    }
  }

  /** The index entries Weisheng gives a resident record. */
  static Set<IndexEntry> residentIndex(Synthetic.Person p) {
    return Set.of(IndexEntry.of("committee", p.committee()), IndexEntry.of("birth-date", p.birthDate().toString()));
  }

  /** Encodes a row as UTF-8 JSON. */
  static byte[] json(Object row) {
    try {
      return MAPPER.writeValueAsBytes(row);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + row.getClass().getSimpleName(), e);
    }
  }
}
