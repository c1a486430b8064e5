package io.github.weisheng.examples.his;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * {@code POST /api/case-reports}, {@code POST /api/case-reports/{id}/follow-ups} and {@code POST
 * /api/case-reports/{id}/isolation-lifted}: a case registered with its report timeliness, followed
 * up at home, its isolation lifted; the rules as 400 problems, a stale lift 409, and a committee
 * cadre refused (403, audited, nothing written); in committee 110105001001 (the cadre's), team
 * team-inf.
 */
class InfectiousDiseaseEndpointTest extends HisTest {
  private static final String COMMITTEE = "110105001001";
  private static final String TEAM = "team-inf";

  private String child(String residentId, int sequence) {
    return openArchive(DOCTOR, Residents.archive(residentId, "刘子涵", LocalDate.of(2022, 3, 8), sequence, COMMITTEE,
        TEAM));
  }

  private static Map<String, Object> card(String archive, String disease, String diagnosedAt, String reportedAt) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("archive", archive);
    m.put("disease", disease);
    m.put("classification", "CLINICAL");
    m.put("onsetOn", diagnosedAt.substring(0, 10));
    m.put("diagnosedAt", diagnosedAt);
    m.put("reportedAt", reportedAt);
    return m;
  }

  private static Map<String, Object> followUp(String date, String mode, String... actions) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", date);
    m.put("mode", mode);
    m.put("actions", List.of(actions));
    return m;
  }

  private static Map<String, Object> lift(String on, long basedOnVersion) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("on", on);
    m.put("basedOnVersion", basedOnVersion);
    return m;
  }

  private ResponseEntity<JsonNode> register(String user, Map<String, Object> card) {
    return post(user, "/api/case-reports", card);
  }

  /** The audit events of one user: action, kind and outcome of each. */
  private List<String> auditOf(String user) {
    return jdbc.queryForList("SELECT body FROM ws_record_version WHERE kind = 'audit'", byte[].class).stream()
        .map(body -> {
          try {
            return json.readTree(body);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        })
        .filter(event -> event.get("principalId").asText().equals(user))
        .map(event -> event.get("action").asText() + " " + event.get("kind").asText() + " "
            + event.get("outcome").asText())
        .toList();
  }

  @Test
  void aHandFootMouthCaseIsReportedOnTimeFollowedUpAtHomeAndItsIsolationLifted() {
    String archive = child("inf-1", 201);
    Map<String, Object> card = card(archive, "HAND_FOOT_MOUTH", "2025-11-03T09:30", "2025-11-03T15:00");
    card.put("isolationFrom", "2025-11-03");
    card.put("isolationUntil", "2025-11-16");

    ResponseEntity<JsonNode> registered = register(DOCTOR, card);

    assertThat(registered.getStatusCode().value()).as("%s", registered.getBody()).isEqualTo(201);
    JsonNode c = registered.getBody();
    String id = c.get("id").asText();
    assertThat(registered.getHeaders().getLocation()).hasToString("/api/case-reports/" + id);
    assertThat(c.get("version").asLong()).isEqualTo(1);
    assertThat(c.get("archive").asText()).isEqualTo(archive);
    assertThat(c.at("/diseaseName/zh").asText()).isEqualTo("手足口病");
    assertThat(c.get("notifiableClass").asText()).isEqualTo("CLASS_C");
    assertThat(c.get("status").asText()).isEqualTo("REPORTED");
    assertThat(c.at("/timeliness/onTime").asBoolean()).isTrue();
    assertThat(c.at("/timeliness/limitHours").asLong()).isEqualTo(24);
    assertThat(c.at("/timeliness/rule/rule").asText()).isEqualTo("infectious.report.onTime");
    assertThat(c.at("/timeliness/rule/message/zh").asText()).isEqualTo("诊断后5.5小时报告，在24小时时限内");

    // the area doctor at the child's home: temperature, disinfection of the home (监测体温，指导家庭消杀)
    for (String day : List.of("2025-11-04", "2025-11-06", "2025-11-08")) {
      ResponseEntity<JsonNode> visited = post(DOCTOR, "/api/case-reports/" + id + "/follow-ups",
          followUp(day, "HOME", "TEMPERATURE_CHECK", "DISINFECTION_GUIDANCE"));
      assertThat(visited.getStatusCode().value()).as("%s", visited.getBody()).isEqualTo(201);
      assertThat(visited.getBody().get("caseReport").asText()).isEqualTo(id);
      assertThat(visited.getBody().get("archive").asText()).isEqualTo(archive);
      assertThat(visited.getBody().get("actionNames")).extracting(JsonNode::asText)
          .containsExactly("体温监测", "家庭消杀指导");
    }

    ResponseEntity<JsonNode> lifted = post(DOCTOR, "/api/case-reports/" + id + "/isolation-lifted",
        lift("2025-11-17", 1));

    assertThat(lifted.getStatusCode().value()).as("%s", lifted.getBody()).isEqualTo(200);
    assertThat(lifted.getBody().get("version").asLong()).isEqualTo(2);
    assertThat(lifted.getBody().get("status").asText()).isEqualTo("ISOLATION_LIFTED");
    assertThat(lifted.getBody().get("isolationLiftedOn").asText()).isEqualTo("2025-11-17");
    ResponseEntity<JsonNode> read = get(DOCTOR, "/api/case-reports/" + id);
    assertThat(read.getBody().get("version").asLong()).isEqualTo(2);
    assertThat(auditOf(DOCTOR)).contains("CREATE infectious.case SUCCEEDED", "CREATE infectious.follow-up SUCCEEDED",
        "AMEND infectious.case SUCCEEDED", "READ infectious.case SUCCEEDED");

    long records = recordVersionsOutsideAudit();
    ResponseEntity<JsonNode> stale = post(DOCTOR, "/api/case-reports/" + id + "/isolation-lifted",
        lift("2025-11-18", 1)); // still based on version 1
    assertThat(stale.getStatusCode().value()).isEqualTo(409);
    assertThat(stale.getBody().get("currentVersion").asLong()).isEqualTo(2);
    assertThat(recordVersionsOutsideAudit()).isEqualTo(records);
  }

  @Test
  void aLateReportIsAcceptedWithTheDelayAndTheLimit() {
    String archive = child("inf-2", 203);

    ResponseEntity<JsonNode> registered = register(DOCTOR,
        card(archive, "INFLUENZA", "2025-11-01T10:00", "2025-11-03T08:00"));

    assertThat(registered.getStatusCode().value()).as("%s", registered.getBody()).isEqualTo(201);
    JsonNode t = registered.getBody().get("timeliness");
    assertThat(t.get("reported").asBoolean()).isTrue();
    assertThat(t.get("onTime").asBoolean()).isFalse();
    assertThat(t.at("/rule/rule").asText()).isEqualTo("infectious.report.late");
    assertThat(t.at("/rule/arguments")).extracting(JsonNode::asText).containsExactly("46", "24");
    assertThat(t.at("/rule/message/en").asText()).contains("46").contains("24");
  }

  @Test
  void brokenRulesAre400WithTheRuleAndWriteNothing() {
    String archive = child("inf-3", 205);
    long records = recordVersionsOutsideAudit();

    ResponseEntity<JsonNode> unknown = register(DOCTOR, card(archive, "DENGUE", "2025-11-01T10:00", null));
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(unknown.getBody().get("type").asText()).isEqualTo("urn:weisheng:problem:rule-violation");
    assertThat(unknown.getBody().get("rule").asText()).isEqualTo("infectious.disease.unknown");
    assertThat(unknown.getBody().at("/violations/0/message/zh").asText()).containsPattern("\\p{IsHan}");

    ResponseEntity<JsonNode> early = register(DOCTOR, card(archive, "MUMPS", "2025-11-01T10:00", "2025-11-01T09:00"));
    assertThat(early.getStatusCode().value()).isEqualTo(400);
    assertThat(early.getBody().get("rule").asText()).isEqualTo("infectious.report.beforeDiagnosis");
    assertThat(early.getBody().at("/violations/0/field").asText()).isEqualTo("caseReport.reportedAt");

    ResponseEntity<JsonNode> future = register(DOCTOR, card(archive, "MUMPS", "2025-11-21T10:00", null));
    assertThat(future.getStatusCode().value()).isEqualTo(400);
    assertThat(future.getBody().get("rule").asText()).isEqualTo("infectious.case.inFuture");

    Map<String, Object> noDiagnosis = card(archive, "MUMPS", "2025-11-01T10:00", null);
    noDiagnosis.remove("diagnosedAt");
    ResponseEntity<JsonNode> missing = register(DOCTOR, noDiagnosis);
    assertThat(missing.getStatusCode().value()).isEqualTo(400);
    assertThat(missing.getBody().get("field").asText()).isEqualTo("diagnosedAt");
    assertThat(recordVersionsOutsideAudit()).isEqualTo(records);

    // a case without isolation: its follow-up before the diagnosis and a lift are refused
    ResponseEntity<JsonNode> hepatitis = register(DOCTOR, card(archive, "VIRAL_HEPATITIS", "2025-10-20T10:00",
        "2025-10-20T16:00"));
    assertThat(hepatitis.getStatusCode().value()).as("%s", hepatitis.getBody()).isEqualTo(201);
    String id = hepatitis.getBody().get("id").asText();
    records = recordVersionsOutsideAudit();
    ResponseEntity<JsonNode> before = post(DOCTOR, "/api/case-reports/" + id + "/follow-ups",
        followUp("2025-10-19", "HOME", "MEDICATION_GUIDANCE"));
    assertThat(before.getStatusCode().value()).isEqualTo(400);
    assertThat(before.getBody().get("rule").asText()).isEqualTo("infectious.followUp.beforeDiagnosis");
    ResponseEntity<JsonNode> nothingDone = post(DOCTOR, "/api/case-reports/" + id + "/follow-ups",
        followUp("2025-10-22", "HOME"));
    assertThat(nothingDone.getStatusCode().value()).isEqualTo(400);
    assertThat(nothingDone.getBody().get("rule").asText()).isEqualTo("infectious.followUp.actions");
    ResponseEntity<JsonNode> liftWithout = post(DOCTOR, "/api/case-reports/" + id + "/isolation-lifted",
        lift("2025-10-30", 1));
    assertThat(liftWithout.getStatusCode().value()).isEqualTo(400);
    assertThat(liftWithout.getBody().get("rule").asText()).isEqualTo("infectious.lifted.withoutIsolation");
    assertThat(recordVersionsOutsideAudit()).isEqualTo(records);
  }

  @Test
  void anUnknownCaseIs404() {
    ResponseEntity<JsonNode> followUp = post(DOCTOR, "/api/case-reports/no-such-case/follow-ups",
        followUp("2025-11-01", "PHONE", "SYMPTOM_CHECK"));
    assertThat(followUp.getStatusCode().value()).isEqualTo(404);
    assertThat(followUp.getBody().get("type").asText()).isEqualTo("urn:weisheng:problem:not-found");

    ResponseEntity<JsonNode> lift = post(DOCTOR, "/api/case-reports/no-such-case/isolation-lifted",
        lift("2025-11-01", 1));
    assertThat(lift.getStatusCode().value()).isEqualTo(404);
    assertThat(get(DOCTOR, "/api/case-reports/no-such-case").getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void aCommitteeCadreMayNotCaptureACaseOfHerOwnCommitteeAndTheRefusalIsAudited() {
    String archive = child("inf-4", 207);
    Map<String, Object> card = card(archive, "HAND_FOOT_MOUTH", "2025-11-10T09:00", "2025-11-10T11:00");
    long records = recordVersionsOutsideAudit();
    List<String> before = auditOf(CADRE);

    ResponseEntity<JsonNode> refused = register(CADRE, card);

    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(refused.getBody().get("type").asText()).isEqualTo("urn:weisheng:problem:access-denied");
    assertThat(refused.getBody().get("action").asText()).isEqualTo("CREATE");
    assertThat(refused.getBody().get("kind").asText()).isEqualTo("infectious.case");
    assertThat(refused.getBody().at("/message/zh").asText()).contains("无权");
    assertThat(recordVersionsOutsideAudit()).isEqualTo(records);
    List<String> added = new ArrayList<>(auditOf(CADRE));
    before.forEach(added::remove);
    assertThat(added).containsExactly("CREATE infectious.case DENIED");

    // the doctor registers it; the cadre can neither read it nor record a follow-up
    ResponseEntity<JsonNode> registered = register(DOCTOR, card);
    assertThat(registered.getStatusCode().value()).isEqualTo(201);
    String id = registered.getBody().get("id").asText();
    records = recordVersionsOutsideAudit();
    assertThat(get(CADRE, "/api/case-reports/" + id).getStatusCode().value()).isEqualTo(403);
    assertThat(post(CADRE, "/api/case-reports/" + id + "/follow-ups",
        followUp("2025-11-11", "HOME", "TEMPERATURE_CHECK")).getStatusCode().value()).isEqualTo(403);
    assertThat(post(CADRE, "/api/case-reports/" + id + "/isolation-lifted", lift("2025-11-12", 1))
        .getStatusCode().value()).isEqualTo(403);
    assertThat(recordVersionsOutsideAudit()).isEqualTo(records);
  }

  @Test
  void theWorkSummaryHasTheInfectiousDiseaseSubsection() {
    String archive = child("inf-5", 209);
    ResponseEntity<JsonNode> registered = register(DOCTOR,
        card(archive, "OTHER_INFECTIOUS_DIARRHOEA", "2025-08-04T10:00", "2025-08-04T13:00"));
    assertThat(registered.getStatusCode().value()).isEqualTo(201);

    ResponseEntity<byte[]> markdown = as(OFFICER).getForEntity("/api/work-summary?year=2025&format=md", byte[].class);

    assertThat(markdown.getStatusCode().value()).isEqualTo(200);
    String text = new String(markdown.getBody(), StandardCharsets.UTF_8);
    assertThat(text).contains("传染病报告和处理").contains("| 其他感染性腹泻病 |").contains("传染病疫情报告及时率");
  }
}
