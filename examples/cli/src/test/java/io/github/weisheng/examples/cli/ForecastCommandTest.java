package io.github.weisheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {
  @TempDir
  Path dir;

  private CliRun forecast(String asOf, String json, String... more) {
    CliRun.write(dir, "child.json", json);
    List<String> args = new ArrayList<>(List.of("forecast", "--as-of", asOf, "--input", "child.json"));
    args.addAll(List.of(more));
    return CliRun.in(dir, args.toArray(String[]::new));
  }

  @Test
  void aNewbornIsDueHepBAndBcg() {
    JsonNode json = forecast("2025-06-01", """
        {"birthDate": "2025-06-01", "sex": "MALE", "doses": []}""", "--json").json();
    assertThat(json.get("evaluations")).isEmpty();
    assertThat(json.get("upToDate").asBoolean()).isFalse();
    JsonNode hepB = recommendation(json, "HepB");
    assertThat(hepB.get("status").asText()).isEqualTo("DUE");
    assertThat(hepB.get("doseNumber").asInt()).isEqualTo(1);
    assertThat(hepB.get("earliest").asText()).isEqualTo("2025-06-01");
    assertThat(recommendation(json, "BCG").get("status").asText()).isEqualTo("DUE");
  }

  @Test
  void aDoseTooSoonIsNotValidWithItsReason() {
    JsonNode json = forecast("2024-09-01", """
        {"birthDate": "2024-03-01", "sex": "FEMALE", "doses": [
          {"product": "IPV", "date": "2024-05-01"}, {"product": "IPV", "date": "2024-05-20"}]}""", "--json").json();
    JsonNode second = json.get("evaluations").get(1);
    assertThat(second.get("valid").asBoolean()).isFalse();
    assertThat(second.get("reason").get("rule").asText()).startsWith("immunization.dose.");
    assertThat(second.get("reason").get("message").get("en").asText()).isNotBlank();
    assertThat(json.get("evaluations").get(0).get("doseNumber").asInt()).isEqualTo(1);
  }

  @Test
  void aPositiveMotherAddsTheHbigNote() {
    JsonNode json = forecast("2025-06-01", """
        {"birthDate": "2025-06-01", "sex": "MALE", "doses": [],
         "situations": {"motherHbsag": "POSITIVE", "birthWeightGrams": 3100}}""", "--json").json();
    assertThat(recommendation(json, "HepB").get("notes"))
        .extracting(n -> n.get("rule").asText()).contains("immunization.note.hbigWithin12h");
  }

  @Test
  void humanOutputListsDosesAndRecommendations() {
    CliRun run = forecast("2024-09-01", """
        {"birthDate": "2024-03-01", "sex": "FEMALE", "doses": [{"product": "HepB", "date": "2024-03-01"}]}""",
        "--lang", "en");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("doses:", "2024-03-01 HepB → HepB-2021 valid, dose 1", "recommendations:",
        "HepB-2021 overdue", "(1/3) dose 2 HepB");
  }

  @Test
  void aDoseBeforeBirthBreaksARule() {
    CliRun run = forecast("2024-09-01", """
        {"birthDate": "2024-03-01", "sex": "FEMALE", "doses": [{"product": "HepB", "date": "2024-02-01"}]}""",
        "--json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_BROKEN);
    assertThat(run.json().get("violations").get(0).get("rule").asText()).isEqualTo("immunization.dose.beforeBirth");
  }

  @Test
  void anUnknownProductBreaksARule() {
    CliRun run = forecast("2024-09-01", """
        {"birthDate": "2024-03-01", "sex": "FEMALE", "doses": [{"product": "XYZ", "date": "2024-04-01"}]}""",
        "--json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_BROKEN);
    assertThat(run.json().get("violations").get(0).get("rule").asText()).isEqualTo("immunization.dose.unknownProduct");
  }

  @Test
  void theAsOfDateIsRequired() {
    CliRun.write(dir, "child.json", "{}");
    assertThat(CliRun.in(dir, "forecast", "--input", "child.json").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aBirthWeightOutOfRangeIsAnInputErrorWithTheDomainText() {
    CliRun run = forecast("2025-06-01", """
        {"birthDate": "2025-06-01", "sex": "MALE", "doses": [], "situations": {"birthWeightGrams": 12}}""",
        "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("birthWeightGrams must be 200-8000");
  }

  private static JsonNode recommendation(JsonNode json, String group) {
    for (JsonNode r : json.get("recommendations")) {
      if (r.get("group").asText().equals(group)) {
        return r;
      }
    }
    throw new AssertionError("no recommendation for " + group);
  }
}
