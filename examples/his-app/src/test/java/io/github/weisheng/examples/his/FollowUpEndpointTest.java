package io.github.weisheng.examples.his;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * {@code POST /api/enrolments} and {@code POST /api/enrolments/{id}/follow-ups}: the visit's
 * classification, next visit and referral with reasons, and the rules as 400 problems; in committee
 * 110105001002, team team-fu.
 */
class FollowUpEndpointTest extends HisTest {
  private static final String COMMITTEE = "110105001002";
  private static final String TEAM = "team-fu";

  private String enrol(String residentId, int sequence, String condition, String diagnosis) {
    String archive = openArchive(DOCTOR,
        Residents.archive(residentId, "陈桂英", LocalDate.of(1955, 2, 10), sequence, COMMITTEE, TEAM));
    ResponseEntity<JsonNode> enrolled = post(DOCTOR, "/api/enrolments",
        ChronicRequests.enrolment(archive, condition, diagnosis, "2025-02-01", TEAM));
    assertThat(enrolled.getStatusCode().value()).as("%s", enrolled.getBody()).isEqualTo(201);
    assertThat(enrolled.getBody().get("archive").asText()).isEqualTo(archive);
    assertThat(enrolled.getBody().get("active").asBoolean()).isTrue();
    return enrolled.getBody().get("id").asText();
  }

  private ResponseEntity<JsonNode> visit(String enrolment, Map<String, Object> form) {
    return post(DOCTOR, "/api/enrolments/" + enrolment + "/follow-ups", form);
  }

  @Test
  void aControlledVisitIsSatisfiedWithTheNextVisitAndNoReferral() {
    String enrolment = enrol("fu-1", 101, "HYPERTENSION", "I10");

    ResponseEntity<JsonNode> recorded = visit(enrolment, ChronicRequests.hypertensionVisit("2025-08-01", 128, 78, "TIER_1"));

    assertThat(recorded.getStatusCode().value()).as("%s", recorded.getBody()).isEqualTo(201);
    JsonNode v = recorded.getBody();
    assertThat(v.get("enrolment").asText()).isEqualTo(enrolment);
    assertThat(v.get("ageAtVisit").asInt()).isEqualTo(70);
    assertThat(v.get("classification").asText()).isEqualTo("SATISFIED");
    assertThat(v.get("atTarget").asBoolean()).isTrue();
    assertThat(LocalDate.parse(v.get("nextVisit").asText())).isAfter(LocalDate.of(2025, 8, 1));
    assertThat(v.get("nextVisitRules")).isNotEmpty();
    assertThat(v.get("referral").asText()).isEqualTo("NONE");
    assertThat(v.get("urgent").asBoolean()).isFalse();
    assertThat(v.get("referralRules")).isEmpty();
  }

  @Test
  void aVeryHighReadingIsAnUrgentReferralWithItsReasons() {
    String enrolment = enrol("fu-2", 103, "HYPERTENSION", "I10");

    ResponseEntity<JsonNode> recorded = visit(enrolment, ChronicRequests.hypertensionVisit("2025-11-01", 185, 112, "TIER_2"));

    assertThat(recorded.getStatusCode().value()).as("%s", recorded.getBody()).isEqualTo(201);
    JsonNode v = recorded.getBody();
    assertThat(v.get("atTarget").asBoolean()).isFalse();
    assertThat(v.get("referral").asText()).isEqualTo("URGENT");
    assertThat(v.get("urgent").asBoolean()).isTrue();
    assertThat(v.get("referralCheckBy").asText()).isNotBlank();
    List<String> rules = new ArrayList<>();
    for (JsonNode reason : v.get("referralRules")) {
      rules.add(reason.get("rule").asText());
      assertThat(reason.at("/message/en").asText()).isNotEqualTo(reason.get("rule").asText());
      assertThat(reason.at("/message/zh").asText()).containsPattern("\\p{IsHan}");
    }
    assertThat(rules).isNotEmpty();
    assertThat(v.at("/classificationRule/rule").asText()).isNotBlank();
  }

  @Test
  void aDiabetesVisitNeedsAFastingGlucose() {
    String enrolment = enrol("fu-3", 105, "TYPE_2_DIABETES", "E11.9");
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("visitDate", "2025-10-10");
    form.put("mode", "CLINIC");
    form.put("diabetesLevel", "ROUTINE");

    ResponseEntity<JsonNode> refused = visit(enrolment, form);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("rule").asText()).isEqualTo("followUp.fastingGlucoseRequired");

