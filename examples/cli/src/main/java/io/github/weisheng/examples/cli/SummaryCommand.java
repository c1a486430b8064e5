package io.github.weisheng.examples.cli;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.education.InstitutionLevel;
import io.github.weisheng.examples.quickstart.SummaryFiles;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.reporting.ReportingPeriod;
import io.github.weisheng.reporting.WorkSummary;
import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.storage.StoreException;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code weisheng summary --data DIR|--jdbc URL --area CODE --year YYYY [--half|--quarter|--month N]}:
 * drafts the work summary (工作总结) of an area and period from an existing store — the embedded H2
 * file store or any database the JDBC store runs on — as a public-health officer of the area, and
 * writes it in the chosen formats (html, docx, xlsx, md, json, txt) into a folder; prints the files
 * and the headline indicators ({@code --json}: as JSON). The resident population per committee
 * (常住人口) is host data: a CSV file {@code 居委会代码,常住人口}, by default the {@code population.csv}
 * the quickstart writes beside its store. The drafting and writing is the quickstart's own
 * ({@link SummaryFiles}). Formats and examples: docs/cli.md.
 */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = {"Drafts the work summary of an area and period from a store and writes it in the chosen formats;",
        "prints the files and the headline indicators.",
        "根据已有数据库生成辖区某时期的工作总结（html、docx、xlsx、md、json、txt），并输出主要指标。"})
final class SummaryCommand extends CliCommand {
  @Option(names = "--data", paramLabel = "DIR", description = "folder of the H2 file store / H2 数据库目录")
  Path data;

  @Option(names = "--jdbc", paramLabel = "URL",
      description = "JDBC URL of the store instead of --data (H2 or PostgreSQL) / 数据库 JDBC 地址")
  String jdbcUrl;

  @Option(names = "--db-user", defaultValue = "${env:WEISHENG_DB_USER}", description = "database user for --jdbc"
      + " (default: $WEISHENG_DB_USER) / 数据库用户")
  String dbUser;

  @Option(names = "--area", required = true, paramLabel = "CODE",
      description = "the area: a township (9 digits) or committee (12 digits) code / 辖区代码")
  String area;

  @Option(names = "--year", required = true, description = "the year / 年度")
  int year;

  @Option(names = "--half", paramLabel = "1|2", description = "a half-year of --year / 上半年或下半年")
  Integer half;

  @Option(names = "--quarter", paramLabel = "1-4", description = "a quarter of --year / 季度")
  Integer quarter;

  @Option(names = "--month", paramLabel = "1-12", description = "a month of --year / 月份")
  Integer month;

  @Option(names = "--unit-name", defaultValue = "社区卫生服务中心",
      description = "the centre's or station's name for the title (default ${DEFAULT-VALUE}) / 单位名称")
  String unitName;

  @Option(names = "--institution", defaultValue = "community-centre",
      description = "the centre or station whose health education is counted (default ${DEFAULT-VALUE}) / 机构编号")
  String institution;

  @Option(names = "--level", defaultValue = "centre", paramLabel = "centre|station",
      description = "centre or station: the health-education minimums differ (default ${DEFAULT-VALUE}) / 机构级别")
  String level;

  @Option(names = "--population", paramLabel = "FILE",
      description = "resident population per committee, CSV 居委会代码,常住人口 (default: population.csv in --data)"
          + " / 常住人口表")
  Path population;

  @Option(names = "--format", split = ",", defaultValue = "html,docx,xlsx,md", paramLabel = "FORMAT",
      description = "html, docx, xlsx, md, json, txt (default ${DEFAULT-VALUE}) / 输出格式")
  List<String> formats;

  @Option(names = "--out", defaultValue = "weisheng-summary", paramLabel = "DIR",
      description = "folder the files are written to (default ${DEFAULT-VALUE}) / 输出目录")
  Path out;

  @Option(names = "--name", defaultValue = "work-summary", description = "file name without extension"
      + " (default ${DEFAULT-VALUE}) / 文件名")
  String name;

  @Option(names = "--indicator", split = ",", paramLabel = "ID",
      description = "print only these indicators, by id (default: all) / 只输出这些指标")
  List<String> only;

