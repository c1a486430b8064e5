package io.github.weisheng.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.spi.report.Block;
import io.github.weisheng.spi.report.Cell;
import io.github.weisheng.spi.report.Chart;
import io.github.weisheng.spi.report.Figure;
import io.github.weisheng.spi.report.OfficialNumbering;
import io.github.weisheng.spi.report.Paragraph;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.ReportRenderer;
import io.github.weisheng.spi.report.Section;
import io.github.weisheng.spi.report.Series;
import io.github.weisheng.spi.report.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests the renderer TCK itself: a sound plain-text renderer passes every check, and each broken
 * renderer fails the checks its flaw touches.
 */
class ReportRendererContractTest {
  private static final Set<String> ALL_CHECKS = Set.of(
      "identifiesItsFormat",
      "rendersEveryWordAndFigure",
      "numbersHeadingsOfficially",
      "keepsMarkupCharactersAsWords",
      "showsAKeyFigureWithoutAValueAsADash",
      "rendersATitleOnlyDocument",
      "leavesTheStreamOpen",
      "rendersTheSameBytesEveryTime",
      "rendersAlikeFromSeveralThreads",
      "randomDocumentsKeepEveryWordAndFigure");

  @Test
  @DisplayName("a sound plain-text renderer passes every check")
  void soundRendererPasses() {
    assertThat(KitRunner.failures(SoundCase.class, ALL_CHECKS)).isEmpty();
  }

  @Test
  @DisplayName("a renderer that draws charts without their numbers fails completeness")
  void chartWithoutNumbersFails() {
    assertThat(KitRunner.failures(NoChartValuesCase.class, ALL_CHECKS)).containsExactlyInAnyOrder(
        "rendersEveryWordAndFigure", "keepsMarkupCharactersAsWords", "randomDocumentsKeepEveryWordAndFigure");
  }

  @Test
  @DisplayName("a renderer that leaves out the heading numbers fails the numbering and completeness")
  void unnumberedHeadingsFail() {
    assertThat(KitRunner.failures(UnnumberedCase.class, ALL_CHECKS)).containsExactlyInAnyOrder(
        "rendersEveryWordAndFigure", "numbersHeadingsOfficially", "keepsMarkupCharactersAsWords",
        "randomDocumentsKeepEveryWordAndFigure");
  }

  @Test
  @DisplayName("a renderer that writes 0 for a key figure without a value fails the no-value clause")
  void zeroForNoValueFails() {
    assertThat(KitRunner.failures(ZeroForNoValueCase.class, ALL_CHECKS)).containsExactlyInAnyOrder(
        "showsAKeyFigureWithoutAValueAsADash", "randomDocumentsKeepEveryWordAndFigure");
  }

  @Test
  @DisplayName("a renderer that leaves out key figures without a value fails the no-value clause")
  void leavingOutNoValueFails() {
    assertThat(KitRunner.failures(LeavesOutNoValueCase.class, ALL_CHECKS)).containsExactlyInAnyOrder(
        "showsAKeyFigureWithoutAValueAsADash", "randomDocumentsKeepEveryWordAndFigure");
  }

  @Test
  @DisplayName("the kit's no-value document has rates without a value beside a true count of 0")
  void theNoValueDocumentMixesMissingRatesAndARealZero() {
    List<Figure> figures = SampleReports.keyFiguresWithoutValues().keyFigures();
    assertThat(figures).filteredOn(f -> !f.hasValue()).extracting(Figure::exact).containsOnly("—").hasSize(2);
    assertThat(figures).extracting(Figure::exact).contains("0人", "33.3%");
    assertThat(ReportRendererContract.expectedWords(SampleReports.keyFiguresWithoutValues()))
        .contains("糖尿病患者规范管理率", "—");
  }

  @Test
  @DisplayName("a renderer that closes the caller's stream fails the stream clause")
  void closingRendererFails() {
    assertThat(KitRunner.failures(ClosingCase.class, ALL_CHECKS)).containsExactly("leavesTheStreamOpen");
  }

  @Test
  @DisplayName("a renderer that stamps each output with a serial fails determinism")
  void stampingRendererFails() {
    assertThat(KitRunner.failures(StampingCase.class, ALL_CHECKS))
        .containsExactlyInAnyOrder("rendersTheSameBytesEveryTime", "rendersAlikeFromSeveralThreads");
  }

  @Test
  @DisplayName("a renderer with an upper-case format id and a dotted extension fails identity")
  void badIdentityFails() {
    assertThat(KitRunner.failures(BadIdentityCase.class, ALL_CHECKS)).containsExactly("identifiesItsFormat");
  }

  @Test
  @DisplayName("the kit's list of expected words covers a document's every part")
  void expectedWordsCoverEveryPart() {
    List<String> words = ReportRendererContract.expectedWords(SampleReports.workSummary());
    assertThat(words).contains("南大街社区卫生服务站2026年工作总结", "高血压患者", "709人", "一、健康档案管理",
        "（1）三级管理患者", "全年开展大扫除10余次，健康讲座听众近万人次。", "7644", "规范管理率", "66.7", "目标");
  }

