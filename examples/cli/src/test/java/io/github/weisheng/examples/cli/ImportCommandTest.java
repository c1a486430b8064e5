package io.github.weisheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.weisheng.examples.quickstart.ConsoleProgress;
import io.github.weisheng.CommunityHealth;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.Recorded;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  private static final String HEADER = "姓名,性别,出生日期,身份证号,居委会代码,现住址,联系电话\n";
  private static final String GOOD = "王秀英,女,1949-12-31,11010519491231002X,110105001001,朝阳区某街道1号楼101,13800138000\n";

  @TempDir
  Path dir;

  private CliRun importFile(String file, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("import", file, "--data", "store", "--scope", "110105001",
        "--opened-on", "2025-01-06", "--no-progress"));
    args.addAll(List.of(more));
    return CliRun.in(dir, args.toArray(String[]::new));
  }

  @Test
  void validRowsGetArchivesWithConsecutiveNumbers() {
    CliRun.write(dir, "residents.csv", HEADER + GOOD
        + "李建国,男,1958-07-01,,110105001001,朝阳区某街道2号楼202,\n");
    CliRun run = importFile("residents.csv", "--json");
    assertThat(run.exitCode()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("rows").asInt()).isEqualTo(2);
    assertThat(json.get("importedCount").asInt()).isEqualTo(2);
    assertThat(json.get("rejected")).isEmpty();
    assertThat(json.get("imported").get(0).get("row").asInt()).isEqualTo(2);
    assertThat(json.get("imported").get(0).get("archiveNumber").asText()).isEqualTo("11010500100100001");
    assertThat(json.get("imported").get(1).get("archiveNumber").asText()).isEqualTo("11010500100100002");
    assertThat(archives()).hasSize(2);
  }

  @Test
  void everyRejectedRowIsReportedWithColumnAndRuleButNeverTheValue() {
    String rows = HEADER
        + "张伟,男,1980-02-30,110105198002300011,110105001002,朝阳区某街道3号楼303,\n"
        + "孙丽,女,1985-03-15,,110105001002,朝阳区某街道6号楼606,12345\n"
        + "钱多,男,1970-01-01,,120105001002,天津市某区某路5号,\n"
        + ",女,1970-01-01,,110105001002,朝阳区某街道7号楼,\n"
        + "周芳,X,1970-01-01,,110105001002,朝阳区某街道8号楼,\n";
    CliRun.write(dir, "residents.csv", rows);
    CliRun run = importFile("residents.csv", "--json", "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_BROKEN);
    JsonNode rejected = run.json().get("rejected");
    assertThat(rejected).extracting(r -> r.get("row").asInt()).containsExactly(2, 3, 4, 5, 6);
    assertThat(rejected.get(0).get("problems")).extracting(p -> p.get("column").asText() + " " + p.get("rule").asText())
        .containsExactly("出生日期 import.date", "身份证号 citizenId.birthDate");
    assertThat(rejected.get(1).get("problems").get(0).get("rule").asText()).isEqualTo("resident.phone");
    assertThat(rejected.get(1).get("problems").get(0).get("column").asText()).isEqualTo("联系电话");
    assertThat(rejected.get(2).get("problems").get(0).get("rule").asText()).isEqualTo("scope.outside");
    assertThat(rejected.get(3).get("problems").get(0).get("rule").asText()).isEqualTo("import.required");
    assertThat(rejected.get(3).get("problems").get(0).get("column").asText()).isEqualTo("姓名");
    assertThat(rejected.get(4).get("problems").get(0).get("rule").asText()).isEqualTo("import.sex");
    for (String personal : List.of("张伟", "110105198002300011", "孙丽", "12345", "钱多", "天津市某区某路5号", "朝阳区",
        "周芳", "1980-02-30")) {
      assertThat(run.all()).doesNotContain(personal);
    }
    assertThat(archives()).isEmpty();
  }

  @Test
  void eachRowIsAllOrNothing() {
    // the duplicate ID number is only found by the archive service, after the row's cells all parsed:
    // the rejected row must leave neither a resident nor an archive behind
    CliRun.write(dir, "residents.csv", HEADER + GOOD
        + "王秀英,女,1949-12-31,11010519491231002X,110105001002,朝阳区某街道9号楼,\n");
    CliRun run = importFile("residents.csv", "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_BROKEN);
    assertThat(run.out()).contains("1 imported, 1 rejected", "row 3 身份证号", "[archive.duplicate]", "all or nothing");
    assertThat(archives()).hasSize(1);
    try (JdbcRecordStore store = JdbcRecordStore.openH2File(dir.resolve("store"));
        CommunityHealth health = health(store);
        Stream<?> residents = health.as(officer()).residents().inScope()) {
      assertThat(residents.count()).isEqualTo(1);
    }
  }

  @Test
  void anImportedRowHoldsTheResidentAsGiven() {
    CliRun.write(dir, "residents.csv",
        "居委会代码,姓名,性别,出生日期,身份证号,现住址,户籍类型,常住半年以上,电子档案,建档日期,民族\n"
            + "110105001003,\"王, 秀英\",2,1949-12-31,11010519491231002X,\"朝阳区\"\"某\"\"街道\",非户籍,否,否,2024-12-01,汉族\n");
    assertThat(importFile("residents.csv").exitCode()).isZero();
    List<Recorded<HealthArchive>> archives = archives();
    assertThat(archives).hasSize(1);
    HealthArchive archive = archives.get(0).value();
    assertThat(archive.number().value()).isEqualTo("11010500100300001");
    assertThat(archive.openedOn()).isEqualTo(LocalDate.of(2024, 12, 1));
    assertThat(archive.electronic()).isFalse();
    try (JdbcRecordStore store = JdbcRecordStore.openH2File(dir.resolve("store"));
        CommunityHealth health = health(store)) {
      var resident = health.as(officer()).residents().find(archive.resident()).orElseThrow().value();
      assertThat(resident.name()).isEqualTo("王, 秀英");
      assertThat(resident.address()).isEqualTo("朝阳区\"某\"街道");
      assertThat(resident.citizenId()).contains(CitizenId.parse("11010519491231002X"));
      assertThat(resident.livesHalfYearOrMore()).isFalse();
      assertThat(resident.residencyType().chineseName()).isEqualTo("非户籍");
      assertThat(resident.ethnicity()).isPresent();
    }
  }

  @Test
  void anXlsxFileIsImportedLikeACsvFile() throws IOException {
    Path xlsx = dir.resolve("residents.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
      Sheet sheet = workbook.createSheet("居民");
      String[] header = {"姓名", "性别", "出生日期", "身份证号", "居委会代码", "现住址"};
      Row h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Row r = sheet.createRow(1);
      r.createCell(0).setCellValue("王秀英");
      r.createCell(1).setCellValue("女");
      r.createCell(2).setCellValue(LocalDate.of(1949, 12, 31));
      r.getCell(2).setCellStyle(date);
      r.createCell(3).setCellValue("11010519491231002X");
      r.createCell(4).setCellValue(110105001001d);
      r.createCell(5).setCellValue("朝阳区某街道1号楼101");
      Row bad = sheet.createRow(2);
      bad.createCell(0).setCellValue("李四");
      bad.createCell(1).setCellValue(1);
      bad.createCell(2).setCellValue("1960/01/01");
      bad.createCell(4).setCellValue("110105001001");
      bad.createCell(5).setCellValue("朝阳区某街道2号楼");
      workbook.write(out);
    }
    CliRun run = importFile("residents.xlsx", "--json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_BROKEN);
    JsonNode json = run.json();
    assertThat(json.get("imported").get(0).get("archiveNumber").asText()).isEqualTo("11010500100100001");
    assertThat(json.get("rejected").get(0).get("row").asInt()).isEqualTo(3);
    assertThat(json.get("rejected").get(0).get("problems").get(0).get("rule").asText()).isEqualTo("import.date");
  }

  private void manyRows(int rows) {
    StringBuilder csv = new StringBuilder("姓名,性别,出生日期,居委会代码,现住址\n");
    for (int i = 0; i < rows; i++) {
      csv.append("居民").append(i).append(",男,1970-01-01,110105001001,朝阳区某街道").append(i).append("号\n");
    }
    CliRun.write(dir, "many.csv", csv.toString());
  }

  @Test
  void onATerminalLongFilesDrawAProgressBarOnStderrThatIsClearedAtTheEnd() {
    manyRows(ImportCommand.PROGRESS_FROM);
    CliRun run = CliRun.onTerminal(dir, "import", "many.csv", "--data", "store", "--scope", "110105001", "--lang", "en");
    assertThat(run.exitCode()).isZero();
    String cleared = "\r" + " ".repeat(ConsoleProgress.WIDTH) + "\r";
    assertThat(run.err()).startsWith("\rimporting ").contains("100% [", "200/200").endsWith(cleared);
    assertThat(run.out()).contains("200 rows, 200 imported, 0 rejected").doesNotContain("\r");

    CliRun zh = CliRun.onTerminal(dir, "import", "many.csv", "--data", "zh", "--scope", "110105001");
    assertThat(zh.err()).startsWith("\r导入 ").contains("200/200").endsWith(cleared);
  }

  @Test
  void noBarIsDrawnWithoutATerminalForAShortFileOrWithNoProgress() {
    manyRows(ImportCommand.PROGRESS_FROM);
    CliRun piped = CliRun.in(dir, "import", "many.csv", "--data", "a", "--scope", "110105001", "--lang", "en");
    assertThat(piped.exitCode()).isZero();
    assertThat(piped.err()).isEmpty();
    assertThat(piped.out()).contains("200 rows, 200 imported, 0 rejected");

    CliRun off = CliRun.onTerminal(dir, "import", "many.csv", "--data", "b", "--scope", "110105001", "--no-progress");
    assertThat(off.exitCode()).isZero();
    assertThat(off.err()).isEmpty();

    manyRows(ImportCommand.PROGRESS_FROM - 1);
    CliRun shorter = CliRun.onTerminal(dir, "import", "many.csv", "--data", "c", "--scope", "110105001");
    assertThat(shorter.exitCode()).isZero();
    assertThat(shorter.err()).isEmpty();
  }

  @Test
  void anUnknownColumnIsRefusedBeforeAnyRow() {
    CliRun.write(dir, "typo.csv", "姓名,性别,出生日期,居委会,现住址\n王秀英,女,1949-12-31,110105001001,某处\n");
    CliRun run = importFile("typo.csv", "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("unknown column '居委会'");
    assertThat(run.err()).doesNotContain("王秀英");
  }

  @Test
  void aMissingRequiredColumnIsRefused() {
    CliRun.write(dir, "short.csv", "姓名,性别,出生日期,现住址\n王秀英,女,1949-12-31,某处\n");
    CliRun run = importFile("short.csv", "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    assertThat(run.err()).contains("'居委会代码' is missing");
  }

  @Test
  void aMissingFileIsAnInputError() {
    assertThat(importFile("none.csv").exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
  }

  @Test
  void theScopeIsRequired() {
    CliRun.write(dir, "residents.csv", HEADER + GOOD);
    assertThat(CliRun.in(dir, "import", "residents.csv", "--data", "store").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void violationFieldsAreMappedToColumns() {
    assertThat(ImportCommand.column("resident.name")).isEqualTo("姓名");
    assertThat(ImportCommand.column("resident.citizenId")).isEqualTo("身份证号");
    assertThat(ImportCommand.column("citizenId")).isEqualTo("身份证号");
    assertThat(ImportCommand.column("resident.birthDate")).isEqualTo("出生日期");
    assertThat(ImportCommand.column("resident.phone")).isEqualTo("联系电话");
    assertThat(ImportCommand.column("something.else")).isEqualTo("something.else");
  }

  private List<Recorded<HealthArchive>> archives() {
    try (JdbcRecordStore store = JdbcRecordStore.openH2File(dir.resolve("store"));
        CommunityHealth health = health(store);
        Stream<Recorded<HealthArchive>> archives = health.as(officer()).archives().inScope()) {
      return archives.toList();
    }
  }

  private static CommunityHealth health(JdbcRecordStore store) {
    return CommunityHealth.builder().store(store).accessPolicy(DefaultAccessPolicy.defaults()).build();
  }

  private static Principal officer() {
    return Principal.of("test", Set.of("public-health-officer"), Set.of("110105001"));
  }
}