  @Option(names = "--drill-down",
      description = "append the drill-down: every member outside an indicator's numerator, with the reasons / 附各指标未计入分子的对象明细")
  boolean drillDown;

  @Option(names = "--user", defaultValue = "weisheng-cli",
      description = "the principal's id, for the audit trail (default ${DEFAULT-VALUE}) / 操作人")
  String user;

  @Override
  int run() {
    if ((data == null) == (jdbcUrl == null)) {
      throw usage("give the store with exactly one of --data and --jdbc / 请用 --data 或 --jdbc 之一指定数据库");
    }
    ReportingPeriod period = period();
    AreaScope scope = parse(() -> AreaScope.parse(area), "--area is not a 9-digit township or 12-digit committee code"
        + " / --area 须为 9 位街道（乡镇）代码或 12 位居委会代码");
    OrgUnitId unit = parse(() -> OrgUnitId.parse(institution), "--institution is not a valid org unit id / 机构编号无效");
    InstitutionLevel institutionLevel = switch (level.toLowerCase(Locale.ROOT)) {
      case "centre", "center" -> InstitutionLevel.CENTRE;
      case "station" -> InstitutionLevel.STATION;
      default -> throw usage("--level must be centre or station / --level 须为 centre 或 station");
    };
    for (String format : formats) {
      if (!SummaryFiles.formatNames().contains(format.toLowerCase(Locale.ROOT))) {
        throw usage("unknown format " + format + "; formats: " + String.join(", ", SummaryFiles.formatNames())
            + " / 未知格式");
      }
    }
    if (data != null && !Files.isRegularFile(resolve(data).resolve("weisheng.mv.db"))) {
      throw new InputException("目录中没有 Weisheng 数据库：" + data, "no Weisheng store in the folder " + data);
    }
    Map<CommitteeCode, Long> residents = population();
    Path folder = resolve(out);
    // A summary needs only the right to report on aggregates: the statistician reads no personal row.
    Principal statistician = Principal.of(user, Set.of("statistician"), Set.of(scope.value()));
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    WorkSummary summary;
    List<Path> files;
    try (JdbcRecordStore store = openStore();
        CommunityHealth health = CommunityHealth.builder().store(store).accessPolicy(DefaultAccessPolicy.defaults())
            .clock(Clock.system(zone)).build()) {
      HealthSession session = health.as(statistician);
      summary = SummaryFiles.draft(session, unitName, unit, institutionLevel, scope, period, residents);
      if (drillDown) {
        summary = summary.withDrillDown();
      }
      files = SummaryFiles.write(summary, formats, folder, name);
    } catch (StoreException e) {
      throw new InputException("无法读取数据库", "the store cannot be read");
    } catch (UncheckedIOException e) {
      throw new InputException("无法写入输出目录 " + out, "cannot write to the folder " + out);
    } catch (AccessDeniedException e) {
      throw new InputException("无权读取该辖区的记录", "not allowed to read the area's records");
    }
    List<String> shown = new ArrayList<>();
    for (Path file : files) {
      shown.add(out.resolve(file.getFileName()).toString().replace('\\', '/'));
    }
    List<SummaryFiles.Headline> headlines = SummaryFiles.headlines(summary).stream()
        .filter(h -> only == null || only.contains(h.id())).toList();
    report(period, scope, shown, headlines);
    return ExitCode.OK;
  }

  private ReportingPeriod period() {
    int given = (half != null ? 1 : 0) + (quarter != null ? 1 : 0) + (month != null ? 1 : 0);
    if (given > 1) {
      throw usage("give at most one of --half, --quarter and --month / --half、--quarter、--month 只能给一个");
    }
    if (year < 1900 || year > 9999) {
      throw usage("--year must be 1900 to 9999 / --year 须在 1900 到 9999 之间");
    }
    if (half != null) {
      check(half >= 1 && half <= 2, "--half must be 1 or 2 / --half 须为 1 或 2");
      return ReportingPeriod.halfYear(year, half);
    }
    if (quarter != null) {
      check(quarter >= 1 && quarter <= 4, "--quarter must be 1 to 4 / --quarter 须为 1 到 4");
      return ReportingPeriod.quarter(year, quarter);
    }
    if (month != null) {
      check(month >= 1 && month <= 12, "--month must be 1 to 12 / --month 须为 1 到 12");
      return ReportingPeriod.month(YearMonth.of(year, month));
    }
    return ReportingPeriod.year(year);
  }

