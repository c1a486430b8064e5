package io.github.weisheng.spi.tck;

import io.github.weisheng.spi.report.Cell;
import io.github.weisheng.spi.report.Chart;
import io.github.weisheng.spi.report.ChartKind;
import io.github.weisheng.spi.report.Figure;
import io.github.weisheng.spi.report.Paragraph;
import io.github.weisheng.spi.report.ReportDocument;
import io.github.weisheng.spi.report.Section;
import io.github.weisheng.spi.report.Series;
import io.github.weisheng.spi.report.Table;
import io.github.weisheng.spi.report.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Report documents the renderer kit renders: a work summary shaped like the seed's (all four heading
 * levels, inline figures with prose wording, a table, a bar chart against targets and a monthly line),
 * a title-only document, and one whose words are full of markup characters.
 *
 * @since 0.1.0
 */
public final class SampleReports {
  private SampleReports() {}

  /**
   * Returns a work summary of a community health service station, with every kind of block.
   *
   * @return the document
   */
  public static ReportDocument workSummary() {
    Section archives = Section.of("健康档案管理",
        Paragraph.of(Text.of("截至年底，辖区共管理"), Figure.of("管理户数", 3354, "户"), Text.of("、"),
            Figure.of("管理人数", 8136, "人"), Text.of("，其中电子档案"), Figure.of("电子档案人数", 7938, "人"),
            Text.of("，建档率"), Figure.of("建档率", new BigDecimal("97.6"), "%"), Text.of("。")));
    Section chronic = new Section("重点人群管理",
        List.of(Paragraph.of(Text.of("全年开展大扫除"), Figure.of("大扫除", 12, "次").withProse("10余"),
            Text.of("，健康讲座听众"), Figure.of("听众", 9800, "人次").withProse("近万"), Text.of("。"))),
        List.of(
            new Section("慢性病管理",
                List.of(Table.of("慢性病患者（2026年）", List.of("病种", "人数（人）", "随访（人次）"), List.of(
                    List.of(Cell.text("高血压"), Cell.number(709), Cell.number(7644)),
                    List.of(Cell.text("糖尿病"), Cell.number(247), Cell.number(2646)),
                    List.of(Cell.text("冠心病"), Cell.number(130), Cell.text(""))))),
                List.of(new Section("分级管理",
                    List.of(Chart.of(ChartKind.BAR, "管理分级", "人", List.of("一级", "二级", "三级"),
                        List.of(Series.measured("患者数", List.of(bd("412"), bd("221"), bd("76")))))),
                    List.of(Section.of("三级管理患者", Paragraph.text("三级患者每月随访一次。"))))))));
    Section indicators = Section.of("主要指标",
        Chart.of(ChartKind.BAR, "指标完成情况", "%", List.of("规范管理率", "血压控制率"),
            List.of(Series.measured("实际", List.of(bd("66.7"), bd("58.3"))),
                Series.target("目标", List.of(bd("65"), bd("60"))))),
        Chart.of(ChartKind.LINE, "每月随访人次", "人次", List.of("1月", "2月", "3月", "4月"),
            List.of(Series.measured("高血压", List.of(bd("601"), bd("588"), bd("655"), bd("640"))))));
    return ReportDocument.of("南大街社区卫生服务站2026年工作总结",
        List.of("南大街社区卫生服务站", "2026年1月1日至2026年12月31日"), Locale.SIMPLIFIED_CHINESE,
        List.of(Figure.of("高血压患者", 709, "人"), Figure.of("糖尿病患者", 247, "人")),
        List.of(archives, chronic, indicators));
  }

  /**
   * Returns a work summary's front page whose key figures include rates without a value (an area
   * with hypertension patients but no diabetic: the diabetes rates have a zero denominator) beside a
   * rate and a count that have one, among them a true count of 0.
   *
   * @return the document
   */
  public static ReportDocument keyFiguresWithoutValues() {
    return ReportDocument.of("东街社区卫生服务站2026年工作总结", List.of("东街社区卫生服务站"), Locale.SIMPLIFIED_CHINESE,
        List.of(Figure.noValue("糖尿病患者规范管理率", "%"), Figure.of("高血压患者规范管理率", new BigDecimal("33.3"), "%"),
            Figure.noValue("糖尿病患者血糖控制率", "%"), Figure.of("高血压患者", 3, "人"), Figure.of("糖尿病患者", 0, "人")),
        List.of());
  }

  /**
   * Returns a document with a title and nothing else.
   *
   * @return the document
   */
  public static ReportDocument titleOnly() {
    return ReportDocument.of("空白报告", List.of(), Locale.SIMPLIFIED_CHINESE, List.of(), List.of());
  }

  /**
   * Returns the words that markup formats must escape (HTML, XML, Markdown, JSON, CSV), used as
   * title, heading, paragraph, cell, category and series name.
   *
   * @return the words
   */
  public static String markup() {
    return "<b>&amp;\"'|*_#`\\[x](y)&lt;,;";
  }

  /**
   * Returns a document whose every text is {@link #markup()}.
   *
   * @return the document
   */
  public static ReportDocument markupEverywhere() {
    String m = markup();
    return ReportDocument.of(m, List.of(m), Locale.SIMPLIFIED_CHINESE, List.of(Figure.of(m, 1, m)),
        List.of(Section.of(m, Paragraph.of(Text.of(m), Figure.of(m, 2, m)),
            Table.of(m, List.of(m), List.of(List.of(Cell.text(m)))),
            Chart.of(ChartKind.BAR, m, m, List.of(m), List.of(Series.measured(m, List.of(bd("3"))))))));
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
