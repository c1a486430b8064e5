package io.github.weisheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidentTableTest {
  @TempDir
  Path dir;

  @Test
  void csvFollowsRfc4180Quoting() throws IOException {
    List<List<String>> rows = ResidentTable.parseCsv(new StringReader(
        "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n1,,3"));
    assertThat(rows).containsExactly(
        List.of("a", "b", "c"),
        List.of("x, y", "say \"hi\"", "two\nlines"),
        List.of("1", "", "3"));
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    assertThat(ResidentTable.parseCsv(new StringReader("\uFEFF姓名,性别\n")).get(0)).containsExactly("姓名", "性别");
  }

  @Test
  void rowsAreNumberedAsASpreadsheetShowsThemAndBlankRowsAreSkipped() {
    CliRun.write(dir, "r.csv", "姓名,性别\n王,女\n,\n李,男\n");
    ResidentTable table = ResidentTable.read(dir.resolve("r.csv"));
    assertThat(table.header()).containsExactly("姓名", "性别");
    assertThat(table.lines()).extracting(ResidentTable.Line::number).containsExactly(2, 4);
    assertThat(table.lines().get(1).cells()).containsEntry("姓名", "李").containsEntry("性别", "男");
  }

  @Test
  void blankCellsAreLeftOut() {
    CliRun.write(dir, "r.csv", "姓名,性别,联系电话\n王,女, \n");
    assertThat(ResidentTable.read(dir.resolve("r.csv")).lines().get(0).cells()).doesNotContainKey("联系电话");
  }

  @Test
  void moreCellsThanColumnsIsAnInputError() {
    CliRun.write(dir, "r.csv", "姓名,性别\n王,女,多余\n");
    assertThatThrownBy(() -> ResidentTable.read(dir.resolve("r.csv")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("row 2")
        .hasMessageNotContaining("多余");
  }

  @Test
  void anEmptyFileHasNoHeader() {
    CliRun.write(dir, "r.csv", "");
    assertThatThrownBy(() -> ResidentTable.read(dir.resolve("r.csv"))).isInstanceOf(InputException.class);
  }
}
