package io.github.weisheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdCommandTest {
  @TempDir
  Path dir;

  @Test
  void aValidNumberGivesKindBirthDateSexAndTheEighteenCharacterForm() {
    CliRun run = CliRun.in(dir, "id", "11010519491231002X", "--lang", "en");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("valid", "citizen ID number", "1949-12-31", "female", "11010519491231002X");
  }

  @Test
  void theLegacyFifteenDigitNumberIsConverted() {
    JsonNode json = CliRun.in(dir, "id", "110105491231002", "--json").json();
    assertThat(json.get("valid").asBoolean()).isTrue();
    assertThat(json.get("kind").asText()).isEqualTo("LEGACY_15");
    assertThat(json.get("eighteen").asText()).isEqualTo("11010519491231002X");
    assertThat(json.get("sex").asText()).isEqualTo("FEMALE");
  }

  @Test
  void chineseIsTheDefaultLanguage() {
    CliRun run = CliRun.in(dir, "id", "11010519491231002X");
    assertThat(run.out()).startsWith("有效").contains("出生日期：1949-12-31", "性别：女");
  }

  @Test
  void jsonHasTheDocumentedFields() {
    JsonNode json = CliRun.in(dir, "id", "11010519491231002X", "--json").json();
    assertThat(json.fieldNames()).toIterable().containsExactly("valid", "kind", "birthDate", "sex", "eighteen");
  }

  @ParameterizedTest
  @ValueSource(strings = {"110105194912310021", "11010519491231002", "1101051949123100ZX", "990105194912310023",
      "110105194913310021"})
  void anInvalidNumberExitsOneWithTheRuleAndIsNeverEchoed(String number) {
    CliRun run = CliRun.in(dir, "id", number, "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_BROKEN);
    assertThat(run.out()).startsWith("invalid").contains("[citizenId.");
    assertThat(run.all()).doesNotContain(number);
  }

  @Test
  void anInvalidNumberInJsonListsTheViolationInBothLanguages() {
    CliRun run = CliRun.in(dir, "id", "110105194912310021", "--json");
    JsonNode json = run.json();
    assertThat(json.get("valid").asBoolean()).isFalse();
    JsonNode v = json.get("violations").get(0);
    assertThat(v.get("field").asText()).isEqualTo("citizenId");
    assertThat(v.get("rule").asText()).isEqualTo("citizenId.checkCharacter");
    assertThat(v.get("message").get("en").asText()).isNotEqualTo("citizenId.checkCharacter").isNotBlank();
    assertThat(v.get("message").get("zh").asText()).isNotEqualTo(v.get("message").get("en").asText());
    assertThat(run.out()).doesNotContain("110105194912310021");
  }

  @Test
  void aMissingNumberIsAUsageError() {
    CliRun run = CliRun.in(dir, "id");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("<number>");
  }

  @Test
  void helpDescribesTheSubcommand() {
    CliRun run = CliRun.in(dir, "id", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--json", "--lang");
  }
}
