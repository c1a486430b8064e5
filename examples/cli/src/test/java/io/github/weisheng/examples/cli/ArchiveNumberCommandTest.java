package io.github.weisheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveNumberCommandTest {
  @TempDir
  Path dir;

  @Test
  void committeeCodeAndSerialMakeTheSeventeenDigitNumber() {
    CliRun run = CliRun.in(dir, "archive-number", "110105001001", "12", "--lang", "en");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("archive number: 11010500100100012");
  }

  @Test
  void jsonGivesTheNumberItsCommitteeAndSerial() {
    JsonNode json = CliRun.in(dir, "archive-number", "110105001001", "99999", "--json").json();
    assertThat(json.get("archiveNumber").asText()).isEqualTo("11010500100199999").hasSize(17);
    assertThat(json.get("committee").asText()).isEqualTo("110105001001");
    assertThat(json.get("serial").asInt()).isEqualTo(99999);
  }

  @Test
  void aSerialOutOfRangeBreaksTheRule() {
    CliRun run = CliRun.in(dir, "archive-number", "110105001001", "0", "--json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_BROKEN);
    assertThat(run.json().get("violations").get(0).get("rule").asText()).isEqualTo("archiveNumber.serial");
  }

  @Test
  void aMalformedCommitteeCodeBreaksTheRuleWithoutEchoingIt() {
    CliRun run = CliRun.in(dir, "archive-number", "11010500100", "1", "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_BROKEN);
    assertThat(run.out()).contains("[committeeCode.").doesNotContain("11010500100 ");
  }

  @Test
  void aSerialThatIsNotANumberIsAUsageError() {
    assertThat(CliRun.in(dir, "archive-number", "110105001001", "twelve").exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
