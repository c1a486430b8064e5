package io.github.weisheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeishengCliTest {
  @TempDir
  Path dir;

  @Test
  void helpListsEverySubcommandAndTheExitCodes() {
    CliRun run = CliRun.in(dir, "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("id", "archive-number", "followup", "risk", "forecast", "vector-grade", "import",
        "Exit codes");
  }

  @Test
  void withoutASubcommandTheUsageIsPrintedOnStderr() {
    CliRun run = CliRun.in(dir);
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("Usage: weisheng");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void everySubcommandHasHelpAndTheVersion() {
    for (String sub : new String[] {"id", "archive-number", "followup", "risk", "forecast", "vector-grade", "import"}) {
      CliRun help = CliRun.in(dir, sub, "--help");
      assertThat(help.exitCode()).as(sub).isZero();
      assertThat(help.out()).as(sub).contains("Usage: weisheng " + sub, "--json", "--lang");
      assertThat(CliRun.in(dir, sub, "--version").out()).as(sub).contains("weisheng 0.1.0");
    }
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(CliRun.in(dir, "id", "--yaml", "11010519491231002X").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    assertThat(CliRun.in(dir, "id", "11010519491231002X", "--lang", "fr").exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