    form.put("fastingGlucose", 6.2);
    ResponseEntity<JsonNode> recorded = visit(enrolment, form);
    assertThat(recorded.getStatusCode().value()).as("%s", recorded.getBody()).isEqualTo(201);
    assertThat(recorded.getBody().get("condition").asText()).isEqualTo("TYPE_2_DIABETES");
    assertThat(recorded.getBody().get("classification").asText()).isEqualTo("SATISFIED");
  }

  @Test
  void aVisitAfterTodayIsRefusedWithTheRuleInBothLanguages() {
    String enrolment = enrol("fu-4", 107, "HYPERTENSION", "I10");
    long records = recordVersionsOutsideAudit();

    ResponseEntity<JsonNode> refused = visit(enrolment, ChronicRequests.hypertensionVisit("2025-12-01", 130, 80, "TIER_1"));

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    JsonNode problem = refused.getBody();
    assertThat(problem.get("rule").asText()).isEqualTo("followUp.visitInFuture");
    assertThat(problem.at("/violations/0/field").asText()).isNotBlank();
    assertThat(problem.at("/violations/0/message/zh").asText()).containsPattern("\\p{IsHan}");
    assertThat(problem.at("/message/en").asText()).isNotBlank();
    assertThat(recordVersionsOutsideAudit()).isEqualTo(records);
  }

  @Test
  void anImpossibleReadingIsRefusedWithTheBloodPressureRule() {
    String enrolment = enrol("fu-5", 109, "HYPERTENSION", "I10");

    ResponseEntity<JsonNode> refused = visit(enrolment, ChronicRequests.hypertensionVisit("2025-11-01", 400, 80, "TIER_1"));

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("rule").asText()).startsWith("bloodPressure.");
  }

  @Test
  void aCorrectionIsAssessedAgainAndAStaleOneIs409WritingNothing() {
    String enrolment = enrol("fu-6", 111, "HYPERTENSION", "I10");
    ResponseEntity<JsonNode> recorded = visit(enrolment, ChronicRequests.hypertensionVisit("2025-10-01", 150, 96, "TIER_1"));
    assertThat(recorded.getStatusCode().value()).as("%s", recorded.getBody()).isEqualTo(201);
    String id = recorded.getBody().get("id").asText();
    assertThat(recorded.getHeaders().getLocation()).hasToString("/api/follow-ups/" + id);
    assertThat(recorded.getBody().get("atTarget").asBoolean()).isFalse();

    Map<String, Object> correction = new LinkedHashMap<>();
    correction.put("basedOnVersion", 1);
    correction.put("reason", "血压录入错误，更正");
    correction.put("visit", ChronicRequests.hypertensionVisit("2025-10-01", 130, 76, "TIER_1"));
    ResponseEntity<JsonNode> corrected = put(DOCTOR, "/api/follow-ups/" + id, correction);

    assertThat(corrected.getStatusCode().value()).as("%s", corrected.getBody()).isEqualTo(200);
    assertThat(corrected.getBody().get("version").asLong()).isEqualTo(2);
    assertThat(corrected.getBody().get("atTarget").asBoolean()).isTrue();
    assertThat(get(DOCTOR, "/api/follow-ups/" + id).getBody().get("version").asLong()).isEqualTo(2);

    long records = recordVersionsOutsideAudit();
    ResponseEntity<JsonNode> stale = put(DOCTOR, "/api/follow-ups/" + id, correction); // still based on version 1
    assertThat(stale.getStatusCode().value()).isEqualTo(409);
    assertThat(stale.getBody().get("type").asText()).isEqualTo("urn:weisheng:problem:stale-version");
    assertThat(stale.getBody().get("currentVersion").asLong()).isEqualTo(2);
    assertThat(recordVersionsOutsideAudit()).isEqualTo(records);
  }

  @Test
  void anUnknownEnrolmentIs404() {
    ResponseEntity<JsonNode> missing = visit("no-such-enrolment",
        ChronicRequests.hypertensionVisit("2025-11-01", 130, 80, "TIER_1"));

    assertThat(missing.getStatusCode().value()).isEqualTo(404);
    assertThat(missing.getBody().get("type").asText()).isEqualTo("urn:weisheng:problem:not-found");
  }
}
