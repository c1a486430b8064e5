package io.github.weisheng.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole quickstart at a small size: it records every programme, writes the summary files and
 * the population table (the summary with its infectious-disease subsection), prints the headline
 * indicators, and gives the same figures for the same seed.
 */
class QuickstartTest {
  @TempDir
  Path work;

  private record Run(Quickstart quickstart, int exitCode, String console) {
    Map<String, Integer> recorded() {
      return quickstart.recorded();
    }

    double percent(String id) {
      return quickstart.headlines().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow()
          .percent().doubleValue();
    }
  }

  private Run run(String folder, String... args) {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    Quickstart quickstart = new Quickstart(work.resolve(folder), new PrintStream(console, true, StandardCharsets.UTF_8));
    int code = new CommandLine(quickstart).execute(args);
    return new Run(quickstart, code, console.toString(StandardCharsets.UTF_8));
  }

  /** The console's text without control characters other than the line breaks. */
  private static void plainLines(String console) {
    assertThat(console.replace(System.lineSeparator(), "\n")).doesNotContainPattern("[\\p{Cntrl}&&[^\\n]]");
  }

  @Test
  void theSameSeedGivesTheSameRecordsAndFiguresAndTheCountsArePlausible() throws Exception {
    Run first = run("a", "--residents", "600", "--seed", "11", "--data", "data", "--out", "out");
    assertThat(first.exitCode()).as(first.console()).isZero();

    for (String file : List.of("out/work-summary.html", "out/work-summary.docx", "out/work-summary.xlsx",
        "out/work-summary.md", "out/work-summary-drill-down.xlsx", "data/weisheng.mv.db", "data/" + SummaryFiles.POPULATION_FILE)) {
      assertThat(work.resolve("a").resolve(file)).as(file).isNotEmptyFile();
    }
    assertThat(first.console()).contains("健康档案建档率 health archive rate", "Headline indicators (主要指标)");
    // each headline says what its numerator and denominator count, from its definition
    Map<String, io.github.weisheng.reporting.Counting> counting = new java.util.HashMap<>();
    first.quickstart().headlines().forEach(h -> counting.put(h.id(), h.counting()));
    assertThat(counting).containsEntry("archive.rate", io.github.weisheng.reporting.Counting.PERSONS)
        .containsEntry("archive.use-rate", io.github.weisheng.reporting.Counting.RECORDS)
        .containsEntry("education.compliance", io.github.weisheng.reporting.Counting.ITEMS);
    // without a terminal no bar is drawn: each long step prints one plain line
    plainLines(first.console());
    assertThat(first.console()).containsPattern("(?m)^Opening archives {7}[0-9,]+ archives \\([0-9.]+ s\\)$");
    assertThat(SummaryFiles.readPopulation(work.resolve("a/data").resolve(SummaryFiles.POPULATION_FILE)).values()
        .stream().mapToLong(Long::longValue).sum()).isBetween(540L, 590L);

    Map<String, Integer> n = first.recorded();
    assertThat(n.get("residents")).isEqualTo(600);
    assertThat(n.get("archives")).isBetween(510, 570);
    assertThat(n.get("chronic enrolments")).isBetween(100, 300);
    // hypertension tier 1 to 3 and diabetes: 4 to 12 visits a year for most patients
    assertThat(n.get("chronic follow-ups")).isBetween(n.get("chronic enrolments") * 2, n.get("chronic enrolments") * 9);
    assertThat(n.get("children 0-6")).isBetween(12, 60);
    assertThat(n.get("vaccinations")).isBetween(n.get("children 0-6") * 5, n.get("children 0-6") * 26);
    // most children's certificates are issued, none twice
    assertThat(n.get("vaccination certificates")).isBetween(n.get("children 0-6") * 8 / 10, n.get("children 0-6"));
    assertThat(n.get("child checks")).isGreaterThan(n.get("children 0-6"));
    assertThat(n.get("elderly health checks")).isBetween(n.get("elderly 65+") / 2, n.get("elderly 65+") * 9 / 10);
    assertThat(n.get("severe mental disorder patients")).isBetween(2, 5);
    assertThat(n.get("tuberculosis patients")).isEqualTo(1);
    assertThat(n.get("sanitation activities")).isEqualTo(90);
    assertThat(n.get("vector surveys")).isEqualTo(5);
    assertThat(n.get("health-education activities")).isEqualTo(44);
    // hand, foot and mouth disease at least twice, influenza and infectious diarrhoea at least once
    assertThat(n.get("infectious-disease cases")).isBetween(4, 12);
    assertThat(n.get("infectious-disease follow-ups")).isBetween(n.get("infectious-disease cases") * 2,
        n.get("infectious-disease cases") * 9);
    infectiousSubsection(work.resolve("a/out/work-summary.html"), n);

    assertThat(first.percent("archive.rate")).isBetween(80.0, 95.0);
    assertThat(first.percent("hypertension.standard-management-rate")).isBetween(35.0, 90.0);
    assertThat(first.percent("hypertension.control-rate")).isBetween(40.0, 90.0);
    assertThat(first.percent("diabetes.standard-management-rate")).isBetween(25.0, 90.0);

    Run again = run("b", "--residents", "600", "--seed", "11", "--data", "data", "--out", "out");
    assertThat(again.exitCode()).isZero();
    assertThat(again.recorded()).isEqualTo(first.recorded());
    assertThat(again.quickstart().headlines()).isEqualTo(first.quickstart().headlines());
    assertThat(Files.readString(work.resolve("b/data/population.csv")))
        .isEqualTo(Files.readString(work.resolve("a/data/population.csv")));
  }