  /** Writes every word on its own line, numbers headings, and can be broken in one way at a time. */
  static class PlainRenderer implements ReportRenderer {
    boolean chartValues = true;
    boolean numbers = true;
    /** How a key figure without a value is written; null leaves it out. */
    String noValue = Figure.NO_VALUE;

    @Override
    public String formatId() {
      return "plain";
    }

    @Override
    public String mediaType() {
      return "text/plain; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
      return "txt";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
      StringBuilder text = new StringBuilder(document.title()).append('\n');
      document.subtitles().forEach(line -> text.append(line).append('\n'));
      for (Figure figure : document.keyFigures()) {
        if (figure.hasValue()) {
          text.append(figure.label()).append(' ').append(figure.exact()).append('\n');
        } else if (noValue != null) {
          text.append(figure.label()).append(' ').append(noValue).append('\n');
        }
      }
      sections(document.sections(), 1, text);
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void sections(List<Section> sections, int level, StringBuilder text) {
      for (int i = 0; i < sections.size(); i++) {
        Section section = sections.get(i);
        text.append(numbers ? OfficialNumbering.label(level, i + 1) : "").append(section.heading()).append('\n');
        for (Block block : section.blocks()) {
          if (block instanceof Paragraph p) {
            text.append(p.display()).append('\n');
          } else if (block instanceof Table t) {
            text.append(t.caption()).append('\n').append(String.join("\t", t.columns())).append('\n');
            t.rows().forEach(row ->
                text.append(row.stream().map(Cell::display).collect(Collectors.joining("\t"))).append('\n'));
          } else if (block instanceof Chart c) {
            text.append(c.title()).append('\n').append(String.join("\t", c.categories())).append('\n');
            for (Series s : c.series()) {
              text.append(s.name());
              if (chartValues) {
                s.values().forEach(v -> text.append('\t').append(v.toPlainString()));
              }
              text.append('\n');
            }
          }
        }
        sections(section.subsections(), level + 1, text);
      }
    }
  }

  @ExtendWith(KitRunner.FixtureOnly.class)
  public static class SoundCase extends ReportRendererContract {
    @Override
    protected ReportRenderer renderer() {
      return new PlainRenderer();
    }
  }

  @ExtendWith(KitRunner.FixtureOnly.class)
  public static class NoChartValuesCase extends ReportRendererContract {
    @Override
    protected ReportRenderer renderer() {
      PlainRenderer renderer = new PlainRenderer();
      renderer.chartValues = false;
      return renderer;
    }
  }

  @ExtendWith(KitRunner.FixtureOnly.class)
  public static class UnnumberedCase extends ReportRendererContract {
    @Override
    protected ReportRenderer renderer() {
      PlainRenderer renderer = new PlainRenderer();
      renderer.numbers = false;
      return renderer;
    }
  }

  @ExtendWith(KitRunner.FixtureOnly.class)
  public static class ZeroForNoValueCase extends ReportRendererContract {
    @Override
    protected ReportRenderer renderer() {
      PlainRenderer renderer = new PlainRenderer();
      renderer.noValue = "0%";
      return renderer;
    }
  }

  @ExtendWith(KitRunner.FixtureOnly.class)
  public static class LeavesOutNoValueCase extends ReportRendererContract {
    @Override
    protected ReportRenderer renderer() {
      PlainRenderer renderer = new PlainRenderer();
      renderer.noValue = null;
      return renderer;
    }
  }

  @ExtendWith(KitRunner.FixtureOnly.class)
  public static class ClosingCase extends ReportRendererContract {
    @Override
    protected ReportRenderer renderer() {
      return new PlainRenderer() {
        @Override
        public void render(ReportDocument document, OutputStream out) throws IOException {
          super.render(document, out);
          out.close();
        }
      };
    }
  }

  @ExtendWith(KitRunner.FixtureOnly.class)
  public static class StampingCase extends ReportRendererContract {
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Override
    protected ReportRenderer renderer() {
      return new PlainRenderer() {
        @Override
        public void render(ReportDocument document, OutputStream out) throws IOException {
          super.render(document, out);
          out.write(BigDecimal.valueOf(SERIAL.incrementAndGet()).toPlainString().getBytes(StandardCharsets.UTF_8));
        }
      };
    }
  }

  @ExtendWith(KitRunner.FixtureOnly.class)
  public static class BadIdentityCase extends ReportRendererContract {
    @Override
    protected ReportRenderer renderer() {
      return new PlainRenderer() {
        @Override
        public String formatId() {
          return "Plain";
        }

        @Override
        public String fileExtension() {
          return ".txt";
        }
      };
    }
  }
}
