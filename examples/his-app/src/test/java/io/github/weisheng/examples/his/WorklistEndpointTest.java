package io.github.weisheng.examples.his;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** {@code GET /api/teams/{team}/worklist?date=}: team team-wl in committee 110105001002. */
class WorklistEndpointTest extends HisTest {
  private static final String COMMITTEE = "110105001002";
  private static final String TEAM = "team-wl";

  private String enrolledPatient(String residentId, int sequence, String enrolledOn) {
    String archive = openArchive(DOCTOR,
        Residents.archive(residentId, "黄磊", LocalDate.of(1952, 12, 1), sequence, COMMITTEE, TEAM));
    ResponseEntity<JsonNode> enrolled = post(DOCTOR, "/api/enrolments",
        ChronicRequests.enrolment(archive, "HYPERTENSION", "I10", enrolledOn, TEAM));
    assertThat(enrolled.getStatusCode().value()).as("%s", enrolled.getBody()).isEqualTo(201);
    return enrolled.getBody().get("id").asText();
  }

  @Test
  void theTeamsWorklistListsItsPatientsWithTheRuleOfEachRow() {
    String late = enrolledPatient("wl-1", 201, "2025-02-01");
    ResponseEntity<JsonNode> visit = post(DOCTOR, "/api/enrolments/" + late + "/follow-ups",
        ChronicRequests.hypertensionVisit("2025-05-06", 126, 76, "TIER_1"));
    assertThat(visit.getStatusCode().value()).as("%s", visit.getBody()).isEqualTo(201);
    LocalDate nextVisit = LocalDate.parse(visit.getBody().get("nextVisit").asText());
    String recent = enrolledPatient("wl-2", 203, "2025-11-10");

    ResponseEntity<JsonNode> worklist = get(DOCTOR, "/api/teams/" + TEAM + "/worklist?date=2025-11-20");

    assertThat(worklist.getStatusCode().value()).as("%s", worklist.getBody()).isEqualTo(200);
    assertThat(worklist.getBody().get("team").asText()).isEqualTo(TEAM);
    assertThat(worklist.getBody().get("date").asText()).isEqualTo("2025-11-20");
    List<String> lateReasons = new ArrayList<>();
    for (JsonNode row : worklist.getBody().get("rows")) {
      assertThat(row.at("/rule/rule").asText()).startsWith("worklist.");
      assertThat(row.at("/rule/message/zh").asText()).containsPattern("\\p{IsHan}");
      if (row.get("enrolment").asText().equals(late) && !row.get("reason").asText().equals("HEALTH_CHECK_DUE")) {
        lateReasons.add(row.get("reason").asText());
        assertThat(row.get("lastDone").asText()).isEqualTo("2025-05-06");
        assertThat(row.get("dueOn").asText()).isEqualTo(nextVisit.toString());
      }
      assertThat(row.get("enrolment").asText()).isIn(late, recent);
    }
    // due on the next visit date in August, not seen since: overdue or lost by November
    assertThat(lateReasons).singleElement().isIn("OVERDUE", "LOST_TO_FOLLOW_UP");
  }

  @Test
  void aNurseOfAnotherStationSeesNoneOfTheTeamsPatients() {
    enrolledPatient("wl-3", 205, "2025-03-01");

    ResponseEntity<JsonNode> worklist = get(NURSE, "/api/teams/" + TEAM + "/worklist?date=2025-11-20");

    assertThat(worklist.getStatusCode().value()).isEqualTo(200);
    assertThat(worklist.getBody().get("rows")).isEmpty();
  }

  @Test
  void aDateThatIsNotADateIsA400() {
    ResponseEntity<JsonNode> refused = get(DOCTOR, "/api/teams/" + TEAM + "/worklist?date=tomorrow");

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
  }
}
