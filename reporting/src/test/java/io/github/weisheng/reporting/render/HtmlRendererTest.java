package io.github.weisheng.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.spi.report.ReportRenderer;
import io.github.weisheng.spi.tck.ReportRendererContract;
import io.github.weisheng.spi.tck.SampleReports;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML renderer passes the renderer TCK, read back by an HTML5 parser. */
class HtmlRendererTest extends ReportRendererContract {

  @Override
  protected ReportRenderer renderer() {
    return new HtmlRenderer();
  }

  @Override
  protected String readableText(byte[] rendered) {
    return Jsoup.parse(new String(rendered, StandardCharsets.UTF_8)).body().text();
  }

  private Document summary() {
    return Jsoup.parse(new String(render(SampleReports.workSummary()), StandardCharsets.UTF_8));
  }

  @Test
  void isOneSelfContainedPage() {
    Document page = summary();
    assertThat(page.select("script, link, img, iframe, object")).isEmpty();
    assertThat(page.select("[src], [href]")).isEmpty();
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(page.title()).isEqualTo("南大街社区卫生服务站2026年工作总结");
    assertThat(page.select("style").html()).contains("@page").contains("@media print");
  }

  @Test
  void headingLevelsFollowTheSectionLevels() {
    Document page = summary();
    assertThat(page.select("h1").eachText()).containsExactly("南大街社区卫生服务站2026年工作总结");
    assertThat(page.select("h2").eachText()).containsExactly("一、健康档案管理", "二、重点人群管理", "三、主要指标");
    assertThat(page.select("h3").eachText()).containsExactly("（一）慢性病管理");
    assertThat(page.select("h4").eachText()).containsExactly("1.分级管理");
    assertThat(page.select("h5").eachText()).containsExactly("（1）三级管理患者");
  }

  @Test
  void figuresCarryTheirLabelAndExactValue() {
    Element cleanUps = summary().selectFirst("span.figure[data-label=大扫除]");
    assertThat(cleanUps.text()).isEqualTo("10余次");
    assertThat(cleanUps.attr("data-value")).isEqualTo("12");
    assertThat(cleanUps.attr("data-unit")).isEqualTo("次");
  }

  @Test
  void chartsAreInlineSvgWithEveryValueAndTargetLabelled() {
    List<Element> charts = summary().select("figure svg.chart");
    assertThat(charts).hasSize(3);
    Element indicators = charts.get(1);
    assertThat(indicators.select("title").text()).isEqualTo("指标完成情况");
    assertThat(indicators.select("rect")).hasSize(2 + 1); // two bars and the legend swatch
    assertThat(indicators.select("text.value").eachText()).containsExactly("66.7", "58.3");
    assertThat(indicators.select("text.inside")).hasSize(2);
    assertThat(indicators.select("text.target").eachText()).containsExactly("65", "60");
    assertThat(indicators.select("text.category").eachText()).containsExactly("规范管理率", "血压控制率");
    Element monthly = charts.get(2);
    assertThat(monthly.select("polyline")).hasSize(1);
    assertThat(monthly.select("circle")).hasSize(4);
  }

  @Test
  void aKeyFigureWithoutAValueReadsNoDataAndHasNoDataValue() {
    Document page = Jsoup.parse(new String(render(SampleReports.keyFiguresWithoutValues()), StandardCharsets.UTF_8));
    Element missing = page.selectFirst("dl.key-figures span.figure[data-label=糖尿病患者规范管理率]");
    assertThat(missing.text()).isEqualTo("—（无数据）");
    assertThat(missing.hasClass("no-value")).isTrue();
    assertThat(missing.hasAttr("data-value")).isFalse();
    assertThat(missing.attr("data-unit")).isEqualTo("%");
    Element zero = page.selectFirst("dl.key-figures span.figure[data-label=糖尿病患者]");
    assertThat(zero.text()).isEqualTo("0人");
    assertThat(zero.attr("data-value")).isEqualTo("0");
    assertThat(zero.hasClass("no-value")).isFalse();
  }

  @Test
  void numberCellsAreMarkedForRightAlignment() {
    Element table = summary().selectFirst("table:has(caption:contains(慢性病患者))");
    assertThat(table.select("td.number").eachText()).containsExactly("709", "7644", "247", "2646", "130");
  }
}
