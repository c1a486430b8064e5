package io.github.weisheng.examples.cli;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.examples.quickstart.ConsoleProgress;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.resident.CitizenId;
import io.github.weisheng.resident.Ethnicity;
import io.github.weisheng.resident.ResidencyType;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.resident.Sex;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.storage.StoreException;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code weisheng import residents.csv|.xlsx --data DIR --scope …}: opens a health archive (建档)
 * for every row of a residents file through the public API ({@link CommunityHealth} on the H2 file
 * store, as the principal given by the options), and reports every rejected row: its number, the
 * column, the rule and its text, never the value. Each row is all or nothing: the resident and the
 * archive are written in one commit ({@code ArchiveService.open}), so a rejected row leaves nothing
 * behind and an imported row is complete. Columns: docs/cli.md.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Opens a health archive for every row of a residents CSV or XLSX file, in an H2 file store;",
        "reports each rejected row (row, column, rule; never the value). Each row is all or nothing.",
        "按行导入居民并建立健康档案（H2 文件库）；逐行报告被拒绝的原因（行号、列、规则，不含数据本身）。每行要么整行导入，要么整行不导入。"})
final class ImportCommand extends CliCommand {
  static final String NAME = "姓名";
  static final String SEX = "性别";
  static final String BIRTH_DATE = "出生日期";
  static final String CITIZEN_ID = "身份证号";
  static final String COMMITTEE = "居委会代码";
  static final String ADDRESS = "现住址";
  static final String PHONE = "联系电话";
  static final String ETHNICITY = "民族";
  static final String RESIDENCY = "户籍类型";
  static final String HALF_YEAR = "常住半年以上";
  static final String OPENED_ON = "建档日期";
  static final String ELECTRONIC = "电子档案";
  static final String TEAM = "责任团队";
  static final String RESIDENT_ID = "居民编号";

  /** Every column, in the documented order; the first five are required. */
  static final List<String> COLUMNS = List.of(NAME, SEX, BIRTH_DATE, CITIZEN_ID, COMMITTEE, ADDRESS, PHONE,
      ETHNICITY, RESIDENCY, HALF_YEAR, OPENED_ON, ELECTRONIC, TEAM, RESIDENT_ID);
  static final List<String> REQUIRED = List.of(NAME, SEX, BIRTH_DATE, COMMITTEE, ADDRESS);

  /** Rows from which the progress bar is shown (on a terminal: {@link ConsoleProgress}). */
  static final int PROGRESS_FROM = 200;

