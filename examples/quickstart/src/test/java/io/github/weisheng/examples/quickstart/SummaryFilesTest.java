package io.github.weisheng.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.reporting.Counting;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryFilesTest {
  @TempDir
  Path dir;

  @Test
  void aPopulationTableRoundTripsInCodeOrder() {
    Map<CommitteeCode, Long> population = new TreeMap<>();
    population.put(CommitteeCode.parse("110105001002"), 1425L);
    population.put(CommitteeCode.parse("110105001001"), 1366L);
    Path file = dir.resolve(SummaryFiles.POPULATION_FILE);
    SummaryFiles.writePopulation(population, file);
    assertThat(SummaryFiles.readPopulation(file)).isEqualTo(population);
    assertThat(file).hasContent("居委会代码,常住人口\n110105001001,1366\n110105001002,1425");
  }

  @Test
  void aBadLineIsRefusedWithItsNumber() throws Exception {
    Path file = Files.writeString(dir.resolve("p.csv"), "居委会代码,常住人口\n110105001001,12\n1101050,x\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SummaryFiles.readPopulation(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3");
  }

  @Test
  void headlinesShowTheRateOrNoneForAnEmptyDenominator() {
    SummaryFiles.Headline rate = new SummaryFiles.Headline("archive.rate", "健康档案建档率", "health archive rate", 1675,
        1899, Counting.PERSONS, new BigDecimal("88.2"));
    assertThat(rate.label()).isEqualTo("健康档案建档率 health archive rate");
    assertThat(rate.figure()).isEqualTo("1675 / 1899 = 88.2%");
    assertThat(new SummaryFiles.Headline("x", "x", "x", 0, 0, Counting.ITEMS, null).figure()).isEqualTo("0 / 0");
    assertThatThrownBy(() -> new SummaryFiles.Headline("x", "x", "x", 0, 0, null, null))
        .isInstanceOf(NullPointerException.class).hasMessage("counting");
  }

  @Test
  void everyFormatNameIsKnownAndAnUnknownOneIsRefused() {
    assertThat(SummaryFiles.formatNames()).containsExactly("html", "docx", "xlsx", "md", "json", "txt");
    assertThatThrownBy(() -> SummaryFiles.write(null, java.util.List.of("pdf"), dir, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pdf");
  }
}
