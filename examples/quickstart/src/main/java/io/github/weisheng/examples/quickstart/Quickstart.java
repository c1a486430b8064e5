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
import io.github.weisheng.reporting.ArchiveFigures;
import io.github.weisheng.reporting.ReportingPeriod;
import io.github.weisheng.reporting.WorkSummary;
import io.github.weisheng.reporting.office.DocxRenderer;
import io.github.weisheng.reporting.office.XlsxRenderer;
import io.github.weisheng.reporting.render.ReportRenderers;
import io.github.weisheng.reporting.UsageDenominator;
import io.github.weisheng.resident.Household;
import io.github.weisheng.resident.RelationToHead;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.spi.access.Principal;
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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * The quickstart: generates a deterministic synthetic community, records a year of its health
 * archives through Weisheng's public API into the embedded H2 file store, prints the archive
 * figures a centre reports (建档率, 电子建档率, 健康档案使用率) with the time each step took, and writes
 * the year's work summary (工作总结) as HTML, Word, Excel and Markdown.
 */
@Command(
    name = "weisheng-quickstart",
    mixinStandardHelpOptions = true,
    version = "Weisheng quickstart 0.1.0",
    description = "Records a synthetic community's health archives into an H2 file store, prints the figures and writes the work summary.")
public final class Quickstart implements Callable<Integer> {
  private static final OrgUnitId CENTRE = OrgUnitId.of("chaoyang-centre");

  @Option(names = "--residents", defaultValue = "2000", description = "number of residents (default ${DEFAULT-VALUE})")
  int residents;

  @Option(names = "--year", defaultValue = "2025", description = "the year simulated; figures as of 31 December (default ${DEFAULT-VALUE})")
  int year;

  @Option(names = "--seed", defaultValue = "2026", description = "random seed; the same seed gives the same community (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--data", defaultValue = "weisheng-quickstart-data", description = "folder of the H2 store; emptied first (default ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--out", defaultValue = "weisheng-quickstart-output", description = "folder the work summary is written to (default ${DEFAULT-VALUE})")
  Path output;

  private final PrintStream out = System.out;

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
    Clock clock = Clock.fixed(asOf.atTime(18, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
    emptyFolder(data);
    out.printf("Weisheng quickstart: %,d residents, year %d, seed %d, store %s%n", residents, year, seed,
        data.toAbsolutePath().resolve("weisheng.mv.db"));

    long t0 = System.nanoTime();
    SyntheticCommunity community = SyntheticCommunity.generate(residents, seed, asOf);
    out.printf("Generated %,d residents in %,d households (%.1f s)%n", community.people().size(), community.households(),
        seconds(t0));

    try (JdbcRecordStore store = JdbcRecordStore.openH2File(data)) {
      CommunityHealth health = CommunityHealth.builder()
          .store(store)
          .accessPolicy(DefaultAccessPolicy.defaults())
          .clock(clock)
          .build();
      HealthSession officer = health.as(Principal.of(
          "gw-chen", Set.of("public-health-officer"), Set.of(SyntheticCommunity.STREET.value())));
      Random random = new Random(seed ^ 0x5eed);
      registerHouseholds(officer, community, asOf, random);
      List<Recorded<HealthArchive>> archives = openArchives(officer, community, asOf, random);
      int services = recordServices(officer, archives, community, asOf, random);
      int amended = amendForms(officer, archives, random);
      Map<ArchiveStatus, Integer> closed = closeSome(officer, archives, asOf, random);
      printFigures(officer, community, archives, asOf, services, amended, closed);
      writeSummary(officer, community);
    }
    out.printf("Done in %.1f s. The store stays in %s; run again to start afresh.%n", seconds(t0), data.toAbsolutePath());
    return 0;
  }

  private int registerHouseholds(HealthSession officer, SyntheticCommunity community, LocalDate asOf, Random random) {
    long t = System.nanoTime();
    Map<Integer, List<Resident>> byHousehold = new java.util.TreeMap<>();
    community.people().forEach(p -> byHousehold.computeIfAbsent(p.household(), h -> new ArrayList<>()).add(p.resident()));
    Progress progress = new Progress(out, "Registering households", byHousehold.size());
    int done = 0;
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
      progress.update(++done);
    }
    progress.done(String.format("%,d households (%.1f s)", byHousehold.size(), seconds(t)));
    return byHousehold.size();
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
    Progress progress = new Progress(out, "Opening archives", toArchive.size());
    List<Recorded<HealthArchive>> opened = new ArrayList<>(toArchive.size());
    for (Person person : toArchive) {
      Resident resident = person.resident();
      LocalDate earliest = resident.birthDate().plusDays(7);
      LocalDate openedOn = asOf.minusDays(random.nextInt(3 * 365));
      if (openedOn.isBefore(earliest)) {
        openedOn = earliest.isAfter(asOf) ? asOf : earliest;
      }
      opened.add(officer.archives().open(NewArchive.builder()
          .resident(resident)
          .openedOn(openedOn)
          .institution(CENTRE)
          .team(OrgUnitId.of("team-" + (1 + resident.committee().committeeNumber() % 3)))
          .electronic(person.electronic())
          .build()));
      progress.update(opened.size());
    }
    progress.done(String.format("%,d archives (%.1f s)", opened.size(), seconds(t)));
    return opened;
  }

