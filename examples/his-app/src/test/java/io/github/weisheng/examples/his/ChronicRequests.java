package io.github.weisheng.examples.his;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies of enrolments and follow-ups for the tests. */
final class ChronicRequests {
  private ChronicRequests() {}

  static Map<String, Object> enrolment(String archive, String condition, String diagnosis, String enrolledOn,
      String team) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("archive", archive);
    m.put("condition", condition);
    m.put("diagnosis", diagnosis);
    m.put("enrolledOn", enrolledOn);
    m.put("diagnosingInstitution", "朝阳区人民医院");
    m.put("team", team);
    return m;
  }

  static Map<String, Object> hypertensionVisit(String date, int systolic, int diastolic, String tier) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("visitDate", date);
    m.put("mode", "CLINIC");
    m.put("systolic", systolic);
    m.put("diastolic", diastolic);
    m.put("tier", tier);
    return m;
  }
}
