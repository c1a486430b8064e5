package io.github.weisheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskCommandTest {
  @TempDir
  Path dir;

  private CliRun risk(String json, String... more) {
    CliRun.write(dir, "patient.json", json);
    String[] args = new String[3 + more.length];
    args[0] = "risk";
    args[1] = "--input";
    args[2] = "patient.json";
    System.arraycopy(more, 0, args, 3, more.length);
    return CliRun.in(dir, args);
  }

  @Test
  void gradeOneWithoutRiskFactorsIsLowRiskAndTierOne() {
    JsonNode json = risk("""
        {"sex": "FEMALE", "age": 45, "bloodPressure": {"systolic": 145, "diastolic": 92}}""", "--json").json();
    assertThat(json.get("riskLevel").asText()).isEqualTo("LOW");
    assertThat(json.get("column").asText()).isEqualTo("GRADE_1");
    assertThat(json.get("riskFactors")).isEmpty();
    assertThat(json.get("tier").asText()).isEqualTo("TIER_1");
    assertThat(json.get("cadence").get("intervalDays").asInt()).isEqualTo(90);
  }

  @Test
  void threeRiskFactorsAndGradeTwoAreHighRiskAndTierThree() {
    JsonNode json = risk("""
        {"sex": "MALE", "age": 61, "bloodPressure": {"systolic": 165, "diastolic": 98},
         "smoker": true, "totalCholesterol": 5.8}""", "--json").json();
    assertThat(json.get("riskLevel").asText()).isEqualTo("HIGH");
    assertThat(json.get("riskFactors")).extracting(JsonNode::asText).containsExactly("AGE", "SMOKING", "DYSLIPIDAEMIA");
    assertThat(json.get("tier").asText()).isEqualTo("TIER_3");
    assertThat(json.get("riskRules")).extracting(r -> r.get("rule").asText()).contains("risk.factor.smoking", "risk.level.high");
    assertThat(json.get("tierRules")).extracting(r -> r.get("rule").asText()).contains("tier.tier3");
  }

  @Test
  void clinicalComplicationsMakeItVeryHigh() {
    CliRun run = risk("""
        {"sex": "FEMALE", "age": 70, "bloodPressure": {"systolic": 135, "diastolic": 86},
         "clinicalComplications": ["CEREBROVASCULAR_DISEASE"]}""", "--lang", "en");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("very high risk (VERY_HIGH)", "tier 3 (TIER_3)");
  }

  @Test
  void humanOutputIsChineseByDefault() {
    CliRun run = risk("""
        {"sex": "FEMALE", "age": 45, "bloodPressure": {"systolic": 145, "diastolic": 92}}""");
    assertThat(run.out()).startsWith("危险分层：低危 (LOW)").contains("管理级别：一级管理");
  }

  @Test
  void anAgeOutOfRangeBreaksARule() {
    CliRun run = risk("""
        {"sex": "MALE", "age": 170, "bloodPressure": {"systolic": 145, "diastolic": 92}}""", "--json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_BROKEN);
    assertThat(run.json().get("violations").get(0).get("rule").asText()).isEqualTo("chronic.age.range");
    assertThat(run.all()).doesNotContain("170");
  }

  @Test
  void aMissingBloodPressureIsAnInputError() {
    CliRun run = risk("""
        {"sex": "MALE", "age": 50}""", "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("patient.json");
  }
}
