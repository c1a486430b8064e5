package io.github.weisheng.examples.his;

import io.github.weisheng.resident.CitizenId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies of synthetic residents for the tests (the names and numbers are made up). */
final class Residents {
  private Residents() {}

  /**
   * An archive request for a resident born on a date in a committee, with a valid ID number.
   *
   * @param residentId the HIS patient id (unique per test)
   * @param name the name
   * @param birthDate the birth date
   * @param sequence the ID number's 3-digit sequence (odd: male)
   * @param committee the 12-digit committee code
   * @param team the family-doctor team
   * @return the JSON body as a map
   */
  static Map<String, Object> archive(String residentId, String name, LocalDate birthDate, int sequence,
      String committee, String team) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("residentId", residentId);
    m.put("name", name);
    m.put("sex", sequence % 2 == 1 ? "MALE" : "FEMALE");
    m.put("birthDate", birthDate.toString());
    m.put("citizenId", CitizenId.of("110105", birthDate, sequence).value());
    m.put("phone", "13800138000");
    m.put("address", "朝阳路8号院3号楼201室");
    m.put("committee", committee);
    m.put("residencyType", "REGISTERED");
    m.put("openedOn", "2025-01-06");
    m.put("institution", "chaoyang-centre");
    m.put("team", team);
    return m;
  }
}
