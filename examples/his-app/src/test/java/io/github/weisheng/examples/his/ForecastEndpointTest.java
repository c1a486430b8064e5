package io.github.weisheng.examples.his;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * {@code POST /api/archives/{number}/vaccinations} and {@code GET
 * /api/archives/{number}/immunization-forecast}: a child of committee 110105001003, by the nurse of
 * that committee.
 */
class ForecastEndpointTest extends HisTest {
  private static final String COMMITTEE = "110105001003";

  private String child(String residentId, int sequence) {
    Map<String, Object> request = Residents.archive(residentId, "刘子涵", LocalDate.of(2025, 5, 1), sequence,
        COMMITTEE, "team-imm");
    request.put("openedOn", "2025-05-08");
    return openArchive(NURSE, request);
  }

  private void vaccinate(String archive, String product, int dose, String date, String route) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("product", product);
    m.put("doseNumber", dose);
    m.put("date", date);
    m.put("lot", "202504A");
    m.put("site", "左上臂");
    m.put("route", route);
    m.put("institution", "朝阳区示例街道社区卫生服务中心预防接种门诊");
    ResponseEntity<JsonNode> recorded = post(NURSE, "/api/archives/" + archive + "/vaccinations", m);
    assertThat(recorded.getStatusCode().value()).as("%s", recorded.getBody()).isEqualTo(201);
    assertThat(recorded.getBody().get("product").asText()).isEqualTo(product);
  }

  @Test
  void theForecastEvaluatesTheDosesGivenAndRecommendsTheNextOnes() {
    String archive = child("imm-1", 301);
    vaccinate(archive, "HepB", 1, "2025-05-01", "INTRAMUSCULAR");
    vaccinate(archive, "BCG", 1, "2025-05-02", "INTRADERMAL");
    vaccinate(archive, "HepB", 2, "2025-06-01", "INTRAMUSCULAR");

    ResponseEntity<JsonNode> forecast = get(NURSE, "/api/archives/" + archive + "/immunization-forecast?date=2025-11-20");

    assertThat(forecast.getStatusCode().value()).as("%s", forecast.getBody()).isEqualTo(200);
    JsonNode f = forecast.getBody();
    assertThat(f.get("archive").asText()).isEqualTo(archive);
    assertThat(f.get("assessmentDate").asText()).isEqualTo("2025-11-20");
    assertThat(f.get("schedule").asText()).isNotBlank();
    assertThat(f.get("evaluations")).hasSize(3);
    for (JsonNode dose : f.get("evaluations")) {
      assertThat(dose.get("valid").asBoolean()).as("%s", dose).isTrue();
    }
    JsonNode hepB = null;
    for (JsonNode r : f.get("recommendations")) {
      assertThat(r.at("/statusText/zh").asText()).containsPattern("\\p{IsHan}");
      if (r.get("products").toString().contains("HepB")) {
        hepB = r;
      }
    }
    assertThat(hepB).as("a HepB recommendation").isNotNull();
    assertThat(hepB.get("validDoses").asInt()).isEqualTo(2);
    assertThat(hepB.get("doseNumber").asInt()).isEqualTo(3);
    // IPV, DTaP and others were never given to a six-month-old: the child is not up to date
    assertThat(f.get("upToDate").asBoolean()).isFalse();
  }

  @Test
  void aVaccinationBeforeBirthIsA400() {
    String archive = child("imm-2", 303);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("product", "HepB");
    m.put("doseNumber", 1);
    m.put("date", "2025-04-20");
    m.put("lot", "202504A");
    m.put("site", "右上臂");
    m.put("route", "INTRAMUSCULAR");
    m.put("institution", "产科");

    ResponseEntity<JsonNode> refused = post(NURSE, "/api/archives/" + archive + "/vaccinations", m);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("rule").asText()).isEqualTo("immunization.record.beforeBirth");
  }
}
