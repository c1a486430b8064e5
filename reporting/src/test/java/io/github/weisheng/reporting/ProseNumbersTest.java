package io.github.weisheng.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class ProseNumbersTest {

  @Test
  void roundsAsTheSeedSummariesDo() {
    // "组织大扫除大治理10余次", "清理卫生死角20余处", "清除野广告400余张", "疏通下水道200余米",
    // "花费3000余元", "参加者近达万人次", "3000多名育龄妇女", "黑板报5期", "投放灭鼠药200袋"
    assertThat(ProseNumbers.approximate(12)).isEqualTo("10余");
    assertThat(ProseNumbers.approximate(23)).isEqualTo("20余");
    assertThat(ProseNumbers.approximate(437)).isEqualTo("400余");
    assertThat(ProseNumbers.approximate(3150)).isEqualTo("3000余");
    assertThat(ProseNumbers.approximate(9800)).isEqualTo("近万");
    assertThat(ProseNumbers.approximate(3050, ProseNumbers.More.DUO)).isEqualTo("3000多");
    assertThat(ProseNumbers.approximate(5)).isEqualTo("5");
    assertThat(ProseNumbers.approximate(200)).isEqualTo("200");
  }

  @Test
  void nearARoundThousandOrMoreSaysNear() {
    assertThat(ProseNumbers.approximate(899)).isEqualTo("800余"); // no 近千 below a thousand's tenth
    assertThat(ProseNumbers.approximate(900)).isEqualTo("近千");
    assertThat(ProseNumbers.approximate(8999)).isEqualTo("8000余");
    assertThat(ProseNumbers.approximate(9000)).isEqualTo("近万");
    assertThat(ProseNumbers.approximate(95_000)).isEqualTo("近十万");
    assertThat(ProseNumbers.approximate(99)).isEqualTo("90余"); // 近百 is not how the summaries speak
  }

  @Test
  void tenThousandsAreWrittenInWan() {
    assertThat(ProseNumbers.approximate(36_027)).isEqualTo("3万余");
    assertThat(ProseNumbers.approximate(20_000)).isEqualTo("20000");
    assertThat(ProseNumbers.approximate(120_000)).isEqualTo("10万余");
  }

  @Test
  void aFigureKeepsItsExactCount() {
    assertThat(ProseNumbers.figure("大扫除", 12, "次").display()).isEqualTo("10余次");
    assertThat(ProseNumbers.figure("大扫除", 12, "次").exact()).isEqualTo("12次");
    assertThat(ProseNumbers.figure("灭鼠药", 200, "袋").prose()).isEmpty();
  }

  @Test
  void negativeCountsAreRefused() {
    assertThatThrownBy(() -> ProseNumbers.approximate(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theWordingNeverOverstatesAndStaysWithinTheLeadingDigit() {
    qt().forAll(longs().between(10, 99_999_999L)).checkAssert(n -> {
      String wording = ProseNumbers.approximate(n);
      long power = (long) Math.pow(10, Math.floor(Math.log10(n)));
      if (wording.startsWith("近")) {
        assertThat(n * 10).isGreaterThanOrEqualTo(power * 10 * 9);
      } else {
        long stated = Long.parseLong(wording.replace("余", "").replace("万", "0000"));
        assertThat(stated).isLessThanOrEqualTo(n).isGreaterThan(n - power);
        assertThat(wording.endsWith("余")).isEqualTo(stated != n);
      }
    });
  }
}
