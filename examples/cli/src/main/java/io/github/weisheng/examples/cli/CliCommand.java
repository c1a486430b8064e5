package io.github.weisheng.examples.cli;

import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: {@code --json}, {@code --lang}, the output streams, and the
 * handling of a broken rule (exit 1, the rules listed, never the value) and of an unreadable input
 * (exit 3).
 */
abstract class CliCommand implements Callable<Integer> {
  @Option(names = "--json", description = "print machine-readable JSON on stdout / 输出 JSON")
  boolean json;

  @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en",
      description = "language of the human-readable output (default ${DEFAULT-VALUE}) / 输出语言")
  Lang lang;

  @Spec
  CommandSpec spec;

  @ParentCommand
  WeishengCli parent;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Resolves a file name given on the command line against the working folder. */
  Path resolve(Path file) {
    return parent == null ? file : parent.workingDirectory().resolve(file);
  }

  @Override
  public final Integer call() {
    try {
      return run();
    } catch (RuleViolationException e) {
      printViolations(e.violations());
      return ExitCode.RULE_BROKEN;
    } catch (InputException e) {
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", "input");
        Map<String, String> text = new LinkedHashMap<>();
        text.put("en", e.message(Lang.en));
        text.put("zh", e.message(Lang.zh));
        m.put("message", text);
        out().println(Json.write(m));
      }
      err().println(lang.pick("输入错误：", "input error: ") + e.message(lang));
      return ExitCode.INPUT_ERROR;
    }
  }

  /** Runs the subcommand; returns its exit code. */
  abstract int run();

  /** Prints broken rules: as JSON on stdout with {@code --json}, else one line each on stdout. */
  void printViolations(List<RuleViolation> violations) {
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("valid", false);
      m.put("violations", violations.stream().map(Texts::json).toList());
      out().println(Json.write(m));
    } else {
      out().println(lang.pick("输入不符合规则：", "the input breaks these rules:"));
      for (RuleViolation v : violations) {
        out().println("  · " + v.message(lang.locale()) + " [" + v.rule() + "]");
      }
    }
  }

  /** Prints a label and a value: {@code label：value} (Chinese) or {@code label: value}. */
  void row(String chinese, String english, Object value) {
    out().println(lang.pick(chinese + "：", english + ": ") + value);
  }
}
