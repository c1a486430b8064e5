package io.github.weisheng.spi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The report value types: checks at construction, display text, equality. */
class ReportModelTest {

  @Test
  void aFigureShowsItsExactValueOrItsProseWording() {
    Figure households = Figure.of("管理户数", 3354, "户");
    assertThat(households.exact()).isEqualTo("3354户");
    assertThat(households.display()).isEqualTo("3354户");
    Figure cleanUps = Figure.of("大扫除", 12, "次").withProse("10余");
    assertThat(cleanUps.display()).isEqualTo("10余次");
    assertThat(cleanUps.exact()).isEqualTo("12次");
    assertThat(Figure.of("建档率", new BigDecimal("88.20"), "%").exact()).isEqualTo("88.20%");
    assertThat(Figure.of("大数", new BigDecimal("1E+4"), "人").exact()).isEqualTo("10000人");
  }

  @Test
  void aKeyFigureWithoutAValueReadsADashWithoutUnit() {
    Figure rate = Figure.noValue("2型糖尿病患者规范管理率", "%");
    assertThat(rate.hasValue()).isFalse();
    assertThat(rate.value()).isNull();
    assertThat(rate.exact()).isEqualTo("—");
    assertThat(rate.display()).isEqualTo("—");
    assertThat(rate.unit()).isEqualTo("%");
    assertThat(Figure.of("高血压患者规范管理率", new BigDecimal("33.3"), "%").hasValue()).isTrue();
    assertThat(ReportDocument.of("t", List.of(), Locale.CHINA, List.of(rate), List.of()).keyFigures())
        .containsExactly(rate);
  }

  @Test
  void aFigureWithoutAValueHasNoProseAndStaysOutOfParagraphs() {
    Figure rate = Figure.noValue("规则服药率", "%");
    assertThatThrownBy(() -> rate.withProse("近1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("figure.prose");
    assertThatThrownBy(() -> Paragraph.of(Text.of("规则服药率"), rate)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("paragraph.content");
    assertThatThrownBy(() -> Figure.noValue(" ", "%")).hasMessageContaining("figure.label");
  }

  @Test
  void aParagraphJoinsItsRuns() {
    Paragraph p = Paragraph.of(Text.of("管理高血压患者"), Figure.of("高血压患者", 709, "人"), Text.of("。"));
    assertThat(p.display()).isEqualTo("管理高血压患者709人。");
  }

  @Test
  void aTableRowMustHaveOneCellPerColumn() {
    assertThatThrownBy(() -> Table.of("", List.of("类别", "人数（人）"), List.of(List.of(Cell.text("高血压")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("table.rows");
    assertThatThrownBy(() -> Table.of("", List.of(), List.of()))
        .hasMessageContaining("table.columns");
    Table ok = Table.of("慢病", List.of("类别", "人数（人）"), List.of(List.of(Cell.text("高血压"), Cell.number(709))));
    assertThat(ok.rows().get(0).get(1).display()).isEqualTo("709");
  }

  @Test
  void aChartSeriesMustHaveOneValuePerCategory() {
    assertThatThrownBy(() -> Chart.of(ChartKind.BAR, "t", "%", List.of("a", "b"),
            List.of(Series.measured("m", List.of(BigDecimal.ONE)))))
        .hasMessageContaining("chart.series");
    assertThatThrownBy(() -> Chart.of(ChartKind.BAR, "t", "%", List.of(), List.of()))
        .hasMessageContaining("chart.categories");
  }

  @Test
  void sectionsNestAtMostFourLevels() {
    Section four = Section.of("a").withSubsections(
        Section.of("b").withSubsections(Section.of("c").withSubsections(Section.of("d"))));
    assertThat(four.depth()).isEqualTo(4);
    assertThat(ReportDocument.of("t", List.of(), Locale.CHINA, List.of(), List.of(four)).sections()).hasSize(1);
    Section five = Section.of("z").withSubsections(four);
    assertThatThrownBy(() -> ReportDocument.of("t", List.of(), Locale.CHINA, List.of(), List.of(five)))
        .hasMessageContaining("report.sections");
  }

  @Test
  void blankTitlesAndHeadingsAreRefused() {
    assertThatThrownBy(() -> Section.of(" ")).hasMessageContaining("section.heading");
    assertThatThrownBy(() -> ReportDocument.of("", List.of(), Locale.CHINA, List.of(), List.of()))
        .hasMessageContaining("report.title");
    assertThatThrownBy(() -> Figure.of("", 1, "人")).hasMessageContaining("figure.label");
  }

  @Test
  void valuesAreEqualByContent() {
    new EqualsTester()
        .addEqualityGroup(Figure.of("a", 1, "人"), Figure.of("a", 1, "人"))
        .addEqualityGroup(Figure.of("a", 1, "人").withProse("近1"))
        .addEqualityGroup(Figure.noValue("a", "人"), Figure.noValue("a", "人"))
        .addEqualityGroup(Figure.noValue("a", "%"))
        .addEqualityGroup(Section.of("x", Paragraph.text("p")), Section.of("x", Paragraph.text("p")))
        .addEqualityGroup(Cell.number(3), new NumberCell(BigDecimal.valueOf(3)))
        .addEqualityGroup(Cell.text("3"))
        .testEquals();
  }

  @Test
  void nullsAreRefusedByName() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Locale.class, Locale.CHINA)
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(String.class, "x");
    tester.testAllPublicStaticMethods(Figure.class);
    tester.testAllPublicStaticMethods(Section.class);
    tester.testAllPublicStaticMethods(ReportDocument.class);
    tester.testAllPublicStaticMethods(Chart.class);
    tester.testAllPublicStaticMethods(Table.class);
    tester.testAllPublicStaticMethods(Series.class);
  }
}
