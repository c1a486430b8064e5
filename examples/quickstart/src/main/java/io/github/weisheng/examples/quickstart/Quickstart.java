package io.github.weisheng.examples.quickstart;

import io.github.weisheng.CommunityHealth;
import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.access.DefaultAccessPolicy;
import io.github.weisheng.archive.ArchiveClosure;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.ArchiveStatus;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.archive.NewArchive;
import io.github.weisheng.archive.PersonalInformationForm;
import io.github.weisheng.archive.ServiceRecord;
import io.github.weisheng.archive.ServiceType;
import io.github.weisheng.education.InstitutionLevel;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.reporting.ReportingPeriod;
import io.github.weisheng.reporting.WorkSummary;
import io.github.weisheng.reporting.render.DisplayWidth;
import io.github.weisheng.resident.Household;
import io.github.weisheng.resident.RelationToHead;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.store.jdbc.H2FileOptions;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The quickstart: generates a deterministic synthetic community (one centre, three stations, six
 * residents' committees), records a year of its work through Weisheng's public API into the embedded
 * H2 file store — households and health archives, chronic-disease patients with tiers and a year of
 * follow-ups, children 0–6 with their checks and vaccinations, the elderly's health checks,
 * pregnancies, severe-mental-disorder and tuberculosis patients, infectious-disease case reports
 * with their home follow-ups, sanitation campaigns with vector surveys, health-education activities
 * — then drafts the year's work summary (工作总结) from the store, writes it as HTML, Word, Excel and
 * Markdown, and prints the headline indicators.
 *
 * @since 0.1.0
 */
@Command(
    name = "weisheng-quickstart",
    mixinStandardHelpOptions = true,
    version = "Weisheng quickstart 0.1.0",
    description = "Records a synthetic community's year into an H2 file store, writes the work summary and prints the"
        + " headline indicators.")
public final class Quickstart implements Callable<Integer> {
  /** The centre's org unit id in the synthetic community. */
  public static final OrgUnitId CENTRE = OrgUnitId.of("chaoyang-centre");
  /** The centre's name, as the summary's title shows it. */
  public static final String UNIT_NAME = "朝阳区示例街道社区卫生服务中心";
  /**
   * The default number of residents, a whole street: measured at 3.6 to 4.5 minutes on a shared
   * two-core machine (3.3 minutes of CPU, a 270 MB store); 5,000 take about 75 seconds.
   */
  public static final int DEFAULT_RESIDENTS = 20_000;

  @Option(names = "--residents", defaultValue = "" + DEFAULT_RESIDENTS,
      description = "number of residents (default ${DEFAULT-VALUE}, about 4 minutes on two cores; 5000 take about 75 s)")
  int residents;

  @Option(names = "--year", defaultValue = "2025", description = "the year simulated; figures as of 31 December (default ${DEFAULT-VALUE})")
  int year;

  @Option(names = "--seed", defaultValue = "2026", description = "random seed; the same seed gives the same community (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--data", defaultValue = "weisheng-quickstart-data", description = "folder of the H2 store; emptied first (default ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--out", defaultValue = "weisheng-quickstart-output", description = "folder the work summary is written to (default ${DEFAULT-VALUE})")
  Path output;

  private final Path workingDirectory;
  private final PrintStream out;
  private final ConsoleProgress progress;
  private Map<String, Integer> recorded = Map.of();
  private List<SummaryFiles.Headline> headlines = List.of();

  /**
   * The quickstart, with paths relative to the current folder, printing to standard output, with a
   * live progress bar (进度条) on a terminal and none when the output goes to a file or a pipe.
   */
  public Quickstart() {
    this(Path.of(""), System.out, ConsoleProgress.forConsole(System.out));
  }

  /**
   * The quickstart, with relative paths resolved against a folder and the console output sent to a
   * stream (for running it in-process, as the CLI's documentation test does); no progress bar is
   * drawn, the stream gets each step's plain line.
   *
   * @param workingDirectory the folder relative {@code --data} and {@code --out} paths are resolved against
   * @param out where the steps and the figures are printed
   */
  public Quickstart(Path workingDirectory, PrintStream out) {
    this(workingDirectory, out, ConsoleProgress.quiet());
  }

  /** The quickstart with the progress bars of its long steps drawn by {@code progress}. */
  Quickstart(Path workingDirectory, PrintStream out, ConsoleProgress progress) {
    this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
    this.out = Objects.requireNonNull(out, "out");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * Runs the quickstart.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new Quickstart()).execute(args));
  }

  @Override
  public Integer call() {
    if (residents < 1 || residents > 1_000_000) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--residents must be 1 to 1000000");
    }
    LocalDate asOf = LocalDate.of(year, 12, 31);
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    Clock clock = Clock.fixed(asOf.atTime(18, 0).atZone(zone).toInstant(), zone);
    Path dataFolder = workingDirectory.resolve(data);
    Path outputFolder = workingDirectory.resolve(output);
    emptyFolder(dataFolder);
    out.printf("Weisheng quickstart: %,d residents, year %d, seed %d, store %s%n", residents, year, seed,
        dataFolder.toAbsolutePath().resolve("weisheng.mv.db"));

    long t0 = System.nanoTime();
    SyntheticCommunity community = SyntheticCommunity.generate(residents, seed, asOf);
    out.printf("Generated %,d residents in %,d households (%.1f s)%n", community.people().size(), community.households(),
        seconds(t0));

    // A generated community can be generated again: load it in bulk (commits written by H2's
    // background writer, the file compacted at close); a host recording real data keeps the defaults.
    try (JdbcRecordStore store = JdbcRecordStore.openH2File(dataFolder, H2FileOptions.forBulkLoad());
        CommunityHealth health = CommunityHealth.builder()
            .store(store)
            .accessPolicy(DefaultAccessPolicy.defaults())
            .clock(clock)
            .build()) {
      String street = SyntheticCommunity.STREET.value();
      HealthSession officer = health.as(Principal.of("gw-chen", Set.of("public-health-officer"), Set.of(street)));
      HealthSession doctor = health.as(Principal.of("dr-wang", Set.of("family-doctor"), Set.of(street)));
      HealthSession vaccinator = health.as(Principal.of("fb-li", Set.of("immunization-doctor"), Set.of(street)));
      Random random = new Random(seed ^ 0x5eed);
      registerHouseholds(officer, community, asOf, random);
      List<Recorded<HealthArchive>> archives = openArchives(doctor, community, asOf, random);
      int services = recordServices(doctor, archives, asOf, random);

      Programmes programmes = new Programmes(doctor, vaccinator, officer, asOf, CENTRE,
          AreaScope.of(SyntheticCommunity.STREET), seed, out, progress);
      List<Programmes.Archived> archived = new ArrayList<>();
      List<Person> withArchive = community.people().stream().filter(Person::archived).toList();
      for (int i = 0; i < archives.size(); i++) {
        archived.add(new Programmes.Archived(withArchive.get(i), archives.get(i).value()));
      }
      programmes.chronic(archived);
      programmes.children(archived);
      programmes.elderly(archived);
      programmes.maternal(archived);
      programmes.smiAndTb(archived, residents);
      programmes.infectious(archived);
      programmes.sanitation(SyntheticCommunity.COMMITTEES);
      programmes.education();

      int amended = amendForms(doctor, archives, random);
      Map<ArchiveStatus, Integer> closed = closeSome(doctor, archives, asOf, random);
      Map<String, Integer> counts = new LinkedHashMap<>();
      counts.put("residents", community.people().size());
      counts.put("households", community.households());
      counts.put("archives", archives.size());
      counts.put("service records", services);
      counts.putAll(programmes.counts());
      counts.put("form amendments", amended);
      counts.put("archives closed", closed.values().stream().mapToInt(Integer::intValue).sum());
      recorded = Collections.unmodifiableMap(counts);

      Map<CommitteeCode, Long> population = community.population();
      SummaryFiles.writePopulation(population, dataFolder.resolve(SummaryFiles.POPULATION_FILE));
      writeSummary(health.as(Principal.of("tj-zhao", Set.of("statistician"), Set.of(street))), population,
          outputFolder);
    }
    printHeadlines(asOf);
    out.printf("Done in %.1f s. The store stays in %s (with the population table %s);%n"
        + "draft the summary again with `weisheng summary --data %s --area %s --year %d --institution %s`.%n"
        + "Run again to start afresh.%n",
        seconds(t0), dataFolder.toAbsolutePath(), SummaryFiles.POPULATION_FILE, data, SyntheticCommunity.STREET, year,
        CENTRE);
    return 0;
  }

  /** @return what the last run recorded, by label (residents, archives, chronic follow-ups …) */
  Map<String, Integer> recorded() {
    return recorded;
  }

  /** @return the headline indicators of the last run's summary */
  List<SummaryFiles.Headline> headlines() {
    return headlines;
  }

  private void registerHouseholds(HealthSession officer, SyntheticCommunity community, LocalDate asOf, Random random) {
    long t = System.nanoTime();
    Map<Integer, List<Resident>> byHousehold = new TreeMap<>();
    community.people().forEach(p -> byHousehold.computeIfAbsent(p.household(), h -> new ArrayList<>()).add(p.resident()));
    try (ConsoleProgress.Bar bar = progress.start("Registering households", byHousehold.size())) {
      for (List<Resident> members : byHousehold.values()) {
        Resident head = members.get(0);
        LocalDate youngest = members.stream().map(Resident::birthDate).max(LocalDate::compareTo).orElseThrow();
        LocalDate on = asOf.minusDays(random.nextInt(400));
        if (on.isBefore(youngest)) {
          on = youngest;
        }
        Recorded<Household> household = officer.households().establish(head.committee(), head.address(), head.id(), on);
        for (Resident member : members.subList(1, members.size())) {
          household = officer.households().moveIn(household.value().id(), household.version(), member.id(),
              relation(head, member), on);
        }
        bar.step();
      }
    }
    stepDone(out, "Registering households", String.format("%,d households (%.1f s)", byHousehold.size(), seconds(t)));
  }

  /** A plausible relation to the householder from the age gap and sex. */
  private static RelationToHead relation(Resident head, Resident member) {
    long gap = java.time.temporal.ChronoUnit.YEARS.between(member.birthDate(), head.birthDate());
    if (gap >= 18) {
      return RelationToHead.PARENT;
    }
    if (gap <= -40) {
      return RelationToHead.GRANDCHILD;
    }
    if (gap <= -16) {
      return member.sex() == io.github.weisheng.resident.Sex.MALE ? RelationToHead.SON : RelationToHead.DAUGHTER;
    }
    return RelationToHead.SPOUSE;
  }

  private List<Recorded<HealthArchive>> openArchives(
      HealthSession officer, SyntheticCommunity community, LocalDate asOf, Random random) {
    long t = System.nanoTime();
    List<Person> toArchive = community.people().stream().filter(Person::archived).toList();
    List<Recorded<HealthArchive>> opened = new ArrayList<>(toArchive.size());
    try (ConsoleProgress.Bar bar = progress.start("Opening archives", toArchive.size())) {
      for (Person person : toArchive) {
        Resident resident = person.resident();
        LocalDate earliest = resident.birthDate().plusDays(7);
        int age = resident.ageOn(asOf);
        LocalDate openedOn;
        if (age < 7) {
          openedOn = earliest.plusDays(random.nextInt(30)); // at the newborn visit or soon after
        } else if (age >= 65 || !person.conditions().isEmpty()) {
          openedOn = asOf.minusDays(400 + random.nextInt(6 * 365)); // known to the centre for years
        } else {
          openedOn = asOf.minusDays(random.nextInt(3 * 365));
        }
        if (openedOn.isBefore(earliest)) {
          openedOn = earliest;
        }
        if (openedOn.isAfter(asOf)) {
          openedOn = asOf;
        }
        opened.add(officer.archives().open(NewArchive.builder()
            .resident(resident)
            .openedOn(openedOn)
            .institution(CENTRE)
            .team(OrgUnitId.of("team-" + (1 + resident.committee().committeeNumber() % 3)))
            .electronic(person.electronic())
            .build()));
        bar.step();
      }
    }
    stepDone(out, "Opening archives", String.format("%,d archives (%.1f s)", opened.size(), seconds(t)));
    return opened;
  }

  /**
   * Outpatient consultations (接诊) of about one archive in four: the service records the
   * programmes do not write themselves (follow-ups record theirs; the child, elderly and maternal
   * services are recorded with them below).
   */
  private int recordServices(HealthSession doctor, List<Recorded<HealthArchive>> archives, LocalDate asOf,
      Random random) {
    long t = System.nanoTime();
    int count = 0;
    try (ConsoleProgress.Bar bar = progress.start("Consultations", archives.size())) {
      for (Recorded<HealthArchive> recorded : archives) {
        if (random.nextDouble() < 0.25) {
          doctor.archives().recordService(service(recorded.value(), ServiceType.CONSULTATION, asOf, random));
          count++;
        }
        bar.step();
      }
    }
    stepDone(out, "Consultations", String.format("%,d service records (%.1f s)", count, seconds(t)));
    return count;
  }

  private static ServiceRecord service(HealthArchive archive, ServiceType type, LocalDate asOf, Random random) {
    LocalDate date = asOf.minusDays(random.nextInt(365));
    if (date.isBefore(archive.openedOn())) {
      date = archive.openedOn();
    }
    return ServiceRecord.of(archive.number(), date, type, CENTRE);
  }

  private int amendForms(HealthSession officer, List<Recorded<HealthArchive>> archives, Random random) {
    long t = System.nanoTime();
    int amended = 0;
    for (int i = 0; i < archives.size(); i++) {
      if (random.nextDouble() < 0.08) {
        Recorded<HealthArchive> current = archives.get(i);
        PersonalInformationForm form = PersonalInformationForm.builder()
            .bloodType(PersonalInformationForm.BloodType.values()[random.nextInt(4)])
            .rhNegative(PersonalInformationForm.RhNegative.NO)
            .addPaymentMethod(PersonalInformationForm.PaymentMethod.URBAN_RESIDENT_INSURANCE)
            .build();
        archives.set(i, officer.archives().amendForm(current.value().number(), current.version(), form, "体检后补录血型"));
        amended++;
      }
    }
    out.printf("Amended %,d personal information forms, every version kept (%.1f s)%n", amended, seconds(t));
    return amended;
  }

  private Map<ArchiveStatus, Integer> closeSome(
      HealthSession officer, List<Recorded<HealthArchive>> archives, LocalDate asOf, Random random) {
    Map<ArchiveStatus, Integer> closed = new EnumMap<>(ArchiveStatus.class);
    for (int i = 0; i < archives.size(); i++) {
      double r = random.nextDouble();
      Recorded<HealthArchive> current = archives.get(i);
      LocalDate on = asOf.minusDays(random.nextInt(90));
      if (on.isBefore(current.value().openedOn())) {
        continue;
      }
      ArchiveClosure closure;
      if (r < 0.006) {
        closure = ArchiveClosure.death(on, "心脑血管疾病");
      } else if (r < 0.018) {
        closure = ArchiveClosure.transferOut(on, "外区社区卫生服务中心", "电子档案已移交接收机构");
      } else if (r < 0.022) {
        closure = ArchiveClosure.lostToFollowUp(on, "三次入户及电话均未联系上");
      } else {
        continue;
      }
      ArchiveNumber number = current.value().number();
      archives.set(i, officer.archives().close(number, current.version(), closure));
      closed.merge(closure.status(), 1, Integer::sum);
    }
    return closed;
  }

  /**
   * Drafts the year's work summary (工作总结) from the store as the centre's statistician, who may
   * report on aggregates but read no personal row, and writes it in four formats, plus a workbook
   * with the drill-down (every member outside an indicator's numerator, with the reasons).
   */
  private void writeSummary(HealthSession statistician, Map<CommitteeCode, Long> population, Path folder) {
    long t = System.nanoTime();
    WorkSummary summary = SummaryFiles.draft(statistician, UNIT_NAME, CENTRE, InstitutionLevel.CENTRE,
        AreaScope.of(SyntheticCommunity.STREET), ReportingPeriod.year(year), population);
    headlines = SummaryFiles.headlines(summary);
    out.printf("Drafted the work summary (工作总结) from the store (%.1f s); written to:%n", seconds(t));
    List<Path> files = new ArrayList<>(SummaryFiles.write(summary, List.of("html", "docx", "xlsx", "md"), folder,
        "work-summary"));
    files.addAll(SummaryFiles.write(summary.withDrillDown(), List.of("xlsx"), folder, "work-summary-drill-down"));
    for (Path file : files) {
      out.println("  " + file.toAbsolutePath());
    }
  }

  private void printHeadlines(LocalDate asOf) {
    out.println();
    out.printf("Headline indicators (主要指标) of street %s, %d (as of %s)%n", SyntheticCommunity.STREET, year, asOf);
    out.println("-".repeat(78));
    for (SummaryFiles.Headline h : headlines) {
      row(h.label(), h.figure());
    }
    out.println("-".repeat(78));
    out.println("Recorded: " + recorded.entrySet().stream().map(e -> String.format("%,d %s", e.getValue(), e.getKey()))
        .collect(Collectors.joining(", ")) + ".");
  }

  private void row(String label, String value) {
    out.println(label + " ".repeat(Math.max(1, 78 - DisplayWidth.of(label) - value.length())) + value);
  }

  /** Prints the line of a finished step (its bar, if one was drawn, is cleared by then). */
  static void stepDone(PrintStream out, String step, String detail) {
    out.printf("%-22s %s%n", step, detail);
  }

  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void emptyFolder(Path folder) {
    try {
      if (Files.exists(folder)) {
        try (Stream<Path> files = Files.walk(folder)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