  /**
   * The summary's 传染病报告和处理 subsection, read from the written HTML: the cases and follow-ups
   * recorded, every one reported, not every one on time, with the reason (the delay and the limit).
   */
  private static void infectiousSubsection(Path html, Map<String, Integer> recorded) throws Exception {
    Element section = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8))
        .select("section:has(> h3:contains(传染病报告和处理))").first();
    assertThat(section).as("the subsection 传染病报告和处理").isNotNull();
    assertThat(section.parents()).anyMatch(p -> p.select("> h2").text().contains("重点人群"));
    int cases = figure(section, "登记传染病病例");
    assertThat(cases).isEqualTo(recorded.get("infectious-disease cases"));
    assertThat(figure(section, "网络报告的传染病病例")).isEqualTo(cases);
    assertThat(figure(section, "报告及时的传染病病例")).isBetween(1, cases - 1);
    // report cards are counted as cases (例), the report rates' Counting.CASES
    assertThat(section.text()).contains("登记传染病病例" + cases + "例");
    for (String label : List.of("登记传染病病例", "网络报告的传染病病例", "报告及时的传染病病例")) {
      assertThat(section.select("span.figure[data-label=" + label + "]").attr("data-unit")).as(label).isEqualTo("例");
    }
    assertThat(figure(section, "传染病病例随访")).isEqualTo(recorded.get("infectious-disease follow-ups"));
    assertThat(figure(section, "上门随访")).isPositive().isLessThanOrEqualTo(figure(section, "传染病病例随访"));
    List<String> cells = section.select("td").eachText();
    assertThat(cells).contains("手足口病", "流行性感冒", "其他感染性腹泻病", "传染病疫情报告率", "传染病疫情报告及时率");
    assertThat(cells).anyMatch(c -> c.matches("传染病疫情报告及时率：诊断后[0-9.]+小时报告，时限24小时"));
  }

  private static int figure(Element section, String label) {
    Element figure = section.select("span.figure[data-label=" + label + "]").first();
    assertThat(figure).as(label).isNotNull();
    return Integer.parseInt(figure.attr("data-value"));
  }

  @Test
  void onATerminalEachLongStepDrawsABarThatItsLineReplaces() {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
    Quickstart quickstart = new Quickstart(work.resolve("live"), out, ConsoleProgress.live(out));
    int code = new CommandLine(quickstart).execute("--residents", "80", "--seed", "3", "--data", "data", "--out", "out");
    String text = console.toString(StandardCharsets.UTF_8);
    assertThat(code).as(text).isZero();

    String cleared = "\r" + " ".repeat(ConsoleProgress.WIDTH) + "\r";
    for (String step : List.of("Registering households", "Opening archives", "Consultations", "Chronic follow-ups",
        "Children and vaccines", "Elderly health checks")) {
      // the bar's frames, then its line blanked, then the step's own line in its place
      assertThat(text).containsPattern("\r" + step + " +[0-9]+% \\[")
          .containsPattern(cleared.replace("\r", "\\r") + step + " +[0-9,]+ ");
    }
    // with the bars taken out, the console is what a run without a terminal prints
    plainLines(text.replaceAll("\r[^\r\n]*", ""));
  }

  @Test
  void anImpossibleNumberOfResidentsIsAUsageError() {
    assertThat(run("c", "--residents", "0", "--data", "data").exitCode()).isEqualTo(2);
  }
}