  @Parameters(paramLabel = "<residents.csv|.xlsx>", description = "the residents file / 居民名单")
  Path file;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "folder of the H2 file store / H2 数据库目录")
  Path data;

  @Option(names = "--user", defaultValue = "weisheng-cli", description = "the principal's id, for the audit trail (default ${DEFAULT-VALUE}) / 操作人")
  String user;

  @Option(names = "--role", defaultValue = "public-health-officer", split = ",",
      description = "the principal's roles (default ${DEFAULT-VALUE}) / 角色")
  Set<String> roles;

  @Option(names = "--scope", required = true, split = ",",
      description = "the principal's scopes: area-code prefixes, e.g. a township 110105001 / 管辖范围（区划代码前缀）")
  Set<String> scopes;

  @Option(names = "--institution", defaultValue = "community-centre",
      description = "the institution that opens the archives (default ${DEFAULT-VALUE}) / 建档机构")
  String institution;

  @Option(names = "--opened-on", paramLabel = "<date>",
      description = "opening date for rows without 建档日期 (default: today in Asia/Shanghai) / 默认建档日期")
  LocalDate openedOn;

  @Option(names = "--no-progress", description = "no progress bar on stderr / 不显示进度条")
  boolean noProgress;

  /** One problem of a row: the column (or field path), the rule, the text in both languages. */
  record Problem(String column, String rule, String en, String zh) {
    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("column", column);
      m.put("rule", rule);
      Map<String, String> text = new LinkedHashMap<>();
      text.put("en", en);
      text.put("zh", zh);
      m.put("message", text);
      return m;
    }
  }

  @Override
  int run() {
    Path input = resolve(file);
    String name = input.getFileName().toString();
    ResidentTable table = ResidentTable.read(input);
    checkHeader(table.header(), name);
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    Clock clock = Clock.system(zone);
    LocalDate defaultOpening = openedOn != null ? openedOn : LocalDate.now(clock);
    Principal principal = Principal.of(user, roles, scopes);
    OrgUnitId centre = OrgUnitId.parse(institution);

    Map<Integer, String> imported = new LinkedHashMap<>();
    Map<Integer, List<Problem>> rejected = new LinkedHashMap<>();
    Path store = resolve(data);
    try {
      Files.createDirectories(store);
    } catch (IOException e) {
      throw new InputException("无法创建数据目录 " + data, "cannot create the data folder " + data);
    }
    ConsoleProgress progress = !noProgress && table.lines().size() >= PROGRESS_FROM && parent != null
        ? parent.progress() : ConsoleProgress.quiet();
    try (JdbcRecordStore records = JdbcRecordStore.openH2File(store);
        CommunityHealth health = CommunityHealth.builder()
            .store(records).accessPolicy(DefaultAccessPolicy.defaults()).clock(clock).build();
        ConsoleProgress.Bar bar = progress.start(lang.pick("导入", "importing"), table.lines().size())) {
      HealthSession session = health.as(principal);
      for (ResidentTable.Line line : table.lines()) {
        List<Problem> problems = new ArrayList<>();
        NewArchive request = request(line.cells(), defaultOpening, centre, problems);
        if (request != null) {
          try {
            Recorded<HealthArchive> archive = session.archives().open(request);
            imported.put(line.number(), archive.value().number().value());
          } catch (RuleViolationException e) {
            e.violations().forEach(v -> problems.add(problem(v)));
          } catch (AccessDeniedException e) {
            problems.add(new Problem(COMMITTEE, e.rule(), e.getMessage(Locale.ENGLISH),
                e.getMessage(Locale.SIMPLIFIED_CHINESE)));
          }
        }
        if (!problems.isEmpty()) {
          rejected.put(line.number(), problems);
        }
        bar.step();
      }
    } catch (UncheckedIOException | StoreException e) {
      // rows imported before the failure stay imported (each was its own commit); say how far it got
      throw new InputException("数据库读写失败（此前已导入 " + imported.size() + " 行）",
          "the store failed (" + imported.size() + " rows were imported before it did)");
    }
    report(name, table.lines().size(), imported, rejected);
    return rejected.isEmpty() ? ExitCode.OK : ExitCode.RULE_BROKEN;
  }

  private void checkHeader(List<String> header, String name) {
    Set<String> seen = new LinkedHashSet<>();
    for (String column : header) {
      if (!COLUMNS.contains(column)) {
        throw new InputException(name + " 标题行：未知的列「" + column + "」", name + " header: unknown column '" + column + "'");
      }
      if (!seen.add(column)) {
        throw new InputException(name + " 标题行：列「" + column + "」重复", name + " header: column '" + column + "' twice");
      }
    }
    for (String column : REQUIRED) {
      if (!seen.contains(column)) {
        throw new InputException(name + " 标题行：缺少必需的列「" + column + "」",
            name + " header: the required column '" + column + "' is missing");
      }
    }
  }

  /** The archive request of a row, or null with the row's problems (every one of them). */
  private static NewArchive request(Map<String, String> cells, LocalDate defaultOpening, OrgUnitId centre,
      List<Problem> problems) {
    for (String column : REQUIRED) {
      if (!cells.containsKey(column)) {
        problems.add(cliProblem(column, "import.required", "required", "必填"));
      }
    }
    Sex sex = parse(cells, SEX, ImportCommand::sex, problems);
    LocalDate birthDate = parse(cells, BIRTH_DATE, LocalDate::parse, problems);
    CitizenId citizenId = parse(cells, CITIZEN_ID, CitizenId::parse, problems);
    CommitteeCode committee = parse(cells, COMMITTEE, CommitteeCode::parse, problems);
    Ethnicity ethnicity = parse(cells, ETHNICITY, ImportCommand::ethnicity, problems);
    ResidencyType residency = parse(cells, RESIDENCY, ImportCommand::residency, problems);
    Boolean halfYear = parse(cells, HALF_YEAR, ImportCommand::yesNo, problems);
    LocalDate opening = parse(cells, OPENED_ON, LocalDate::parse, problems);
    Boolean electronic = parse(cells, ELECTRONIC, ImportCommand::yesNo, problems);
    OrgUnitId team = parse(cells, TEAM, OrgUnitId::parse, problems);
    ResidentId residentId = parse(cells, RESIDENT_ID, ResidentId::parse, problems);
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      Resident.Builder resident = Resident.builder()
          .id(residentId != null ? residentId : ResidentId.random())
          .name(cells.get(NAME))
          .sex(sex)
          .birthDate(birthDate)
          .address(cells.get(ADDRESS))
          .committee(committee)
          .residencyType(residency != null ? residency : ResidencyType.REGISTERED)
          .livesHalfYearOrMore(halfYear == null || halfYear);
      if (citizenId != null) {
        resident.citizenId(citizenId);
      }
      if (ethnicity != null) {
        resident.ethnicity(ethnicity);
      }
      if (cells.containsKey(PHONE)) {
        resident.phone(cells.get(PHONE));
      }
      NewArchive.Builder request = NewArchive.builder()
          .resident(resident.build())
          .openedOn(opening != null ? opening : defaultOpening)
          .institution(centre)
          .electronic(electronic == null || electronic);
      if (team != null) {
        request.team(team);
      }
      return request.build();
    } catch (RuleViolationException e) {
      e.violations().forEach(v -> problems.add(problem(v)));
      return null;
    }
  }

  /** Parses one optional cell; a broken rule or a bad format becomes a problem of that column. */
  private static <T> T parse(Map<String, String> cells, String column, Function<String, T> parser,
      List<Problem> problems) {
    String text = cells.get(column);
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (RuleViolationException e) {
      for (RuleViolation v : e.violations()) {
        problems.add(new Problem(column, v.rule(), Texts.rule(v.rule(), v.arguments(), Locale.ENGLISH),
            Texts.rule(v.rule(), v.arguments(), Locale.SIMPLIFIED_CHINESE)));
      }
    } catch (DateTimeParseException e) {
      problems.add(cliProblem(column, "import.date", "not a date in the form yyyy-MM-dd", "不是 yyyy-MM-dd 格式的日期"));
    } catch (CellException e) {
      problems.add(cliProblem(column, e.rule, e.en, e.zh));
    }
    return null;
  }

  /** A problem with a value in a cell, found by the CLI itself (the domain rules come from core). */
  static final class CellException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String rule;
    final String en;
    final String zh;

    CellException(String rule, String en, String zh) {
      super(rule, null, false, false);
      this.rule = rule;
      this.en = en;
      this.zh = zh;
    }
  }

  private static Problem cliProblem(String column, String rule, String en, String zh) {
    return new Problem(column, rule, en, zh);
  }

  static Sex sex(String text) {
    return switch (text) {
      case "男", "1" -> Sex.MALE;
      case "女", "2" -> Sex.FEMALE;
      case "未知的性别", "0" -> Sex.UNKNOWN;
      case "未说明的性别", "9" -> Sex.UNSTATED;
      default -> throw new CellException("import.sex", "not one of 男, 女, 未知的性别, 未说明的性别 (or the GB/T 2261.1 codes 1, 2, 0, 9)",
          "须为 男、女、未知的性别、未说明的性别（或 GB/T 2261.1 代码 1、2、0、9）");
    };
  }

  static Boolean yesNo(String text) {
    return switch (text) {
      case "是", "Y", "y", "1" -> Boolean.TRUE;
      case "否", "N", "n", "0" -> Boolean.FALSE;
      default -> throw new CellException("import.yesNo", "not 是 or 否", "须为 是 或 否");
    };
  }

  static ResidencyType residency(String text) {
    for (ResidencyType type : ResidencyType.values()) {
      if (type.chineseName().equals(text) || String.valueOf(type.code()).equals(text)) {
        return type;
      }
    }
    throw new CellException("import.residencyType", "not 户籍 or 非户籍", "须为 户籍 或 非户籍");
  }

  static Ethnicity ethnicity(String text) {
    for (Ethnicity e : Ethnicity.values()) {
      if (e.chineseName().equals(text)) {
        return e;
      }
    }
    if (text.matches("\\d{2}")) {
      return Ethnicity.fromCode(text);
    }
    throw new CellException("import.ethnicity", "not a GB/T 3304 name (e.g. 汉族) or two-digit code",
        "须为 GB/T 3304 民族名称（如 汉族）或两位代码");
  }

  /** A broken domain rule of the resident or archive, under the column it comes from. */
  private static Problem problem(RuleViolation v) {
    return new Problem(column(v.field()), v.rule(), Texts.rule(v.rule(), v.arguments(), Locale.ENGLISH),
        Texts.rule(v.rule(), v.arguments(), Locale.SIMPLIFIED_CHINESE));
  }

  static String column(String field) {
    String f = field.replaceFirst("^(request\\.)?(resident\\.)?", "");
    if (f.startsWith("citizenId")) {
      return CITIZEN_ID;
    }
    return switch (f) {
      case "name" -> NAME;
      case "sex" -> SEX;
      case "birthDate" -> BIRTH_DATE;
      case "address" -> ADDRESS;
      case "phone" -> PHONE;
      case "committee", "committeeCode" -> COMMITTEE;
      case "openedOn" -> OPENED_ON;
      case "team" -> TEAM;
      case "id", "residentId" -> RESIDENT_ID;
      default -> field;
    };
  }

  private void report(String name, int rows, Map<Integer, String> imported, Map<Integer, List<Problem>> rejected) {
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", name);
      m.put("rows", rows);
      m.put("importedCount", imported.size());
      m.put("rejectedCount", rejected.size());
      List<Map<String, Object>> ok = new ArrayList<>();
      imported.forEach((row, number) -> {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("row", row);
        d.put("archiveNumber", number);
        ok.add(d);
      });
      m.put("imported", ok);
      List<Map<String, Object>> bad = new ArrayList<>();
      rejected.forEach((row, problems) -> {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("row", row);
        d.put("problems", problems.stream().map(Problem::json).toList());
        bad.add(d);
      });
      m.put("rejected", bad);
      out().println(Json.write(m));
      return;
    }
    out().println(lang.pick(
        name + "：共 " + rows + " 行，导入 " + imported.size() + " 行，拒绝 " + rejected.size() + " 行。",
        name + ": " + rows + " rows, " + imported.size() + " imported, " + rejected.size() + " rejected."));
    out().println(lang.pick("每行要么整行导入（居民登记与建档在同一次提交中完成），要么整行不导入。",
        "Each row is all or nothing: the resident and the archive are written in one commit."));
    if (!imported.isEmpty()) {
      out().println(lang.pick("已导入：", "imported:"));
      imported.forEach((row, number) -> out().println(
          lang.pick("  第 " + row + " 行 → 档案 ", "  row " + row + " → archive ") + number));
    }
    if (!rejected.isEmpty()) {
      out().println(lang.pick("已拒绝：", "rejected:"));
      rejected.forEach((row, problems) -> {
        for (Problem p : problems) {
          out().println(lang.pick("  第 " + row + " 行 ", "  row " + row + " ") + p.column() + lang.pick("：", ": ")
              + lang.pick(p.zh(), p.en()) + " [" + p.rule() + "]");
        }
      });
    }
  }
}
