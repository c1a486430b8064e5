package io.github.weisheng.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.weisheng.spi.report.Block;
import io.github.weisheng.spi.report.Cell;
import io.github.weisheng.spi.report.Chart;
import io.github.weisheng.spi.report.ChartKind;
import io.github.weisheng.spi.report.Figure;
import io.github.weisheng.spi.report.OfficialNumbering;
import io.github.weisheng.spi.report.Paragraph;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.ReportRenderer;
import io.github.weisheng.spi.report.Section;
import io.github.weisheng.spi.report.Series;
import io.github.weisheng.spi.report.Table;
import io.github.weisheng.spi.report.Text;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The renderer TCK (报告渲染兼容性测试): the contract of {@link ReportRenderer}. A renderer passes by
 * extending this class and saying how a person's reading of its output is obtained:
 *
 * <pre>{@code
 * class CsvRendererTest extends ReportRendererContract {
 *   @Override
 *   protected ReportRenderer renderer() {
 *     return new CsvRenderer();
 *   }
 *
 *   @Override
 *   protected String readableText(byte[] rendered) {
 *     return CsvReader.cellsJoined(rendered); // undo the format's quoting and escaping
 *   }
 * }
 * }</pre>
 *
 * <p>Clauses: <b>identity</b> (a format id, a media type and a file extension of the right shape);
 * <b>completeness</b> (every word and every figure of a document — title, subtitles, key figures,
 * headings with their official numbers, paragraphs, table captions, headers and cells, chart titles,
 * categories, series names and values — can be read in the output, so no format loses a figure);
 * <b>escaping</b> (markup characters in the words come out as the same words); <b>no value</b> (a
 * key figure without a value, {@link Figure#noValue}, is shown, its label followed by {@value
 * Figure#NO_VALUE} and never by a number such as 0); <b>stream</b> (the
 * renderer leaves the caller's stream open); <b>determinism</b> (the same document renders to the
 * same bytes, from one thread or several); <b>edge</b> (a title-only document renders); and a
 * QuickTheories property over random documents for completeness.
 *
 * @since 0.1.0
 */
public abstract class ReportRendererContract {

  /** For subclasses. */
  protected ReportRendererContract() {}

  /**
   * Returns the renderer under test; it may return the same instance every time.
   *
   * @return the renderer
   */
  protected abstract ReportRenderer renderer();

  /**
   * Returns the text a person reads in a rendering, with the format's markup, quoting and escaping
   * undone (for HTML the text content of the parsed page, for a spreadsheet the cells' values). The
   * default decodes UTF-8, which suits formats that write words as they are. Whitespace does not
   * matter: the kit ignores it when comparing.
   *
   * @param rendered the bytes the renderer wrote
   * @return the readable text
   */
  protected String readableText(byte[] rendered) {
    return new String(rendered, StandardCharsets.UTF_8);
  }

  /**
   * Renders a document to bytes.
   *
   * @param document the document
   * @return the bytes
   */
  protected final byte[] render(ReportDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer().render(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  @DisplayName("identity: a format id, a media type and a file extension of the right shape")
  void identifiesItsFormat() {
    ReportRenderer renderer = renderer();
    assertThat(renderer.formatId()).matches("[a-z][a-z0-9-]{0,31}");
    assertThat(renderer.mediaType()).matches("[a-z]+/[a-zA-Z0-9.+-]+(;\\s*[a-z]+=[A-Za-z0-9-]+)*");
    assertThat(renderer.fileExtension()).matches("[a-z0-9]{1,8}");
  }

  @Test
  @DisplayName("completeness: every word and figure of a work summary can be read in the output")
  void rendersEveryWordAndFigure() {
    assertComplete(SampleReports.workSummary());
  }

  @Test
  @DisplayName("completeness: headings carry the official numbers 一、（一）1.（1）")
  void numbersHeadingsOfficially() {
    String text = readable(SampleReports.workSummary());
    assertThat(text).contains(squeeze("一、健康档案管理"), squeeze("二、重点人群管理"), squeeze("（一）慢性病管理"),
        squeeze("1.分级管理"), squeeze("（1）三级管理患者"), squeeze("三、主要指标"));
  }

  @Test
  @DisplayName("escaping: markup characters in the words come out as the same words")
  void keepsMarkupCharactersAsWords() {
    ReportDocument document = SampleReports.markupEverywhere();
    String text = readable(document);
    assertThat(text).contains(squeeze(SampleReports.markup()));
    assertComplete(document);
  }

  @Test
  @DisplayName("no value: a key figure without a value is shown reading —, never 0 and never left out")
  void showsAKeyFigureWithoutAValueAsADash() {
    ReportDocument document = SampleReports.keyFiguresWithoutValues();
    String text = readable(document);
    for (Figure figure : document.keyFigures()) {
      String label = squeeze(figure.label());
      int at = text.indexOf(label);
      assertThat(at).as("the rendering shows the key figure %s", figure.label()).isNotNegative();
      if (figure.hasValue()) {
        assertThat(text).as("the rendering shows %s", figure.exact()).contains(squeeze(figure.exact()));
        continue;
      }
      // what follows the label, past separators such as | : or a cell boundary, is the dash
      String after = text.substring(at + label.length()).replaceFirst("^[\\p{P}\\p{S}&&[^" + Figure.NO_VALUE + "]]+", "");
      assertThat(after).as("the key figure %s reads %s, not a number", figure.label(), Figure.NO_VALUE)
          .startsWith(Figure.NO_VALUE);
    }
  }

  @Test
  @DisplayName("edge: a title-only document renders")
  void rendersATitleOnlyDocument() {
    assertThat(readable(SampleReports.titleOnly())).contains("空白报告");
  }

  @Test
  @DisplayName("stream: the renderer leaves the caller's stream open")
  void leavesTheStreamOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (FilterOutputStream out = new FilterOutputStream(bytes) {
      @Override
      public void close() {
        closed[0] = true;
      }
    }) {
      renderer().render(SampleReports.workSummary(), out);
      assertThat(closed[0]).as("closed by the renderer").isFalse();
    }
    assertThat(bytes.size()).isPositive();
  }

  @Test
  @DisplayName("determinism: the same document renders to the same bytes")
  void rendersTheSameBytesEveryTime() {
    assertSameBytes(render(SampleReports.workSummary()), render(SampleReports.workSummary()));
  }

  @Test
  @DisplayName("determinism: several threads sharing the renderer get the same bytes")
  void rendersAlikeFromSeveralThreads() throws Exception {
    byte[] expected = render(SampleReports.workSummary());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> render(SampleReports.workSummary())));
      }
      for (Future<byte[]> result : results) {
        assertSameBytes(result.get(), expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("completeness (property): random documents keep every word and figure")
  void randomDocumentsKeepEveryWordAndFigure() {
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> assertComplete(randomDocument(seed)));
  }

  /** Compares renderings by length and first difference, not by printing both. */
  private static void assertSameBytes(byte[] actual, byte[] expected) {
    int first = java.util.Arrays.mismatch(actual, expected);
    assertThat(first).as("first differing byte of renderings of %d and %d bytes", actual.length, expected.length)
        .isEqualTo(-1);
  }

  private void assertComplete(ReportDocument document) {
    String text = readable(document);
    for (String expected : expectedWords(document)) {
      assertThat(text).as("the rendering shows %s", expected).contains(squeeze(expected));
    }
  }

  private String readable(ReportDocument document) {
    return squeeze(readableText(render(document)));
  }

  /**
   * Lists what a person must be able to read in any rendering of a document.
   *
   * @param document the document
   * @return the words and figures, each as it should read
   */
  public static List<String> expectedWords(ReportDocument document) {
    List<String> words = new ArrayList<>();
    words.add(document.title());
    words.addAll(document.subtitles());
    for (Figure figure : document.keyFigures()) {
      words.add(figure.label());
      words.add(figure.exact());
    }
    addSections(document.sections(), 1, words);
    return words;
  }

  private static void addSections(List<Section> sections, int level, List<String> words) {
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      words.add(OfficialNumbering.label(level, i + 1) + section.heading());
      for (Block block : section.blocks()) {
        addBlock(block, words);
      }
      addSections(section.subsections(), level + 1, words);
    }
  }

  private static void addBlock(Block block, List<String> words) {
    if (block instanceof Paragraph paragraph) {
      words.add(paragraph.display());
    } else if (block instanceof Table table) {
      words.add(table.caption());
      words.addAll(table.columns());
      table.rows().forEach(row -> row.forEach(cell -> words.add(cell.display())));
    } else if (block instanceof Chart chart) {
      words.add(chart.title());
      words.addAll(chart.categories());
      for (Series series : chart.series()) {
        words.add(series.name());
        series.values().forEach(value -> words.add(value.toPlainString()));
      }
    }
  }

  /** Drops whitespace (including the ideographic space and no-break space) for comparisons. */
  static String squeeze(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static final String ALPHABET = "卫生档案高血压糖尿病随访管理率人次户<>&\"'|*_#`\\[]()%;,.-0123456789abcXYZ";

  /**
   * Builds a random but valid document from a seed: key figures (some without a value), up to four
   * heading levels, paragraphs with figures, tables and charts, words drawn from Chinese, digits and
   * markup characters.
   *
   * @param seed the seed
   * @return the document
   */
  public static ReportDocument randomDocument(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Figure> keyFigures = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      keyFigures.add(random.nextInt(4) == 0
          ? Figure.noValue("无" + word(random), random.nextBoolean() ? "人" : "%")
          : figure(random));
    }
    return ReportDocument.of("报" + word(random), random.nextBoolean() ? List.of(word(random)) : List.of(),
        Locale.SIMPLIFIED_CHINESE, keyFigures, sections(random, 1));
  }

  private static List<Section> sections(SplittableRandom random, int level) {
    List<Section> sections = new ArrayList<>();
    int count = level == 1 ? 1 + random.nextInt(3) : random.nextInt(3);
    for (int i = 0; i < count; i++) {
      List<Block> blocks = new ArrayList<>();
      for (int b = random.nextInt(3); b > 0; b--) {
        blocks.add(block(random));
      }
      List<Section> children = level < OfficialNumbering.LEVELS ? sections(random, level + 1) : List.of();
      sections.add(new Section("节" + word(random), blocks, children));
    }
    return sections;
  }

  private static Block block(SplittableRandom random) {
    switch (random.nextInt(3)) {
      case 0:
        return Paragraph.of(Text.of(word(random)), figure(random), Text.of(word(random)));
      case 1:
        int columns = 1 + random.nextInt(3);
        List<String> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
          header.add("列" + word(random));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = random.nextInt(4); r > 0; r--) {
          List<Cell> row = new ArrayList<>();
          for (int c = 0; c < columns; c++) {
            row.add(random.nextBoolean() ? Cell.text(word(random)) : Cell.number(decimal(random)));
          }
          rows.add(row);
        }
        return Table.of(random.nextBoolean() ? word(random) : "", header, rows);
      default:
        int categories = 1 + random.nextInt(5);
        List<String> names = new ArrayList<>();
        for (int c = 0; c < categories; c++) {
          names.add("类" + word(random));
        }
        List<Series> series = new ArrayList<>();
        for (int s = 1 + random.nextInt(2); s > 0; s--) {
          List<BigDecimal> values = new ArrayList<>();
          for (int c = 0; c < categories; c++) {
            values.add(decimal(random));
          }
          series.add(s == 2 ? Series.target("目标" + word(random), values) : Series.measured("系" + word(random), values));
        }
        return Chart.of(random.nextBoolean() ? ChartKind.BAR : ChartKind.LINE, "图" + word(random),
            random.nextBoolean() ? "%" : "人次", names, series);
    }
  }

  private static Figure figure(SplittableRandom random) {
    Figure figure = Figure.of("数" + word(random), decimal(random), random.nextBoolean() ? "人" : "%");
    return random.nextInt(4) == 0 ? figure.withProse("近" + random.nextInt(100)) : figure;
  }

  private static BigDecimal decimal(SplittableRandom random) {
    return BigDecimal.valueOf(random.nextLong(0, 2_000_000), random.nextInt(3));
  }

  private static String word(SplittableRandom random) {
    StringBuilder word = new StringBuilder();
    for (int i = 1 + random.nextInt(8); i > 0; i--) {
      word.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return word.toString();
  }
}
