package io.github.weisheng.reporting;

import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.HealthCentre;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.org.ServiceNetwork;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An indicator computed for a period: the rate, the members behind numerator and denominator with
 * the reasons of those not counted, and the same rate for each org unit below, which add up to the
 * whole (the numerators and the denominators of the units sum to the parent's).
 *
 * <p>Two kinds of denominator: the members themselves (规范管理率 = managed to standard ÷ patients
 * under management), or a population the host supplies per committee because the records cannot
 * know it (建档率 = residents with an archive ÷ 辖区常住居民数; 基层管理率's estimated patients).
 *
 * @since 0.1.0
 */
public final class IndicatorResult {
  private final IndicatorDefinition definition;
  private final ReportingPeriod period;
  private final List<IndicatorMember> members;
  private final Optional<Map<CommitteeCode, Long>> population;

  private IndicatorResult(
      IndicatorDefinition definition, ReportingPeriod period, List<IndicatorMember> members,
      Optional<Map<CommitteeCode, Long>> population) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.period = Objects.requireNonNull(period, "period");
    this.members = List.copyOf(members);
    this.population = population;
  }

  /**
   * Returns a result whose denominator is its members.
   *
   * @param definition the indicator
   * @param period the period
   * @param members every member of the denominator
   * @return the result
   */
  public static IndicatorResult ofMembers(
      IndicatorDefinition definition, ReportingPeriod period, List<IndicatorMember> members) {
    return new IndicatorResult(definition, period, members, Optional.empty());
  }

  /**
   * Returns a result whose denominator is a population the host supplies per committee.
   *
   * @param definition the indicator
   * @param period the period
   * @param members the members the records know (those counted make the numerator)
   * @param population the denominator of each committee, 0 or more; every member's committee must
   *     have one
   * @return the result
   * @throws IllegalArgumentException when a count is negative, a member's committee has no
   *     population, or a committee's numerator exceeds its population
   */
  public static IndicatorResult ofPopulation(
      IndicatorDefinition definition, ReportingPeriod period, List<IndicatorMember> members,
      Map<CommitteeCode, Long> population) {
    Map<CommitteeCode, Long> copy = Map.copyOf(population);
    copy.values().forEach(n -> {
      if (n < 0) {
        throw new IllegalArgumentException("population must not be negative / 人口数不能为负");
      }
    });
    IndicatorResult result = new IndicatorResult(definition, period, members, Optional.of(copy));
    for (Map.Entry<String, Rate> unit : result.by(OrgLevel.COMMITTEE).entrySet()) {
      if (unit.getValue().numerator() > unit.getValue().denominator()) {
        throw new IllegalArgumentException(
            "population: a committee's numerator exceeds its population / 分子超过该居委会人口数");
      }
    }
    return result;
  }

  /** @return the indicator */
  public IndicatorDefinition definition() {
    return definition;
  }

  /** @return the period */
  public ReportingPeriod period() {
    return period;
  }

  /** @return the members, as given */
  public List<IndicatorMember> members() {
    return members;
  }

  /** @return the members not counted, each with its reasons */
  public List<IndicatorMember> notCounted() {
    return members.stream().filter(m -> !m.counted()).toList();
  }

  /** @return the rate of the whole */
  public Rate rate() {
    long numerator = members.stream().filter(IndicatorMember::counted).count();
    long denominator = population.map(p -> p.values().stream().mapToLong(Long::longValue).sum())
        .orElse((long) members.size());
    return Rate.of(numerator, denominator);
  }

  /**
   * Returns the rate of each unit at a level, by its code.
   *
   * @param level committee, township or county
   * @return the rates by unit code, in code order
   */
  public Map<String, Rate> by(OrgLevel level) {
    return group(level::unitOf);
  }

  /**
   * Returns the rate of each health centre, over the committees it serves; committees no centre
   * serves are left out.
   *
   * @param network the service network
   * @return the rates by centre id
   */
  public Map<OrgUnitId, Rate> byCentre(ServiceNetwork network) {
    Map<OrgUnitId, Rate> byCentre = new TreeMap<>(java.util.Comparator.comparing(OrgUnitId::value));
    Map<String, Rate> grouped = group(c -> network.centreServing(c).map(HealthCentre::id).map(OrgUnitId::value)
        .orElse(""));
    grouped.forEach((id, rate) -> {
      if (!id.isEmpty()) {
        byCentre.put(OrgUnitId.of(id), rate);
      }
    });
    return byCentre;
  }

  private Map<String, Rate> group(Function<CommitteeCode, String> unit) {
    Map<String, long[]> counts = new TreeMap<>();
    for (IndicatorMember member : members) {
      long[] c = counts.computeIfAbsent(unit.apply(member.committee()), k -> new long[2]);
      c[0] += member.counted() ? 1 : 0;
      c[1] += 1;
    }
    population.ifPresent(p -> {
      counts.values().forEach(c -> c[1] = 0);
      p.forEach((committee, n) -> counts.computeIfAbsent(unit.apply(committee), k -> new long[2])[1] += n);
    });
    Map<String, Rate> rates = new TreeMap<>();
    counts.forEach((key, c) -> rates.put(key, Rate.of(c[0], c[1])));
    return rates;
  }

  /** Shows the indicator, the period and the rate; no member. */
  @Override
  public String toString() {
    return definition.id() + " " + period + ": " + rate();
  }
}