  private int recordServices(HealthSession officer, List<Recorded<HealthArchive>> archives,
      SyntheticCommunity community, LocalDate asOf, Random random) {
    long t = System.nanoTime();
    Map<String, Resident> residentsById = new java.util.HashMap<>();
    community.people().forEach(p -> residentsById.put(p.resident().id().value(), p.resident()));
    Progress progress = new Progress(out, "Recording services", archives.size());
    int count = 0;
    int done = 0;
    for (Recorded<HealthArchive> recorded : archives) {
      HealthArchive archive = recorded.value();
      int age = residentsById.get(archive.resident().value()).ageOn(asOf);
      List<ServiceRecord> services = new ArrayList<>();
      if (age >= 65 && random.nextDouble() < 0.72) {
        services.add(service(archive, ServiceType.HEALTH_CHECK, asOf, random));
      }
      if (age >= 35 && random.nextDouble() < 0.22) {
        for (int quarter = 0; quarter < 4; quarter++) {
          LocalDate date = asOf.withDayOfYear(1).plusMonths(quarter * 3L + 1).plusDays(random.nextInt(28));
          if (!date.isBefore(archive.openedOn())) {
            services.add(ServiceRecord.of(archive.number(), date, ServiceType.FOLLOW_UP, CENTRE));
          }
        }
      }
      if (age < 7 && random.nextDouble() < 0.85) {
        services.add(service(archive, ServiceType.CHILD_HEALTH, asOf, random));
      }
      if (random.nextDouble() < 0.25) {
        services.add(service(archive, ServiceType.CONSULTATION, asOf, random));
      }
      for (ServiceRecord s : services) {
        officer.archives().recordService(s);
        count++;
      }
      progress.update(++done);
    }
    progress.done(String.format("%,d service records (%.1f s)", count, seconds(t)));
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

  private void printFigures(HealthSession officer, SyntheticCommunity community, List<Recorded<HealthArchive>> archives,
      LocalDate asOf, int services, int amended, Map<ArchiveStatus, Integer> closed) {
    long t = System.nanoTime();
    // the resident population is host-supplied: here, the synthetic residents living ≥ half a year
    Map<CommitteeCode, Long> perCommittee = population(community);
    long population = perCommittee.values().stream().mapToLong(Long::longValue).sum();
    ArchiveFigures figures = ArchiveFigures.compute(
        officer, ReportingPeriod.year(asOf.getYear()), perCommittee, UsageDenominator.ALL_ARCHIVES);
    out.printf("Computed the archive figures from the store (%.1f s)%n", seconds(t));
    long active = archives.stream().filter(a -> a.value().isActive()).count();

    out.println();
    out.printf("Archive figures for street %s, as of %s%n", SyntheticCommunity.STREET, asOf);
    out.println("-".repeat(78));
    row("常住居民 resident population (≥ half a year)", String.format("%,d", population));
    row("建档率 archive rate", figures.archiveRate().rate().toString());
    row("电子健康档案建档率 electronic archive rate", figures.electronicArchiveRate().rate().toString());
    row("健康档案使用率 archive use rate", figures.useRate().rate().toString());
    row("archives opened / active at year end", String.format("%,d / %,d", archives.size(), active));
    for (Map.Entry<ArchiveStatus, Integer> e : closed.entrySet()) {
      row("  closed: " + e.getKey().chineseName() + " " + e.getKey(), String.format("%,d", e.getValue()));
    }
    row("service records / form amendments", String.format("%,d / %,d", services, amended));
    out.println("-".repeat(78));
    out.println("使用率 = archives with a service record in the 12 months to the as-of date ÷ archives active");
    out.println("on that date; the window is a documented default (DynamicArchivePolicy), not an official figure.");
  }

  /** The resident population per committee, host-supplied: here, the synthetic residents living ≥ half a year. */
  private static Map<CommitteeCode, Long> population(SyntheticCommunity community) {
    return community.people().stream()
        .map(Person::resident)
        .filter(Resident::livesHalfYearOrMore)
        .collect(Collectors.groupingBy(Resident::committee, TreeMap::new, Collectors.counting()));
  }

  /** Drafts the year's work summary (工作总结) from the store and writes it in four formats. */
  private void writeSummary(HealthSession officer, SyntheticCommunity community) {
    long t = System.nanoTime();
    WorkSummary summary = WorkSummary.builder()
        .session(officer)
        .unit("朝阳区示例街道社区卫生服务中心", CENTRE, InstitutionLevel.CENTRE)
        .area(AreaScope.of(SyntheticCommunity.STREET))
        .period(ReportingPeriod.year(year))
        .population(population(community))
        .build();
    ReportRenderers renderers = ReportRenderers.builtIn().with(new DocxRenderer()).with(new XlsxRenderer());
    out.printf("Drafted the work summary (工作总结) from the store (%.1f s); written to:%n", seconds(t));
    for (String format : List.of("html", "docx", "xlsx", "markdown")) {
      try {
        out.println("  " + renderers.write(summary.document(), format, output, "work-summary").toAbsolutePath());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void row(String label, String value) {
    out.println(label + " ".repeat(Math.max(1, 78 - displayWidth(label) - value.length())) + value);
  }

  /** Console columns of a text: Chinese characters take two. */
  private static int displayWidth(String text) {
    return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 2 : 1).sum();
  }

  private static double seconds(long since) {
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
