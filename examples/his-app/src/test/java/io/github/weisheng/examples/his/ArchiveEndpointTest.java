package io.github.weisheng.examples.his;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/archives} and {@code GET /api/archives/{number}}, in committee 110105001001. */
class ArchiveEndpointTest extends HisTest {
  private static final String COMMITTEE = "110105001001";

  @Test
  void aDoctorOpensAnArchiveAndReadsItBack() {
    ResponseEntity<JsonNode> opened = post(DOCTOR, "/api/archives",
        Residents.archive("arch-1", "王建国", LocalDate.of(1955, 3, 8), 11, COMMITTEE, "team-a"));

    assertThat(opened.getStatusCode().value()).isEqualTo(201);
    String number = opened.getBody().get("number").asText();
    assertThat(number).hasSize(17).startsWith(COMMITTEE);
    assertThat(opened.getHeaders().getLocation()).hasToString("/api/archives/" + number);
    assertThat(opened.getBody().get("status").asText()).isEqualTo("ACTIVE");
    assertThat(opened.getBody().get("version").asLong()).isEqualTo(1);

    ResponseEntity<JsonNode> read = get(DOCTOR, "/api/archives/" + number);
    assertThat(read.getStatusCode().value()).isEqualTo(200);
    JsonNode archive = read.getBody();
    assertThat(archive.get("number").asText()).isEqualTo(number);
    assertThat(archive.get("openedOn").asText()).isEqualTo("2025-01-06");
    assertThat(archive.get("team").asText()).isEqualTo("team-a");
    assertThat(archive.at("/resident/name").asText()).isEqualTo("王建国");
    assertThat(archive.at("/resident/age").asInt()).isEqualTo(70); // on 2025-11-20
  }

  @Test
  void theTownshipOfficerReadsItButANurseOfAnotherStationIsRefused() {
    String number = openArchive(DOCTOR,
        Residents.archive("arch-2", "李秀兰", LocalDate.of(1948, 7, 1), 22, COMMITTEE, "team-a"));

    assertThat(get(OFFICER, "/api/archives/" + number).getStatusCode().value()).isEqualTo(200);
    // nurse-li works in committee 003: the archive is outside her scopes
    ResponseEntity<JsonNode> refused = get(NURSE, "/api/archives/" + number);
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getBody().get("rule").asText()).isNotBlank();
    assertThat(refused.getBody().toString()).doesNotContain("李秀兰");
  }

  @Test
  void aSecondArchiveForTheSameIdNumberIsA400NamingTheRule() {
    Map<String, Object> first = Residents.archive("arch-3", "张伟", LocalDate.of(1970, 1, 15), 33, COMMITTEE, "team-a");
    String number = openArchive(DOCTOR, first);
    Map<String, Object> again = Residents.archive("arch-3b", "张伟", LocalDate.of(1970, 1, 15), 33, COMMITTEE, "team-a");

    ResponseEntity<JsonNode> refused = post(DOCTOR, "/api/archives", again);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
    JsonNode problem = refused.getBody();
    assertThat(problem.get("type").asText()).isEqualTo("urn:weisheng:problem:rule-violation");
    assertThat(problem.get("rule").asText()).isEqualTo("archive.duplicate");
    JsonNode violation = problem.at("/violations/0");
    assertThat(violation.get("rule").asText()).isEqualTo("archive.duplicate");
    assertThat(violation.at("/message/en").asText()).isNotBlank().doesNotContain("archive.duplicate:");
    assertThat(violation.at("/message/zh").asText()).containsPattern("\\p{IsHan}");
    assertThat(problem.get("detail").asText()).contains(" / ");
    // the rule's argument is the existing archive number (not personal data); the name never appears
    assertThat(problem.toString()).contains(number).doesNotContain("张伟");
  }

  @Test
  void aBadIdNumberIsA400WithTheRuleAndNoValue() {
    Map<String, Object> request = Residents.archive("arch-4", "赵敏", LocalDate.of(1980, 2, 2), 44, COMMITTEE, "team-a");
    String good = (String) request.get("citizenId");
    String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
    request.put("citizenId", bad);

    ResponseEntity<JsonNode> refused = post(DOCTOR, "/api/archives", request);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("rule").asText()).startsWith("citizenId.");
    assertThat(refused.getBody().toString()).doesNotContain(bad);
  }

  @Test
  void aMissingFieldIsA400NamingTheField() {
    Map<String, Object> request = Residents.archive("arch-5", "孙丽", LocalDate.of(1990, 5, 5), 56, COMMITTEE, "team-a");
    request.remove("address");

    ResponseEntity<JsonNode> refused = post(DOCTOR, "/api/archives", request);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("field").asText()).isEqualTo("address");
  }

  @Test
  void aMalformedArchiveNumberIsA400() {
    ResponseEntity<JsonNode> refused = get(DOCTOR, "/api/archives/12345");

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("rule").asText()).startsWith("archiveNumber.");
  }

  @Test
  void withoutValidCredentialsEveryEndpointIs401() {
    assertThat(http.getForEntity("/api/archives/11010500100100001", String.class).getStatusCode().value())
        .isEqualTo(401);
    assertThat(http.withBasicAuth(DOCTOR, "wrong").getForEntity("/api/archives/11010500100100001", String.class)
        .getStatusCode().value()).isEqualTo(401);
  }
}