  private Map<CommitteeCode, Long> population() {
    Path file;
    if (population != null) {
      file = resolve(population);
    } else if (data != null) {
      file = resolve(data).resolve(SummaryFiles.POPULATION_FILE);
    } else {
      throw usage("--population is required with --jdbc / 使用 --jdbc 时须给出 --population");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException("找不到常住人口表 " + file.getFileName() + "（用 --population 指定）",
          "population table not found: " + file.getFileName() + " (give it with --population)");
    }
    try {
      return SummaryFiles.readPopulation(file);
    } catch (IllegalArgumentException e) {
      throw new InputException("常住人口表格式错误：每行须为「居委会代码,常住人口」",
          file.getFileName() + ": every line must be '居委会代码,常住人口' (a committee code and a count)");
    } catch (UncheckedIOException e) {
      throw new InputException("无法读取文件 " + file.getFileName(), "cannot read file " + file.getFileName());
    }
  }

  private JdbcRecordStore openStore() {
    if (data != null) {
      return JdbcRecordStore.openH2File(resolve(data));
    }
    return JdbcRecordStore.open(new UrlDataSource(jdbcUrl, dbUser, System.getenv("WEISHENG_DB_PASSWORD")));
  }

  private void report(ReportingPeriod period, AreaScope scope, List<String> files,
      List<SummaryFiles.Headline> headlines) {
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("unit", unitName);
      m.put("area", scope.value());
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("length", period.length().name());
      p.put("start", period.start());
      p.put("end", period.end());
      p.put("label", period.label(Locale.SIMPLIFIED_CHINESE));
      m.put("period", p);
      m.put("files", files);
      List<Map<String, Object>> indicators = new ArrayList<>();
      for (SummaryFiles.Headline h : headlines) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("id", h.id());
        i.put("name", h.name());
        i.put("englishName", h.englishName());
        i.put("numerator", h.numerator());
        i.put("denominator", h.denominator());
        i.put("counting", h.counting().name());
        i.put("percent", h.percent());
        indicators.add(i);
      }
      m.put("indicators", indicators);
      out().println(Json.write(m));
      return;
    }
    PrintWriter o = out();
    o.println(lang.pick(unitName + " " + period.label(Locale.SIMPLIFIED_CHINESE) + "工作总结（辖区 " + scope.value() + "）",
        "Work summary of " + unitName + ", " + period.label(Locale.ENGLISH) + " (area " + scope.value() + ")"));
    o.println(lang.pick("已写入：", "written:"));
    files.forEach(f -> o.println("  " + f));
    o.println(lang.pick("主要指标：", "headline indicators:"));
    for (SummaryFiles.Headline h : headlines) {
      o.println("  " + lang.pick(h.name(), h.englishName()) + lang.pick("：", ": ") + h.figure());
    }
  }

  private <T> T parse(java.util.function.Supplier<T> parser, String message) {
    try {
      return parser.get();
    } catch (RuntimeException e) {
      throw usage(message);
    }
  }

  private void check(boolean ok, String message) {
    if (!ok) {
      throw usage(message);
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /**
   * A data source over {@link DriverManager}: a new connection for each request (the JDBC driver is
   * found on the class or module path), for a one-off summary of a store given by its URL.
   */
  record UrlDataSource(String url, String user, String password) implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return user == null || user.isEmpty() ? DriverManager.getConnection(url)
          : DriverManager.getConnection(url, user, password == null ? "" : password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
      return DriverManager.getConnection(url, username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
      // DriverManager has its own log writer
    }

    @Override
    public void setLoginTimeout(int seconds) {
      DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
      return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }

    @Override
    public String toString() {
      return "UrlDataSource[url hidden]";
    }
  }
}
