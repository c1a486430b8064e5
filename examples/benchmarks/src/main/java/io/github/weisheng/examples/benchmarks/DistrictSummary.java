package io.github.weisheng.examples.benchmarks;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.chronic.ChronicCondition;
import io.github.weisheng.chronic.Enrolment;
import io.github.weisheng.chronic.YearlyStatus;
import io.github.weisheng.education.InstitutionLevel;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.reporting.ArchiveFigures;
import io.github.weisheng.reporting.IndicatorResult;
import io.github.weisheng.reporting.ReportingPeriod;
import io.github.weisheng.reporting.UsageDenominator;
import io.github.weisheng.Recorded;
import io.github.weisheng.reporting.WorkSummary;
import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.spi.report.Block;
import io.github.weisheng.spi.report.Cell;
import io.github.weisheng.spi.report.Figure;
import io.github.weisheng.spi.report.NumberCell;
import io.github.weisheng.spi.report.Paragraph;
import io.github.weisheng.spi.report.Section;
import io.github.weisheng.spi.report.Table;
import io.github.weisheng.store.jdbc.H2FileOptions;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The district benchmark: a {@link District} in the H2 file store, and the year's work-summary
 * figures computed on the same data — {@link #weisheng()}, Weisheng drafting the {@link
 * WorkSummary} of the district (its {@link ArchiveFigures}, the hypertension and diabetes yearly
 * statuses, the other chronic conditions, education and sanitation sections) through a
 * public-health officer's session with the default access policy and audit sink ({@link
 * #weishengUnaudited()}: the same with audit events not stored); and {@link #sql()}, the
 * hand-written {@link DistrictSql}. All give the figures under the same names. A built
 * district is kept in its folder (a properties file records its size, seed and population) and
 * reopened by later runs.
 */
final class DistrictSummary implements AutoCloseable {
  /** The chronic conditions the summary counts besides hypertension and diabetes. */
  static final List<String> OTHER_CONDITIONS = List.of("CORONARY_HEART_DISEASE", "STROKE", "CANCER", "COPD",
      "CHRONIC_BRONCHITIS");

  final Path folder;
  final JdbcRecordStore store;
  final Map<CommitteeCode, Long> population;
  final District.Load load;
  private final HealthSession officer;
  private final HealthSession unaudited;
  private final Connection connection;
  private final DistrictSql sql;

  private DistrictSummary(Path folder, Map<CommitteeCode, Long> population, District.Load load,
      JdbcRecordStore store) {
    this.folder = folder;
    this.population = population;
    this.load = load;
    this.store = store;
    this.officer = CommunityHealth.builder().store(store).accessPolicy(DefaultAccessPolicy.defaults())
        .clock(District.CLOCK).build().as(District.OFFICER);
    this.unaudited = CommunityHealth.builder().store(store).accessPolicy(DefaultAccessPolicy.defaults())
        .auditSink(District.DISCARD).clock(District.CLOCK).build().as(District.OFFICER);
    try {
      this.connection = DriverManager.getConnection(
          "jdbc:h2:file:" + folder.toAbsolutePath().normalize().resolve("weisheng") + Bench.H2_SETTINGS, "sa", "");
      this.sql = new DistrictSql(connection);
    } catch (SQLException e) {
      store.close();
      throw new IllegalStateException("cannot open the SQL connection", e);
    }
  }

