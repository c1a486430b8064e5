package io.github.weisheng.reporting;

import io.github.weisheng.HealthSession;
import io.github.weisheng.Recorded;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.resident.ResidentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The health-archive indicators of a catchment on a date (domain reference §1.4), computed from the
 * records in one principal's scopes:
 *
 * <ul>
 *   <li>健康档案建档率 = residents of the resident population (常住, ≥ half a year) with an active
 *       archive ÷ the resident population (辖区常住居民数) [C];
 *   <li>电子健康档案建档率 = the same with an electronic archive ÷ the resident population [C];
 *   <li>健康档案使用率 = archives with a dynamic record (有动态记录) ÷ archives, the denominator per
 *       {@link UsageDenominator} (the sources disagree), "dynamic" per the session's {@link
 *       io.github.weisheng.archive.DynamicArchivePolicy} (a 12-month window by default [U]).
 * </ul>
 *
 * <p>The resident population is host-supplied: the registry knows the residents who have archives,
 * not the whole population, which comes from the statistics the centre is given.
 *
 * @since 0.1.0
 */
public final class ArchiveFigures {
  private final LocalDate asOf;
  private final Rate archiveRate;
  private final Rate electronicArchiveRate;
  private final Rate useRate;
  private final List<ArchiveUse> uses;

  private ArchiveFigures(LocalDate asOf, Rate archiveRate, Rate electronicArchiveRate, Rate useRate, List<ArchiveUse> uses) {
    this.asOf = asOf;
    this.archiveRate = archiveRate;
    this.electronicArchiveRate = electronicArchiveRate;
    this.useRate = useRate;
    this.uses = uses;
  }

  /**
   * Computes the figures for the session's scopes. Archives opened after {@code asOf}, or closed
   * on or before it, are left out; so are residents not living in the catchment half a year.
   *
   * @param session the principal's session (needs search on archives and residents)
   * @param asOf the as-of date
   * @param residentPopulation the resident population of the scopes (辖区常住居民数)
   * @param denominator which archives 使用率 is about
   * @return the figures
   */
  public static ArchiveFigures compute(
      HealthSession session, LocalDate asOf, long residentPopulation, UsageDenominator denominator) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(denominator, "denominator");
    if (residentPopulation < 0) {
      throw new IllegalArgumentException("residentPopulation must not be negative");
    }
    Set<ResidentId> population = new HashSet<>();
    try (Stream<Recorded<Resident>> residents = session.residents().inScope()) {
      residents.map(Recorded::value).filter(Resident::livesHalfYearOrMore).forEach(r -> population.add(r.id()));
    }
    long archived = 0;
    long electronic = 0;
    List<ArchiveUse> uses = new ArrayList<>();
    try (Stream<Recorded<HealthArchive>> archives = session.archives().inScope()) {
      for (HealthArchive archive : (Iterable<HealthArchive>) archives.map(Recorded::value)::iterator) {
        boolean activeOnDate = !archive.openedOn().isAfter(asOf)
            && archive.closure().map(c -> c.on().isAfter(asOf)).orElse(true);
        if (!activeOnDate) {
          continue;
        }
        if (population.contains(archive.resident())) {
          archived++;
          if (archive.electronic()) {
            electronic++;
          }
        }
        if (denominator == UsageDenominator.ALL_ARCHIVES || archive.electronic()) {
          uses.add(ArchiveUse.of(archive.number(), session.archives().latestCountingService(archive.number(), asOf)));
        }
      }
    }
    long dynamic = uses.stream().filter(ArchiveUse::counted).count();
    return new ArchiveFigures(asOf, Rate.of(archived, residentPopulation), Rate.of(electronic, residentPopulation),
        Rate.of(dynamic, uses.size()), List.copyOf(uses));
  }

  /** @return the as-of date */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return 健康档案建档率 */
  public Rate archiveRate() {
    return archiveRate;
  }

  /** @return 电子健康档案建档率 */
  public Rate electronicArchiveRate() {
    return electronicArchiveRate;
  }

  /** @return 健康档案使用率 */
  public Rate useRate() {
    return useRate;
  }

  /** @return the archives of the 使用率 denominator, each with why it counts or not */
  public List<ArchiveUse> uses() {
    return uses;
  }
}
