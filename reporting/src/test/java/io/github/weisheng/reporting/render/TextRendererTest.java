package io.github.weisheng.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.spi.report.ReportRenderer;
import io.github.weisheng.spi.tck.ReportRendererContract;
import io.github.weisheng.spi.tck.SampleReports;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-text renderer passes the renderer TCK as written (it escapes nothing). */
class TextRendererTest extends ReportRendererContract {

  @Override
  protected ReportRenderer renderer() {
    return new TextRenderer();
  }

  @Test
  void tablesLineUpByDisplayWidthWithNumbersOnTheRight() {
    List<String> lines = new String(render(SampleReports.workSummary()), StandardCharsets.UTF_8).lines().toList();
    int header = lines.indexOf("病种    人数（人）  随访（人次）");
    assertThat(header).isPositive();
    assertThat(lines.subList(header + 1, header + 5)).containsExactly(
        "------  ----------  ------------",
        "高血压         709          7644",
        "糖尿病         247          2646",
        "冠心病         130");
  }

  @Test
  void paragraphsAreIndentedTwoFullWidthSpaces() {
    String text = new String(render(SampleReports.workSummary()), StandardCharsets.UTF_8);
    assertThat(text).contains("\n\u3000\u3000截至年底，辖区共管理3354户");
  }

  @Test
  void chineseCharactersCountTwoColumns() {
    assertThat(TextRenderer.width("高血压")).isEqualTo(6);
    assertThat(TextRenderer.width("（人）")).isEqualTo(6);
    assertThat(TextRenderer.width("709")).isEqualTo(3);
  }
}
