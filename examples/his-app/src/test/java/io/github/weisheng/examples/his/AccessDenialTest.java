package io.github.weisheng.examples.his;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * The host's login says who; Weisheng's policy says what: a committee cadre (居委会干部) is
 * authenticated but has no health data, so every health endpoint answers 403 with the policy's
 * rule, and a refused write leaves the records as they were (only the audit trail records the
 * refusal).
 */
class AccessDenialTest extends HisTest {
  private static final String COMMITTEE = "110105001001"; // inside the cadre's scope

  @Test
  void aDeniedArchiveOpeningIs403AndWritesNothing() {
    long records = recordVersionsOutsideAudit();
    long audit = auditEvents();

    ResponseEntity<JsonNode> refused = post(CADRE, "/api/archives",
        Residents.archive("deny-1", "周芳", LocalDate.of(1962, 9, 9), 62, COMMITTEE, "team-a"));

    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
    JsonNode problem = refused.getBody();
    assertThat(problem.get("type").asText()).isEqualTo("urn:weisheng:problem:access-denied");
    assertThat(problem.get("action").asText()).isEqualTo("CREATE");
    assertThat(problem.get("rule").asText()).isNotBlank();
    assertThat(problem.at("/message/zh").asText()).contains("无权");
    assertThat(recordVersionsOutsideAudit()).isEqualTo(records);
    assertThat(auditEvents()).isEqualTo(audit + 1);
    // and the resident is not there for anyone: the same person can still be archived
    String number = openArchive(DOCTOR,
        Residents.archive("deny-1", "周芳", LocalDate.of(1962, 9, 9), 62, COMMITTEE, "team-a"));
    assertThat(number).startsWith(COMMITTEE);
  }

  @Test
  void aCadreCannotReadAnArchiveOfHerOwnCommittee() {
    String number = openArchive(DOCTOR,
        Residents.archive("deny-2", "吴强", LocalDate.of(1958, 4, 4), 71, COMMITTEE, "team-a"));

    ResponseEntity<JsonNode> refused = get(CADRE, "/api/archives/" + number);

    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getBody().get("action").asText()).isEqualTo("READ");
    assertThat(refused.getBody().toString()).doesNotContain("吴强");
  }

  @Test
  void aCadreCannotDownloadTheWorkSummary() {
    ResponseEntity<JsonNode> refused = get(CADRE, "/api/work-summary?year=2025&format=json");

    assertThat(refused.getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void aDeniedFollowUpWritesNothing() {
    String number = openArchive(DOCTOR,
        Residents.archive("deny-3", "郑洋", LocalDate.of(1950, 6, 6), 81, COMMITTEE, "team-deny"));
    ResponseEntity<JsonNode> enrolled = post(DOCTOR, "/api/enrolments", ChronicRequests.enrolment(
        number, "HYPERTENSION", "I10", "2025-02-01", "team-deny"));
    assertThat(enrolled.getStatusCode().value()).isEqualTo(201);
    long records = recordVersionsOutsideAudit();

    ResponseEntity<JsonNode> refused = post(CADRE, "/api/enrolments/" + enrolled.getBody().get("id").asText()
        + "/follow-ups", ChronicRequests.hypertensionVisit("2025-11-01", 150, 95, "TIER_1"));

    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(recordVersionsOutsideAudit()).isEqualTo(records);
  }
}
