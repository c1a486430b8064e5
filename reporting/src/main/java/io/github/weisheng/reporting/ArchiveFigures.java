package io.github.weisheng.reporting;

import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.resident.Household;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The health-archive indicators of a catchment for a period (domain reference §1.4), computed from
 * the records in one principal's scopes, as of the period's last day:
 *
 * <ul>
 *   <li>{@link #ARCHIVE_RATE 健康档案建档率} = residents of the resident population (常住, ≥ half a
 *       year) with an active archive ÷ the resident population (辖区常住居民数) [C];
 *   <li>{@link #ELECTRONIC_ARCHIVE_RATE 电子健康档案建档率} = the same with an electronic archive ÷ the
 *       resident population [C];
 *   <li>{@link #USE_RATE 健康档案使用率} = archives with a dynamic record (有动态记录) ÷ archives, the
 *       denominator per {@link UsageDenominator} (the sources disagree), "dynamic" per the session's
 *       {@link io.github.weisheng.archive.DynamicArchivePolicy} (a 12-month window by default [U]).
 * </ul>
 *
 * <p>The resident population is host-supplied per committee: the registry knows the residents who
 * have archives, not the whole population, which comes from the statistics the centre is given.
 *
 * <p>Beside the rates, {@link #households()} counts the households (户) the archives cover, as the
 * seed's summaries state them next to the persons ("全年管理健康档案3354户，8136人"; domain reference
 * README, "What a work summary states"): the registry's households with, on the period's last day,
 * at least one member counted in 健康档案建档率.
 *
 * @since 0.1.0
 */
public final class ArchiveFigures {

  /** 健康档案建档率. */
  public static final IndicatorDefinition ARCHIVE_RATE = new IndicatorDefinition("archive.rate", "健康档案建档率",
      "health archive rate", "建立健康档案的常住居民数", "辖区常住居民数", Counting.PERSONS,
      "archives-chronic-populations.md §1.4 [C]");

  /** 电子健康档案建档率. */
  public static final IndicatorDefinition ELECTRONIC_ARCHIVE_RATE = new IndicatorDefinition(
      "archive.electronic-rate", "电子健康档案建档率", "electronic health archive rate", "建立电子健康档案的常住居民数",
      "辖区常住居民数", Counting.PERSONS, "archives-chronic-populations.md §1.4 [C]");

  /** 健康档案使用率 (which archives form the denominator is {@link UsageDenominator}). */
  public static final IndicatorDefinition USE_RATE = new IndicatorDefinition("archive.use-rate", "健康档案使用率",
      "health archive use rate", "有动态记录的档案份数", "档案总份数", Counting.RECORDS,
      "archives-chronic-populations.md §1.4 [C]; the denominator and the window are options ([U])");

  /** The rule of an archive with no counted service in the window. */
  public static final String NO_SERVICE_IN_WINDOW = "archive.use.noServiceInWindow";

  private final IndicatorResult archiveRate;
  private final IndicatorResult electronicArchiveRate;
  private final IndicatorResult useRate;
  private final long households;

  private ArchiveFigures(IndicatorResult archiveRate, IndicatorResult electronicArchiveRate, IndicatorResult useRate,
      long households) {
    this.archiveRate = archiveRate;
    this.electronicArchiveRate = electronicArchiveRate;
    this.useRate = useRate;
    this.households = households;
  }

  /**
   * Computes the figures for the session's scopes as of the period's last day. Archives opened
   * after it, or closed on or before it, are left out; so are residents not living in the catchment
   * half a year.
   *
   * @param session the principal's session (needs search on archives, residents and households)
   * @param period the period
   * @param population the resident population of each committee (辖区常住居民数), host-supplied
   * @param denominator which archives 使用率 is about
   * @return the figures
   * @throws IllegalArgumentException when a committee has more archived residents than population
   */
  public static ArchiveFigures compute(
      HealthSession session, ReportingPeriod period, Map<CommitteeCode, Long> population,
      UsageDenominator denominator) {
    Objects.requireNonNull(population, "population");
    Set<ResidentId> archivedResidents = new HashSet<>();
    List<List<IndicatorMember>> m = members(session, period, denominator, archivedResidents);
    return new ArchiveFigures(
        IndicatorResult.ofPopulation(ARCHIVE_RATE, period, m.get(0), population),
        IndicatorResult.ofPopulation(ELECTRONIC_ARCHIVE_RATE, period, m.get(1), population),
        IndicatorResult.ofMembers(USE_RATE, period, m.get(2)),
        households(session, period.end(), archivedResidents));
  }

  /** The households with, on the day, a member among the archived residents (one audited search). */
  private static long households(HealthSession session, LocalDate asOf, Set<ResidentId> archivedResidents) {
    if (archivedResidents.isEmpty()) {
      return 0;
    }
    try (Stream<Recorded<Household>> households = session.households().inScope()) {
      return households.map(Recorded::value)
          .filter(h -> h.membersOn(asOf).stream().anyMatch(archivedResidents::contains))
          .count();
    }
  }

  /**
   * Computes 健康档案使用率 alone, which needs no population (for a period whose population is not known).
   */
  static IndicatorResult useRate(HealthSession session, ReportingPeriod period, UsageDenominator denominator) {
    return IndicatorResult.ofMembers(USE_RATE, period, members(session, period, denominator, new HashSet<>()).get(2));
  }

  /** The members of the archived, the electronic and the use rate; the archived residents go into the set. */
  private static List<List<IndicatorMember>> members(
      HealthSession session, ReportingPeriod period, UsageDenominator denominator, Set<ResidentId> archivedResidents) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(denominator, "denominator");
    LocalDate asOf = period.end();
    Set<ResidentId> living = new HashSet<>();
    try (Stream<Recorded<Resident>> residents = session.residents().inScope()) {
      residents.map(Recorded::value).filter(Resident::livesHalfYearOrMore).forEach(r -> living.add(r.id()));
    }
    List<IndicatorMember> archived = new ArrayList<>();
    List<IndicatorMember> electronic = new ArrayList<>();
    List<IndicatorMember> uses = new ArrayList<>();
    int windowMonths = (int) session.archives().dynamicPolicy().window().toTotalMonths();
    // One audited search for the latest service of every archive, not one audited read per archive.
    Map<ArchiveNumber, LocalDate> dynamic = session.archives().latestCountingServices(asOf);
    try (Stream<Recorded<HealthArchive>> archives = session.archives().inScope()) {
      for (HealthArchive archive : (Iterable<HealthArchive>) archives.map(Recorded::value)::iterator) {
        boolean activeOnDate = !archive.openedOn().isAfter(asOf)
            && archive.closure().map(c -> c.on().isAfter(asOf)).orElse(true);
        if (!activeOnDate) {
          continue;
        }
        String ref = archive.number().value();
        CommitteeCode committee = archive.number().committee();
        if (living.contains(archive.resident())) {
          archived.add(IndicatorMember.counted(ref, committee));
          archivedResidents.add(archive.resident());
          if (archive.electronic()) {
            electronic.add(IndicatorMember.counted(ref, committee));
          }
        }
        if (denominator == UsageDenominator.ALL_ARCHIVES || archive.electronic()) {
          uses.add(dynamic.containsKey(archive.number())
              ? IndicatorMember.counted(ref, committee)
              : IndicatorMember.notCounted(ref, committee,
                  List.of(AppliedRule.of(NO_SERVICE_IN_WINDOW, windowMonths, asOf))));
        }
      }
    }
    return List.of(archived, electronic, uses);
  }

  /** @return 健康档案建档率, with the archived residents behind it */
  public IndicatorResult archiveRate() {
    return archiveRate;
  }

  /** @return 电子健康档案建档率 */
  public IndicatorResult electronicArchiveRate() {
    return electronicArchiveRate;
  }

  /** @return 健康档案使用率, with every archive of the denominator and why it counts or not */
  public IndicatorResult useRate() {
    return useRate;
  }

  /**
   * Returns the households (户) the archives cover: those with, on the period's last day, at least
   * one member counted in {@link #archiveRate()} (a household whose members all lack an archive, or
   * all left, is not counted; neither is a resident in no household). Households are counted, never
   * persons: the persons are {@link #archiveRate()}'s numerator.
   *
   * @return the households, 0 when the registry records none
   */
  public long households() {
    return households;
  }
}
