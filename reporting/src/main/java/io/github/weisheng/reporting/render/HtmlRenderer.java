package io.github.weisheng.reporting.render;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.github.weisheng.spi.report.Block;
import io.github.weisheng.spi.report.Cell;
import io.github.weisheng.spi.report.Chart;
import io.github.weisheng.spi.report.Figure;
import io.github.weisheng.spi.report.Inline;
import io.github.weisheng.spi.report.NumberCell;
import io.github.weisheng.spi.report.Paragraph;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.Section;
import io.github.weisheng.spi.report.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a report as one self-contained HTML page (no scripts, no fetched fonts or images): charts as
 * inline SVG with every value labelled and their numbers also in a collapsible table, figures marked
 * with their label and exact value ({@code data-label}, {@code data-value}, {@code data-unit}; a key
 * figure without a value has the class {@code no-value}, no {@code data-value} and reads —（无数据）), and a
 * print style in the layout of Chinese official documents (GB/T 9704-2012: A4, title in 小标宋 二号,
 * level-one headings in 黑体, level-two in 楷体, body in 仿宋 三号, paragraphs indented two characters),
 * falling back to the fonts the reader has.
 *
 * @since 0.1.0
 */
public final class HtmlRenderer extends FormatRenderer {

  /** The format id. */
  public static final String FORMAT = "html";

  private static final Escaper ESCAPE = HtmlEscapers.htmlEscaper();

  private static final String STYLE = """
      @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
      body { margin: 0; background: #eeeeea; color: #1d1d1d;
        font-family: "FangSong", "仿宋", "FangSong_GB2312", "STFangsong", "Noto Serif CJK SC", serif;
        font-size: 16pt; line-height: 1.75; }
      article { max-width: 170mm; margin: 24px auto; padding: 22mm 24mm; background: #fff;
        box-shadow: 0 1px 6px rgba(0, 0, 0, .15); }
      h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimSun", "宋体", "Noto Serif CJK SC", serif;
        font-size: 22pt; font-weight: normal; text-align: center; line-height: 1.4; margin: 0 0 .4em; }
      .subtitle { text-align: center; margin: 0; font-family: "KaiTi", "楷体", "STKaiti", "Noto Serif CJK SC", serif; }
      h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 16pt; font-weight: normal;
        margin: 1.2em 0 .3em; }
      h3 { font-family: "KaiTi", "楷体", "STKaiti", "Noto Serif CJK SC", serif; font-size: 16pt; font-weight: normal;
        margin: 1em 0 .2em; }
      h4, h5 { font-size: 16pt; font-weight: bold; margin: .8em 0 .2em; }
      p { text-indent: 2em; margin: 0; text-align: justify; }
      .figure { font-variant-numeric: tabular-nums; }
      .key-figures { display: flex; flex-wrap: wrap; gap: 10px; margin: 1.2em 0; padding: 0; }
      .key-figures div { flex: 1 1 140px; border: 1px solid #c9c9c2; border-radius: 4px; padding: 6px 10px; }
      .key-figures dt { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 11pt; color: #555; }
      .key-figures dd { margin: 0; font-size: 20pt; font-variant-numeric: tabular-nums; }
      .key-figures .no-value { font-size: 14pt; color: #777; }
      table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; font-size: 12pt; line-height: 1.5; }
      caption { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; padding-bottom: 4px; }
      th, td { border: 1px solid #555; padding: 3px 8px; }
      th { background: #f2f2ee; font-weight: normal; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; }
      td.number { text-align: right; font-variant-numeric: tabular-nums; }
      figure { margin: .8em 0 1.2em; }
      figcaption { text-align: center; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 12pt; }
      svg.chart { width: 100%; height: auto; font-family: "Noto Sans CJK SC", "SimHei", sans-serif; }
      svg.chart text { font-size: 12px; fill: #333; }
      svg.chart text.value { font-size: 11px; }
      svg.chart text.inside { fill: #fff; }
      svg.chart text.target { font-size: 11px; fill: #c0392b; }
      svg.chart text.tick, svg.chart text.unit { font-size: 11px; fill: #666; }
      details { font-size: 11pt; color: #444; }
      @media print {
        body { background: none; }
        article { box-shadow: none; margin: 0; padding: 0; max-width: none; }
        details { display: none; }
        figure, table, .key-figures { break-inside: avoid; }
        h2, h3, h4, h5 { break-after: avoid; }
      }
      """;

