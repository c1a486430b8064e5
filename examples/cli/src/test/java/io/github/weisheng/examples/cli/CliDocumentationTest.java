package io.github.weisheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.examples.quickstart.Quickstart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs every example of docs/cli.md: each fenced block with {@code file=NAME} in its info string is
 * written into a scratch folder, each {@code console} block's {@code $ weisheng …} line is run
 * in-process through picocli, and its standard output and exit code ({@code exit=N} in the info
 * string, 0 otherwise) must be what the block shows. A block whose info string says {@code
 * quickstart} holds the quickstart's command, which is run in-process first to build a store.
 */
class CliDocumentationTest {
  private static final Path DOC = locate();
  private static final Pattern FENCE = Pattern.compile("(?m)^```(\\S+)([^\\n]*)\\n(.*?)^```$", Pattern.DOTALL);
  private static final Pattern FILE = Pattern.compile("file=(\\S+)");
  private static final Pattern EXIT = Pattern.compile("exit=(\\d+)");

  @TempDir
  static Path work;

  /** A fenced block of the document, in document order. */
  record Block(String language, String info, String body, int line) {}

  @TestFactory
  Stream<DynamicTest> everyExampleOfTheDocumentationRuns() throws IOException {
    List<Block> blocks = blocks(Files.readString(DOC, StandardCharsets.UTF_8));
    List<DynamicTest> tests = new ArrayList<>();
    for (Block block : blocks) {
      Matcher file = FILE.matcher(block.info());
      if (file.find()) {
        String name = file.group(1);
        tests.add(DynamicTest.dynamicTest("line " + block.line() + ": file " + name,
            () -> Files.writeString(work.resolve(name), block.body(), StandardCharsets.UTF_8)));
      } else if (block.info().contains("quickstart")) {
        tests.add(DynamicTest.dynamicTest("line " + block.line() + ": quickstart", () -> runQuickstart(block)));
      } else if (block.language().equals("console")) {
        tests.add(DynamicTest.dynamicTest("line " + block.line() + ": " + block.body().lines().findFirst().orElse(""),
            () -> runExample(block)));
      }
    }
    assertThat(tests).as("examples found in docs/cli.md").hasSizeGreaterThan(20);
    tests.add(DynamicTest.dynamicTest("the drill-down workbook written by the example", () -> drillDownWorkbook()));
    return tests.stream();
  }

  /**
   * The {@code --drill-down} example's workbook (written by the examples before): its last sheet is
   * the appendix, whose rows name members by record references only.
   */
  private static void drillDownWorkbook() throws IOException {
    try (var in = Files.newInputStream(work.resolve("drill/work-summary.xlsx"));
        var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      var appendix = workbook.getSheetAt(workbook.getNumberOfSheets() - 1);
      assertThat(appendix.getSheetName()).contains("附");
      List<String> cells = new ArrayList<>();
      appendix.forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
      assertThat(cells).anyMatch(c -> c.endsWith("2型糖尿病患者规范管理率（7人）"));
      assertThat(cells).anyMatch(c -> c.startsWith("110105001"));
      // no resident's name or ID number reaches the appendix
      List<String> personal = new ArrayList<>();
      try (var store = io.github.weisheng.store.jdbc.JdbcRecordStore.openH2File(work.resolve("demo"));
          var health = io.github.weisheng.CommunityHealth.builder().store(store)
              .accessPolicy(io.github.weisheng.access.DefaultAccessPolicy.defaults()).build();
          var residents = health.as(io.github.weisheng.spi.access.Principal.of("test",
              java.util.Set.of("public-health-officer"), java.util.Set.of("110105001"))).residents().inScope()) {
        residents.map(io.github.weisheng.Recorded::value).forEach(r -> {
          personal.add(r.name());
          r.citizenId().ifPresent(id -> personal.add(id.value()));
        });
      }
      assertThat(personal).hasSizeGreaterThan(300);
      assertThat(cells).noneMatch(c -> personal.stream().anyMatch(c::contains));
    }
  }

  @Test
  void everySubcommandHasAnExample() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    for (String sub : List.of("id", "archive-number", "followup", "risk", "forecast", "vector-grade", "import",
        "summary")) {
      assertThat(doc).contains("$ weisheng " + sub + " ");
      assertThat(doc).contains("$ weisheng " + sub + " ").containsPattern("\\$ weisheng " + sub + " .*--json");
    }
  }

  @Test
  void everyCsvColumnIsDocumented() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    for (String column : ImportCommand.COLUMNS) {
      assertThat(doc).contains("| " + column + " |");
    }
  }

  /**
   * Runs a block marked {@code quickstart}: its one line is the quickstart's command, run in-process
   * in the scratch folder (its console output is not compared: it has timings), to build the store
   * the {@code summary} examples read.
   */
  private static void runQuickstart(Block block) {
    String command = block.body().strip();
    String jar = "java -jar examples/quickstart/target/weisheng-quickstart.jar ";
    assertThat(command).startsWith(jar);
    List<String> args = split(command.substring(jar.length()));
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    int code = new CommandLine(new Quickstart(work, new PrintStream(console, true, StandardCharsets.UTF_8)))
        .execute(args.toArray(String[]::new));
    assertThat(code).as("exit code of the quickstart: %s", console.toString(StandardCharsets.UTF_8)).isZero();
  }

  private static void runExample(Block block) {
    List<String> lines = block.body().lines().toList();
    String command = lines.get(0);
    assertThat(command).startsWith("$ weisheng ");
    List<String> args = split(command.substring("$ weisheng ".length()));
    String expected = String.join("\n", lines.subList(1, lines.size()));
    Matcher exit = EXIT.matcher(block.info());
    int expectedExit = exit.find() ? Integer.parseInt(exit.group(1)) : 0;

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = WeishengCli.commandLine(work, new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args.toArray(String[]::new));

    assertThat(out.toString().replace("\r\n", "\n").stripTrailing()).as("stdout of %s", command).isEqualTo(expected);
    assertThat(code).as("exit code of %s (stderr: %s)", command, err).isEqualTo(expectedExit);
  }

  static List<Block> blocks(String markdown) {
    List<Block> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(markdown);
    while (m.find()) {
      int line = (int) markdown.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      blocks.add(new Block(m.group(1), m.group(2), m.group(3), line));
    }
    return blocks;
  }

  /** Splits a command line on spaces; single or double quotes keep spaces inside an argument. */
  static List<String> split(String line) {
    List<String> args = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    boolean inArg = false;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          current.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inArg = true;
      } else if (c == ' ') {
        if (inArg) {
          args.add(current.toString());
          current.setLength(0);
          inArg = false;
        }
      } else {
        current.append(c);
        inArg = true;
      }
    }
    if (inArg) {
      args.add(current.toString());
    }
    return args;
  }

  private static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path doc = dir.resolve("docs/cli.md");
      if (Files.exists(doc)) {
        return doc;
      }
    }
    throw new IllegalStateException("docs/cli.md not found above " + Path.of("").toAbsolutePath());
  }
}
