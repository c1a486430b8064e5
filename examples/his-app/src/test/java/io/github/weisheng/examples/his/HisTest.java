package io.github.weisheng.examples.his;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of the integration tests: the whole application on a random port, on the one test
 * PostgreSQL, with "today" fixed at 2025-11-20. Every test class extends it unchanged, so Spring
 * caches one application context for the run. Each class works in committees and teams of its own,
 * so the classes do not see each other's patients.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "his.today=2025-11-20")
abstract class HisTest {
  static final String DOCTOR = "dr-wang";
  static final String NURSE = "nurse-li";
  static final String OFFICER = "officer-chen";
  static final String CADRE = "cadre-zhao";
  static final String STATISTICIAN = "stats-sun";
  private static final Map<String, String> PASSWORDS = Map.of(
      DOCTOR, "wang-demo", NURSE, "li-demo", OFFICER, "chen-demo", CADRE, "zhao-demo", STATISTICIAN, "sun-demo");

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", TestPostgres::url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  /** @return the client logged in as a user of application.yml */
  TestRestTemplate as(String user) {
    return http.withBasicAuth(user, PASSWORDS.get(user));
  }

  ResponseEntity<JsonNode> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  ResponseEntity<JsonNode> put(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(user).exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), JsonNode.class);
  }

  ResponseEntity<JsonNode> get(String user, String path) {
    return as(user).getForEntity(path, JsonNode.class);
  }

  /** Opens an archive through the API and returns its number. */
  String openArchive(String user, Map<String, Object> request) {
    ResponseEntity<JsonNode> opened = post(user, "/api/archives", request);
    assertThat(opened.getStatusCode().value()).as("%s", opened.getBody()).isEqualTo(201);
    return opened.getBody().get("number").asText();
  }

  /** The number of records of every kind but the audit trail: what a denied request must not change. */
  long recordVersionsOutsideAudit() {
    return jdbc.queryForObject("SELECT count(*) FROM ws_record_version WHERE kind <> 'audit'", Long.class);
  }

  /** The number of audit events in the store. */
  long auditEvents() {
    return jdbc.queryForObject("SELECT count(*) FROM ws_record_version WHERE kind = 'audit'", Long.class);
  }
}