  /** Creates the renderer. */
  public HtmlRenderer() {
    super(FORMAT, "text/html; charset=UTF-8", "html");
  }

  @Override
  public void render(ReportDocument document, OutputStream out) throws IOException {
    RenderWords words = RenderWords.of(document.locale());
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html>\n<html lang=\"").append(esc(document.locale().toLanguageTag())).append("\">\n")
        .append("<head>\n<meta charset=\"UTF-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(esc(document.title())).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<article>\n");
    html.append("<h1>").append(esc(document.title())).append("</h1>\n");
    for (String line : document.subtitles()) {
      html.append("<p class=\"subtitle\">").append(esc(line)).append("</p>\n");
    }
    if (!document.keyFigures().isEmpty()) {
      html.append("<dl class=\"key-figures\" aria-label=\"").append(esc(words.keyFigures())).append("\">\n");
      for (Figure figure : document.keyFigures()) {
        html.append("<div><dt>").append(esc(figure.label())).append("</dt><dd>")
            .append(figureSpan(figure, words.keyFigureValue(figure))).append("</dd></div>\n");
      }
      html.append("</dl>\n");
    }
    int[] charts = {0};
    Outline.walk(document.sections(), new Outline.Visitor() {
      @Override
      public void enter(int level, String number, Section section) {
        html.append("<section class=\"level-").append(level).append("\">\n<h").append(level + 1).append('>')
            .append("<span class=\"number\">").append(esc(number)).append("</span>")
            .append(esc(section.heading())).append("</h").append(level + 1).append(">\n");
        for (Block block : section.blocks()) {
          if (block instanceof Paragraph paragraph) {
            paragraph(paragraph, html);
          } else if (block instanceof Table table) {
            table(table, html);
          } else if (block instanceof Chart chart) {
            String id = "chart-" + ++charts[0];
            html.append("<figure>\n").append(SvgCharts.svg(chart, id)).append('\n')
                .append("<figcaption>").append(esc(chart.title())).append("</figcaption>\n")
                .append("<details><summary>").append(esc(words.chartData())).append("</summary>\n");
            table(ChartTables.of(chart, words), html);
            html.append("</details>\n</figure>\n");
          }
        }
      }

      @Override
      public void leave(int level, Section section) {
        html.append("</section>\n");
      }
    });
    html.append("</article>\n</body>\n</html>\n");
    out.write(html.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void paragraph(Paragraph paragraph, StringBuilder html) {
    html.append("<p>");
    for (Inline run : paragraph.content()) {
      if (run instanceof Figure figure) {
        html.append(figureSpan(figure, figure.display()));
      } else {
        html.append(esc(run.display()));
      }
    }
    html.append("</p>\n");
  }

  /**
   * A figure as a span carrying its label, exact value and unit; a key figure without a value has
   * the class {@code no-value} and no {@code data-value} attribute (never {@code 0}).
   */
  private static String figureSpan(Figure figure, String shown) {
    BigDecimal value = figure.value();
    return "<span class=\"figure" + (value == null ? " no-value" : "") + "\" data-label=\"" + esc(figure.label())
        + (value == null ? "" : "\" data-value=\"" + value.toPlainString())
        + "\" data-unit=\"" + esc(figure.unit()) + "\">" + esc(shown) + "</span>";
  }

  private static void table(Table table, StringBuilder html) {
    html.append("<table>\n");
    if (!table.caption().isEmpty()) {
      html.append("<caption>").append(esc(table.caption())).append("</caption>\n");
    }
    html.append("<thead><tr>");
    table.columns().forEach(column -> html.append("<th scope=\"col\">").append(esc(column)).append("</th>"));
    html.append("</tr></thead>\n<tbody>\n");
    for (List<Cell> row : table.rows()) {
      html.append("<tr>");
      for (Cell cell : row) {
        html.append(cell instanceof NumberCell ? "<td class=\"number\">" : "<td>")
            .append(esc(cell.display())).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static String esc(String text) {
    return ESCAPE.escape(text);
  }
}
