package io.github.weisheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowUpCommandTest {
  @TempDir
  Path dir;

  private CliRun followUp(String condition, String json, String... more) {
    CliRun.write(dir, "visit.json", json);
    String[] args = new String[4 + more.length];
    args[0] = "followup";
    args[1] = "--condition=" + condition;
    args[2] = "--input";
    args[3] = "visit.json";
    System.arraycopy(more, 0, args, 4, more.length);
    return CliRun.in(dir, args);
  }

  @Test
  void aControlledHypertensiveIsSeenAgainAfterTheRoutineInterval() {
    JsonNode json = followUp("hypertension", """
        {"visitDate": "2025-03-10", "age": 58, "systolic": 132, "diastolic": 82}""", "--json").json();
    assertThat(json.get("classification").asText()).isEqualTo("SATISFIED");
    assertThat(json.get("atTarget").asBoolean()).isTrue();
    assertThat(json.get("nextVisit").asText()).isEqualTo("2025-06-08");
    assertThat(json.get("referral").asText()).isEqualTo("NONE");
    assertThat(json.get("urgent").asBoolean()).isFalse();
    assertThat(json.get("referralRules")).isEmpty();
    assertThat(json.get("referralCheckBy").isNull()).isTrue();
    assertThat(json.get("nextVisitRules").get(0).get("rule").asText()).isEqualTo("followUp.next.routine");
  }

  @Test
  void theRoutineIntervalIsTakenFromTheInput() {
    JsonNode json = followUp("hypertension", """
        {"visitDate": "2025-03-10", "age": 58, "systolic": 132, "diastolic": 82, "routineIntervalDays": 30}""",
        "--json").json();
    assertThat(json.get("nextVisit").asText()).isEqualTo("2025-04-09");
  }

  @Test
  void aSecondUnsatisfactoryVisitIsReferredWithTheRule() {
    CliRun run = followUp("hypertension", """
        {"visitDate": "2025-03-10", "age": 62, "systolic": 152, "diastolic": 94,
         "previousClassification": "UNSATISFIED", "previousUnsatisfiedStreak": 1}""", "--lang", "en");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("unsatisfactory control (UNSATISFIED)", "referral (REFERRAL)",
        "[followUp.referral.unsatisfiedVisits]", "2 consecutive visits not at target");
  }

  @Test
  void aDangerSignIsAnUrgentReferral() {
    JsonNode json = followUp("hypertension", """
        {"visitDate": "2025-03-10", "age": 70, "systolic": 150, "diastolic": 90,
         "dangerSigns": ["CHEST_TIGHTNESS"]}""", "--json").json();
    assertThat(json.get("referral").asText()).isEqualTo("URGENT");
    assertThat(json.get("urgent").asBoolean()).isTrue();
    assertThat(json.get("referralRules").get(0).get("rule").asText()).isEqualTo("hypertension.sign.chestTightness");
    assertThat(json.get("referralCheckBy").asText()).isNotBlank();
  }

  @Test
  void diabetesUsesTheFastingGlucose() {
    JsonNode json = followUp("diabetes", """
        {"visitDate": "2025-04-02", "fastingGlucose": 6.2}""", "--json").json();
    assertThat(json.get("condition").asText()).isEqualTo("diabetes");
    assertThat(json.get("classification").asText()).isEqualTo("SATISFIED");
    assertThat(json.get("classificationRule").get("arguments").get(0).asText()).isEqualTo("7.0");
    assertThat(json.get("classificationRule").get("message").get("zh").asText()).contains("7.0");
  }

  @Test
  void aHypoglycaemicGlucoseIsUrgent() {
    JsonNode json = followUp("diabetes", """
        {"visitDate": "2025-04-02", "fastingGlucose": 3.5}""", "--json").json();
    assertThat(json.get("referral").asText()).isEqualTo("URGENT");
  }

  @Test
  void aReadingOutOfRangeBreaksARuleAndIsNotEchoed() {
    CliRun run = followUp("hypertension", """
        {"visitDate": "2025-03-10", "age": 62, "systolic": 352, "diastolic": 94}""", "--json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_BROKEN);
    assertThat(run.json().get("violations").get(0).get("rule").asText()).isEqualTo("bloodPressure.systolic.range");
    assertThat(run.all()).doesNotContain("352");
  }

  @Test
  void aMissingRequiredFieldIsAnInputError() {
    CliRun run = followUp("hypertension", """
        {"visitDate": "2025-03-10", "systolic": 140, "diastolic": 90}""", "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("visit.json age: required field missing");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aWrongTypeIsAnInputErrorNamingTheFieldNotTheValue() {
    CliRun run = followUp("hypertension", """
        {"visitDate": "2025-03-10", "age": "sixty-two", "systolic": 140, "diastolic": 90}""", "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("age").doesNotContain("sixty-two");
  }

  @Test
  void aDangerSignOfTheOtherConditionIsRefused() {
    CliRun run = followUp("diabetes", """
        {"visitDate": "2025-04-02", "fastingGlucose": 6.2, "dangerSigns": ["CHEST_TIGHTNESS"]}""", "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("dangerSigns[0]");
  }

  @Test
  void aStreakWithoutAPreviousClassificationIsRefused() {
    CliRun run = followUp("hypertension", """
        {"visitDate": "2025-03-10", "age": 62, "systolic": 132, "diastolic": 82, "previousUnsatisfiedStreak": 1}""");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
  }

  @Test
  void anUnknownConditionIsAUsageError() {
    CliRun.write(dir, "visit.json", "{}");
    assertThat(CliRun.in(dir, "followup", "--condition", "asthma", "--input", "visit.json").exitCode())
        .isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aMissingFileIsAnInputError() {
    CliRun run = CliRun.in(dir, "followup", "--condition", "diabetes", "--input", "none.json", "--json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.json().get("error").asText()).isEqualTo("input");
  }
}
