package io.github.weisheng.examples.quickstart;

import io.github.weisheng.HealthSession;
import io.github.weisheng.education.InstitutionLevel;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.reporting.Counting;
import io.github.weisheng.reporting.IndicatorResult;
import io.github.weisheng.reporting.Rate;
import io.github.weisheng.reporting.ReportingPeriod;
import io.github.weisheng.reporting.WorkSummary;
import io.github.weisheng.reporting.office.DocxRenderer;
import io.github.weisheng.reporting.office.XlsxRenderer;
import io.github.weisheng.reporting.render.HtmlRenderer;
import io.github.weisheng.reporting.render.JsonRenderer;
import io.github.weisheng.reporting.render.MarkdownRenderer;
import io.github.weisheng.reporting.render.ReportRenderers;
import io.github.weisheng.reporting.render.TextRenderer;
import io.github.weisheng.sanitation.AreaScope;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Drafts the work summary (工作总结) of a store and writes it in chosen formats: what the quickstart
 * does after recording its community and what {@code weisheng summary} does for any store, in one
 * place. Also reads and writes the resident population table (常住人口, per residents' committee),
 * which the host supplies: the quickstart writes it beside its store as {@value #POPULATION_FILE}.
 *
 * @since 0.1.0
 */
public final class SummaryFiles {
  /** The population table's file name in a quickstart data folder. */
  public static final String POPULATION_FILE = "population.csv";

  /** The population table's header: 居委会代码 (12-digit committee code), 常住人口 (residents). */
  public static final String POPULATION_HEADER = "居委会代码,常住人口";

  /** The formats, by the name the command lines take, and the renderer's format id behind each. */
  private static final Map<String, String> FORMATS = formats();

  private SummaryFiles() {}

  private static Map<String, String> formats() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("html", HtmlRenderer.FORMAT);
    m.put("docx", DocxRenderer.FORMAT);
    m.put("xlsx", XlsxRenderer.FORMAT);
    m.put("md", MarkdownRenderer.FORMAT);
    m.put("json", JsonRenderer.FORMAT);
    m.put("txt", TextRenderer.FORMAT);
    return Map.copyOf(m);
  }

  /**
   * The formats a summary can be written in, by file extension.
   *
   * @return html, docx, xlsx, md, json, txt
   */
  public static List<String> formatNames() {
    return List.of("html", "docx", "xlsx", "md", "json", "txt");
  }

  /**
   * One headline indicator (主要指标) of a summary, for the console and for JSON.
   *
   * @param id the indicator's id, for example {@code archive.rate}
   * @param name the Chinese name, for example 建档率
   * @param englishName the English name
   * @param numerator the numerator
   * @param denominator the denominator
   * @param counting what numerator and denominator count (persons 人, records 份, cases 例, items 项, …)
   * @param percent the rate in percent with one decimal, or null when the denominator is 0
   */
  public record Headline(String id, String name, String englishName, long numerator, long denominator,
      Counting counting, java.math.BigDecimal percent) {

    /** Checks the counting is given. */
    public Headline {
      Objects.requireNonNull(counting, "counting");
    }

    /** @return {@code 建档率 archive rate}-style label */
    public String label() {
      return name + " " + englishName;
    }

    /** @return {@code 1675 / 1899 = 88.2%}, or {@code 0 / 0} */
    public String figure() {
      return numerator + " / " + denominator + (percent == null ? "" : " = " + percent.toPlainString() + "%");
    }
  }

  /**
   * Drafts the summary of an area and period from the store behind a session.
   *
   * @param session a session whose principal may search and report the area's records (a
   *     public-health officer or the centre's administrator)
   * @param unitName the centre's or station's name, as the title shows it
   * @param institution the centre or station the education activities are recorded for
   * @param level centre or station (the health-education minimums differ)
   * @param area the area summarised
   * @param period the period
   * @param population the resident population per committee (常住人口), host-supplied; committees
   *     outside {@code area} are left out
   * @return the summary
   */
  public static WorkSummary draft(HealthSession session, String unitName, OrgUnitId institution,
      InstitutionLevel level, AreaScope area, ReportingPeriod period, Map<CommitteeCode, Long> population) {
    Map<CommitteeCode, Long> inArea = new TreeMap<>();
    population.forEach((committee, count) -> {
      if (area.covers(AreaScope.of(committee))) {
        inArea.put(committee, count);
      }
    });
    return WorkSummary.builder()
        .session(Objects.requireNonNull(session, "session"))
        .unit(unitName, institution, level)
        .area(area)
        .period(period)
        .population(inArea)
        .build();
  }

  /**
   * Writes a summary in each format into a folder, as {@code <baseName>.<format>}: each file is an
   * audited export ({@link WorkSummary#export(ReportRenderers, String, Path, String)}).
   *
   * @param summary the summary
   * @param formats names from {@link #formatNames()}
   * @param folder the folder, created when absent
   * @param baseName the file name without extension
   * @return the files written, in the order of {@code formats}
   * @throws IllegalArgumentException for a format not in {@link #formatNames()} (before anything is written)
   * @throws UncheckedIOException when a file cannot be written
   */
  public static List<Path> write(WorkSummary summary, Collection<String> formats, Path folder, String baseName) {
    List<String> ids = new ArrayList<>();
    for (String format : formats) {
      String id = FORMATS.get(format.toLowerCase(Locale.ROOT));
      if (id == null) {
        throw new IllegalArgumentException("unknown format " + format + "; formats: " + formatNames());
      }
      ids.add(id);
    }
    Objects.requireNonNull(summary, "summary");
    ReportRenderers renderers = ReportRenderers.builtIn().with(new DocxRenderer()).with(new XlsxRenderer());
    List<Path> written = new ArrayList<>();
    for (String id : ids) {
      try {
        written.add(summary.export(renderers, id, folder, baseName));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return written;
  }

  /**
   * The headline indicators of a summary: every indicator it computed, in its order.
   *
   * @param summary the summary
   * @return one headline per indicator
   */
  public static List<Headline> headlines(WorkSummary summary) {
    List<Headline> headlines = new ArrayList<>();
    for (IndicatorResult result : summary.indicators()) {
      Rate rate = result.rate();
      headlines.add(new Headline(result.definition().id(), result.definition().name(),
          result.definition().englishName(), rate.numerator(), rate.denominator(), result.definition().counting(),
          rate.percent().orElse(null)));
    }
    return headlines;
  }

  /**
   * Writes a population table: {@value #POPULATION_HEADER}, one committee a line, in code order.
   *
   * @param population the residents per committee
   * @param file the file
   * @throws UncheckedIOException when it cannot be written
   */
  public static void writePopulation(Map<CommitteeCode, Long> population, Path file) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(POPULATION_HEADER);
      out.newLine();
      for (Map.Entry<CommitteeCode, Long> e : new TreeMap<>(population).entrySet()) {
        out.write(e.getKey().value() + "," + e.getValue());
        out.newLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a population table written by {@link #writePopulation} (or by hand in that shape).
   *
   * @param file the file
   * @return the residents per committee, in code order
   * @throws IllegalArgumentException naming the line when a line is not {@code code,count}
   * @throws UncheckedIOException when it cannot be read
   */
  public static Map<CommitteeCode, Long> readPopulation(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<CommitteeCode, Long> population = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || (i == 0 && line.replace("\uFEFF", "").equals(POPULATION_HEADER))) {
        continue;
      }
      String[] cells = line.split(",", -1);
      try {
        if (cells.length != 2) {
          throw new IllegalArgumentException("two cells expected");
        }
        long count = Long.parseLong(cells[1].strip());
        if (count < 0) {
          throw new IllegalArgumentException("negative");
        }
        population.merge(CommitteeCode.parse(cells[0].strip()), count, Long::sum);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(file.getFileName() + " line " + (i + 1) + ": not '"
            + POPULATION_HEADER + "' (a 12-digit committee code and a count) / 第 " + (i + 1) + " 行格式错误", e);
      }
    }
    return population;
  }
}
