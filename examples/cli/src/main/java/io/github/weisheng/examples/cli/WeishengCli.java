package io.github.weisheng.examples.cli;

import io.github.weisheng.examples.quickstart.ConsoleProgress;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code weisheng} command-line tool: Weisheng's rules at the command line, for integrators
 * and for checking a rule quickly. Subcommands: {@code id}, {@code archive-number},
 * {@code followup}, {@code risk}, {@code forecast}, {@code vector-grade}, {@code import} and {@code summary}; each
 * takes {@code --json} and {@code --lang zh|en}. Formats and examples: docs/cli.md.
 */
@Command(
    name = "weisheng",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    version = "weisheng 0.1.0",
    description = {"Weisheng (卫生) rules at the command line.", "社区卫生服务规则的命令行工具。"},
    subcommands = {
        IdCommand.class,
        ArchiveNumberCommand.class,
        FollowUpCommand.class,
        RiskCommand.class,
        ForecastCommand.class,
        VectorGradeCommand.class,
        ImportCommand.class,
        SummaryCommand.class,
    },
    footer = {"", "Exit codes / 退出码: 0 ok, 1 a rule is broken (invalid input, rejected rows),",
        "2 usage error, 3 an input file cannot be read or has the wrong shape,", "4 internal error."})
public final class WeishengCli implements Runnable {
  private final Path workingDirectory;
  private final ConsoleProgress progress;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The tool, reading relative file names from the current folder. */
  public WeishengCli() {
    this(Path.of(""));
  }

  /**
   * The tool, reading relative file names from a given folder (for running it in-process).
   *
   * @param workingDirectory the folder relative input and data paths are resolved against
   */
  public WeishengCli(Path workingDirectory) {
    this(workingDirectory, ConsoleProgress.quiet());
  }

  /** The tool, drawing the progress bars of long subcommands with {@code progress}. */
  WeishengCli(Path workingDirectory, ConsoleProgress progress) {
    this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  Path workingDirectory() {
    return workingDirectory;
  }

  /** @return how long subcommands draw their progress bar (on stderr) */
  ConsoleProgress progress() {
    return progress;
  }

  /**
   * A picocli command line of the tool, writing to the given streams (no progress bar is drawn).
   *
   * @param workingDirectory the folder relative paths are resolved against
   * @param out standard output
   * @param err standard error
   * @return the command line
   */
  public static CommandLine commandLine(Path workingDirectory, PrintWriter out, PrintWriter err) {
    return commandLine(new WeishengCli(workingDirectory), out, err);
  }

  /** A picocli command line of the given tool, writing to the given streams. */
  static CommandLine commandLine(WeishengCli tool, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(tool);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("internal error / 内部错误: " + e.getClass().getName());
      return ExitCode.INTERNAL;
    });
    return cli;
  }

  /**
   * Runs the tool; output is UTF-8 whatever the platform's default.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    // a live progress bar on stderr when run on a terminal; none when the output goes to a file or a pipe
    int code = commandLine(new WeishengCli(Path.of(""), ConsoleProgress.forConsole(err)), out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Without a subcommand: the usage help, on stderr. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required / 请给出子命令");
  }
}
