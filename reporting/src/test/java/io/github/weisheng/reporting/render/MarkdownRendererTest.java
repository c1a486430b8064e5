package io.github.weisheng.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.weisheng.spi.report.ReportRenderer;
import io.github.weisheng.spi.tck.ReportRendererContract;
import io.github.weisheng.spi.tck.SampleReports;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;

/** The Markdown renderer passes the renderer TCK, read back by a CommonMark parser. */
class MarkdownRendererTest extends ReportRendererContract {
  private static final List<Extension> TABLES = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(TABLES).build();
  private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(TABLES).build();

  @Override
  protected ReportRenderer renderer() {
    return new MarkdownRenderer();
  }

  @Override
  protected String readableText(byte[] rendered) {
    return TEXT.render(PARSER.parse(new String(rendered, StandardCharsets.UTF_8)));
  }

  @Test
  void theSummaryParsesIntoHeadingsAndTables() {
    Node root = PARSER.parse(new String(render(SampleReports.workSummary()), StandardCharsets.UTF_8));
    int[] headings = new int[6];
    int tables = 0;
    for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading) {
        headings[heading.getLevel() - 1]++;
      } else if (node instanceof TableBlock) {
        tables++;
      }
    }
    // title; three level-one sections; one each of levels two to four
    assertThat(headings).containsExactly(1, 3, 1, 1, 1, 0);
    // key figures, the chronic table, three charts as tables
    assertThat(tables).isEqualTo(5);
  }

  @Test
  void escapedWordsReadBackAsWritten() {
    String alphabet = "ab高\\`*_{}[]()<>#+-.!|&~\"'=:;1.)";
    qt().forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(1, 12))
        .checkAssert(indices -> {
          StringBuilder word = new StringBuilder("字");
          indices.forEach(i -> word.append(alphabet.charAt(i)));
          String written = word.toString();
          String read = TEXT.render(PARSER.parse(MarkdownRenderer.escape(written))).strip();
          assertThat(read).isEqualTo(written);
          String leading = written.substring(1);
          assertThat(TEXT.render(PARSER.parse(MarkdownRenderer.escape(leading))).strip())
              .isEqualTo(leading.strip());
        });
  }
}
