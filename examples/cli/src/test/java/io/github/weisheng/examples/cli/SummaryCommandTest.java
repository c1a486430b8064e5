package io.github.weisheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary subcommand's checks that need no store (the examples of docs/cli.md run one). */
class SummaryCommandTest {
  @TempDir
  Path dir;

  @Test
  void theStoreIsGivenExactlyOnce() {
    assertThat(CliRun.in(dir, "summary", "--area", "110105001", "--year", "2025").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(CliRun.in(dir, "summary", "--data", "a", "--jdbc", "jdbc:h2:mem:x", "--area", "110105001", "--year",
        "2025").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aBadAreaPeriodOrFormatIsAUsageError() throws Exception {
    Files.createDirectories(dir.resolve("s"));
    for (String[] args : new String[][] {
        {"--area", "1101", "--year", "2025"},
        {"--area", "110105001", "--year", "2025", "--quarter", "5"},
        {"--area", "110105001", "--year", "2025", "--month", "0"},
        {"--area", "110105001", "--year", "2025", "--format", "pdf"},
        {"--area", "110105001", "--year", "2025", "--level", "hospital"}}) {
      String[] all = new String[args.length + 3];
      all[0] = "summary";
      all[1] = "--data";
      all[2] = "s";
      System.arraycopy(args, 0, all, 3, args.length);
      assertThat(CliRun.in(dir, all).exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
    }
  }

  @Test
  void aJdbcStoreNeedsAPopulationTable() {
    CliRun run = CliRun.in(dir, "summary", "--jdbc", "jdbc:h2:mem:none", "--area", "110105001", "--year", "2025");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--population");
  }

  @Test
  void aMissingPopulationTableIsAnInputError() {
    CliRun run = CliRun.in(dir, "summary", "--jdbc", "jdbc:h2:mem:none", "--population", "none.csv", "--area",
        "110105001", "--year", "2025", "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("population table not found: none.csv");
  }
}