  /**
   * Opens the district in a folder, generating it first when the folder does not hold one of this
   * size and seed.
   *
   * @param folder where the H2 database lives
   * @param residents how many residents
   * @param seed the generator's seed
   * @param progress told how the generation goes
   * @return the district
   */
  static DistrictSummary open(Path folder, int residents, long seed, java.util.function.Consumer<String> progress) {
    Path marker = folder.resolve("district.properties");
    Properties built = new Properties();
    try {
      if (Files.exists(marker)) {
        try (var in = Files.newBufferedReader(marker)) {
          built.load(in);
        }
      }
      boolean same = String.valueOf(residents).equals(built.getProperty("residents"))
          && String.valueOf(seed).equals(built.getProperty("seed"));
      Map<CommitteeCode, Long> population = new LinkedHashMap<>();
      District.Load load;
      JdbcRecordStore store;
      if (same) {
        store = JdbcRecordStore.openH2File(folder, measuredOptions());
        load = null;
        for (String name : built.stringPropertyNames()) {
          if (name.startsWith("population.")) {
            population.put(CommitteeCode.parse(name.substring("population.".length())),
                Long.parseLong(built.getProperty(name)));
          }
        }
      } else {
        Bench.delete(folder);
        Files.createDirectories(folder);
        // the load goes through H2's default write delay and is compacted when it closes (bounded
        // on disk); the measured runs reopen the file as a host would
        try (JdbcRecordStore loading = JdbcRecordStore.openH2File(folder, H2FileOptions.forBulkLoad())) {
          load = District.generate(loading, residents, seed,
              line -> progress.accept(line + String.format(", H2 file %,d MiB", Bench.size(folder) >> 20)));
          load.bytesOpen = Bench.size(folder);
          load.compactNanos = System.nanoTime();
        }
        load.compactNanos = System.nanoTime() - load.compactNanos;
        load.bytesClosed = Bench.size(folder);
        store = JdbcRecordStore.openH2File(folder, measuredOptions());
        population.putAll(load.population);
        Properties out = new Properties();
        out.setProperty("residents", String.valueOf(residents));
        out.setProperty("seed", String.valueOf(seed));
        out.setProperty("records", String.valueOf(load.records));
        load.population.forEach((c, n) -> out.setProperty("population." + c.value(), String.valueOf(n)));
        try (var w = Files.newBufferedWriter(marker)) {
          out.store(w, "the district benchmark's generated district");
        }
      }
      return new DistrictSummary(folder, population, load, store);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The options the measured runs open the district with: the defaults, or with {@code
   * -Dweisheng.district.pageCacheMb=N} an H2 page cache of N MiB instead of H2's 64 (the SQL's
   * connection opens the same database in the same JVM, so both paths share that cache).
   */
  private static H2FileOptions measuredOptions() {
    Integer megabytes = Integer.getInteger("weisheng.district.pageCacheMb");
    return megabytes == null ? H2FileOptions.defaults() : H2FileOptions.defaults().withPageCache(megabytes);
  }

  /**
   * Weisheng's path as a host gets it by default: drafts the district's work summary for the year
   * and reads its figures; every request is audited into the store ({@code StoreAuditSink}).
   *
   * @return the figures
   */
  Map<String, Long> weisheng() {
    return weisheng(officer);
  }

  /**
   * The same, with a session whose audit events are not stored (a host's own sink that sends them
   * elsewhere costs about this): what the computation costs without the audit commits.
   *
   * @return the figures
   */
  Map<String, Long> weishengUnaudited() {
    return weisheng(unaudited);
  }

  /**
   * Weisheng's path for exactly the figures the SQL computes, as a host would get them through the
   * public API without drafting the rest of the summary: {@link ArchiveFigures}, the hypertension and
   * diabetes {@link YearlyStatus yearly statuses} and the other chronic conditions' patients, through
   * the officer's session (every search audited into the store). The summary's other sections — key
   * populations, immunization coverage, education, sanitation — have no SQL counterpart; {@link
   * #weisheng()} drafts them too.
   *
   * @return the figures
   */
  Map<String, Long> weishengFigures() {
    ReportingPeriod year = ReportingPeriod.year(District.YEAR);
    ArchiveFigures archives = ArchiveFigures.compute(officer, year, population, UsageDenominator.ALL_ARCHIVES);
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("archive.archived", archives.archiveRate().rate().numerator());
    out.put("archive.electronic", archives.electronicArchiveRate().rate().numerator());
    out.put("archive.use.numerator", archives.useRate().rate().numerator());
    out.put("archive.use.denominator", archives.useRate().rate().denominator());
    for (ChronicCondition condition : List.of(ChronicCondition.HYPERTENSION, ChronicCondition.TYPE_2_DIABETES)) {
      long[] f = new long[4];
      try (Stream<YearlyStatus> statuses = officer.followUps().yearlyStatuses(condition, District.YEAR)) {
        statuses.forEach(s -> {
          f[0]++;
          f[1] += s.managedToStandard() ? 1 : 0;
          f[2] += s.controlled() ? 1 : 0;
          f[3] += s.faceToFaceVisits();
        });
      }
      out.put(condition.name() + ".patients", f[0]);
      out.put(condition.name() + ".managed", f[1]);
      out.put(condition.name() + ".controlled", f[2]);
      out.put(condition.name() + ".faceToFace", f[3]);
    }
    for (String condition : OTHER_CONDITIONS) {
      try (Stream<Recorded<Enrolment>> enrolments = officer.enrolments().inScope(ChronicCondition.valueOf(condition))) {
        out.put("other." + condition, enrolments.map(Recorded::value)
            .filter(e -> !e.enrolledOn().isAfter(year.end()))
            .filter(e -> e.closure().map(c -> !c.on().isBefore(year.start())).orElse(true))
            .count());
      }
    }
    return out;
  }

  /**
   * Drafts the district's work summary for the year as the officer, the way {@link #weisheng()}
   * does: every section, key populations, immunization, education and sanitation included.
   *
   * @return the summary
   */
  WorkSummary draft() {
    return draft(officer);
  }

  private WorkSummary draft(HealthSession session) {
    return WorkSummary.builder()
        .session(session)
        .unit("朝阳区", District.BUREAU, InstitutionLevel.CENTRE)
        .area(AreaScope.of(District.COUNTY))
        .period(ReportingPeriod.year(District.YEAR))
        .population(population)
        .comparePrevious(false)
        .build();
  }

  private Map<String, Long> weisheng(HealthSession session) {
    WorkSummary summary = draft(session);
    Map<String, IndicatorResult> byId = summary.indicators().stream()
        .collect(Collectors.toMap(r -> r.definition().id(), r -> r, (a, b) -> a, LinkedHashMap::new));
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("archive.archived", byId.get(ArchiveFigures.ARCHIVE_RATE.id()).rate().numerator());
    out.put("archive.electronic", byId.get(ArchiveFigures.ELECTRONIC_ARCHIVE_RATE.id()).rate().numerator());
    out.put("archive.use.numerator", byId.get(ArchiveFigures.USE_RATE.id()).rate().numerator());
    out.put("archive.use.denominator", byId.get(ArchiveFigures.USE_RATE.id()).rate().denominator());
    List<Long> faceToFace = new ArrayList<>();
    List<Table> tables = new ArrayList<>();
    walk(summary.document().sections(), faceToFace, tables);
    int n = 0;
    for (String condition : List.of("HYPERTENSION", "TYPE_2_DIABETES")) {
      boolean h = condition.equals("HYPERTENSION");
      IndicatorResult managed = byId.get((h ? WorkSummary.HYPERTENSION_MANAGED : WorkSummary.DIABETES_MANAGED).id());
      IndicatorResult controlled =
          byId.get((h ? WorkSummary.HYPERTENSION_CONTROLLED : WorkSummary.DIABETES_CONTROLLED).id());
      out.put(condition + ".patients", managed.rate().denominator());
      out.put(condition + ".managed", managed.rate().numerator());
      out.put(condition + ".controlled", controlled.rate().numerator());
      out.put(condition + ".faceToFace", faceToFace.get(n++));
    }
    Map<String, Long> other = new LinkedHashMap<>();
    for (Table table : tables) {
      for (List<Cell> row : table.rows()) {
        for (ChronicCondition c : ChronicCondition.values()) {
          if (row.size() == 2 && row.get(0).display().equals(c.chineseName()) && row.get(1) instanceof NumberCell v) {
            other.put(c.name(), v.value().longValueExact());
          }
        }
      }
    }
    for (String condition : OTHER_CONDITIONS) {
      out.put("other." + condition, other.get(condition));
    }
    return out;
  }

  /** The Chinese summary's label of the face-to-face follow-up count (summary_zh, label.faceToFace). */
  private static final String FACE_TO_FACE_LABEL = "面对面随访";

  private static void walk(List<Section> sections, List<Long> faceToFace, List<Table> tables) {
    for (Section section : sections) {
      for (Block block : section.blocks()) {
        if (block instanceof Paragraph p) {
          p.content().stream().filter(Figure.class::isInstance).map(Figure.class::cast)
              .filter(f -> f.label().equals(FACE_TO_FACE_LABEL)).forEach(f -> faceToFace.add(f.value().longValueExact()));
        } else if (block instanceof Table t) {
          tables.add(t);
        }
      }
      walk(section.subsections(), faceToFace, tables);
    }
  }

  /**
   * The hand-written SQL's path on the same database.
   *
   * @return the figures
   */
  Map<String, Long> sql() {
    try {
      return sql.figures(District.COUNTY.value(), District.YEAR);
    } catch (SQLException e) {
      throw new IllegalStateException("the district query failed", e);
    }
  }

  /** @return the public-health officer's session on the district's store (every request audited) */
  HealthSession officer() {
    return officer;
  }

  /** @return the resident population the host supplies, in total */
  long populationTotal() {
    return population.values().stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } finally {
      store.close();
    }
  }

  static String describe(Map<String, Long> figures) {
    return figures.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
