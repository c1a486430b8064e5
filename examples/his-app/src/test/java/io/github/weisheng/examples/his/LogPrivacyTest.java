package io.github.weisheng.examples.his;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * No personal data in the logs: a resident's name, ID number, phone and address go through every
 * kind of request — accepted, refused by a rule, refused by the policy, unreadable — and appear
 * nowhere in what the application prints.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTest extends HisTest {

  @Test
  void noPersonalDataReachesTheLog(CapturedOutput output) {
    Map<String, Object> request = Residents.archive("log-1", "欧阳娜娜", LocalDate.of(1966, 8, 18), 509,
        "110105001001", "team-log");
    request.put("phone", "13912345678");
    request.put("address", "光华路99号院7号楼707室");
    String citizenId = (String) request.get("citizenId");

    String number = openArchive(DOCTOR, request);                     // accepted
    assertThat(post(DOCTOR, "/api/archives", request).getStatusCode().value()).isEqualTo(400); // duplicate
    assertThat(post(CADRE, "/api/archives", request).getStatusCode().value()).isEqualTo(403);  // denied
    assertThat(get(DOCTOR, "/api/archives/" + number).getStatusCode().value()).isEqualTo(200);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String unreadable = "{\"name\": \"欧阳娜娜\", \"birthDate\": \"欧阳娜娜\", \"citizenId\": \"" + citizenId + "\"";
    ResponseEntity<JsonNode> bad = as(DOCTOR).exchange("/api/archives", HttpMethod.POST,
        new HttpEntity<>(unreadable, headers), JsonNode.class);
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getBody().toString()).doesNotContain("欧阳娜娜").doesNotContain(citizenId);

    assertThat(output.getAll())
        .doesNotContain("欧阳娜娜")
        .doesNotContain(citizenId)
        .doesNotContain("13912345678")
        .doesNotContain("光华路99号院");
  }
}
