package io.github.weisheng.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.weisheng.examples.quickstart.ConsoleProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the tool in-process in a folder and keeps its exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

  static CliRun in(Path folder, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = WeishengCli.commandLine(folder, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs the tool as on a terminal: its progress bars are drawn on the captured stderr. */
  static CliRun onTerminal(Path folder, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter errWriter = new PrintWriter(err, true);
    WeishengCli tool = new WeishengCli(folder, ConsoleProgress.live(errWriter));
    int code = WeishengCli.commandLine(tool, new PrintWriter(out, true), errWriter).execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  static Path write(Path folder, String name, String content) {
    try {
      return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode json() {
    try {
      return Json.mapper().readTree(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Both streams, for "never in the output" checks. */
  String all() {
    return out + err;
  }
}
