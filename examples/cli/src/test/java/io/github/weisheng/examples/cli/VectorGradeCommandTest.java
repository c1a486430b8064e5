package io.github.weisheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorGradeCommandTest {
  @TempDir
  Path dir;

  private CliRun grade(String json, String... more) {
    CliRun.write(dir, "survey.json", json);
    String[] args = new String[3 + more.length];
    args[0] = "vector-grade";
    args[1] = "--input";
    args[2] = "survey.json";
    System.arraycopy(more, 0, args, 3, more.length);
    return CliRun.in(dir, args);
  }

  @Test
  void eachIndicatorIsGradedAndTheWorstIsOverall() {
    JsonNode json = grade("""
        {"surveyedOn": "2025-07-15", "scope": "110105001", "measurements": [
          {"indicator": "RAT_INDOOR_SIGNS", "value": 0.5},
          {"indicator": "COCKROACH_INFESTATION", "value": 6.5}]}""", "--json").json();
    assertThat(json.get("grades").get(0).get("level").asText()).isEqualTo("A");
    assertThat(json.get("grades").get(1).get("level").asText()).isEqualTo("BELOW_C");
    assertThat(json.get("overall").asText()).isEqualTo("BELOW_C");
    assertThat(json.get("acceptable").asBoolean()).isFalse();
    assertThat(json.get("byPest").get("RAT").asText()).isEqualTo("A");
  }

  @Test
  void aRateIsComputedFromPositiveAndExamined() {
    JsonNode json = grade("""
        {"surveyedOn": "2025-07-15", "scope": "110105001001", "measurements": [
          {"indicator": "FLY_INDOOR_ROOMS", "positive": 1, "examined": 3}]}""", "--json").json();
    assertThat(json.get("grades").get(0).get("value").decimalValue()).isEqualByComparingTo("33.33");
    assertThat(json.get("grades").get(0).get("unit").asText()).isEqualTo("%");
  }

  @Test
  void humanOutputNamesIndicatorsAndGrades() {
    CliRun run = grade("""
        {"surveyedOn": "2025-07-15", "scope": "110105", "measurements": [
          {"indicator": "MOSQUITO_LANDING_INDEX", "value": 0.2}]}""");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("成蚊停落指数 0.2", "A级", "总体：A级");
  }

  @Test
  void aPercentageAbove100BreaksARule() {
    CliRun run = grade("""
        {"surveyedOn": "2025-07-15", "scope": "110105", "measurements": [
          {"indicator": "FLY_INDOOR_ROOMS", "value": 120}]}""", "--json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_BROKEN);
    JsonNode v = run.json().get("violations").get(0);
    assertThat(v.get("rule").asText()).isEqualTo("densityMeasurement.percentAbove100");
    assertThat(v.get("field").asText()).startsWith("measurements[0]");
  }

  @Test
  void aDuplicateIndicatorBreaksARule() {
    CliRun run = grade("""
        {"surveyedOn": "2025-07-15", "scope": "110105", "measurements": [
          {"indicator": "FLY_INDOOR_ROOMS", "value": 1}, {"indicator": "FLY_INDOOR_ROOMS", "value": 2}]}""", "--json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_BROKEN);
    assertThat(run.json().get("violations").get(0).get("rule").asText()).isEqualTo("vectorSurvey.duplicateIndicator");
  }

  @Test
  void aMeasurementNeedsAValueOrACount() {
    CliRun run = grade("""
        {"surveyedOn": "2025-07-15", "scope": "110105", "measurements": [
          {"indicator": "FLY_INDOOR_ROOMS", "positive": 1}]}""", "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("measurements[0]");
  }

  @Test
  void anUnknownIndicatorIsAnInputError() {
    CliRun run = grade("""
        {"surveyedOn": "2025-07-15", "scope": "110105", "measurements": [
          {"indicator": "BEDBUGS", "value": 1}]}""", "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("measurements[0].indicator");
  }
}
