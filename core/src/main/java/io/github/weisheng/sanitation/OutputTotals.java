package io.github.weisheng.sanitation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * The totals of a set of activities (工作量合计): per output kind and unit, and per participant kind,
 * each with the activities behind it — the figures a work summary's sanitation section states (清理卫生
 * 死角20余处, 清运垃圾10吨 …; ../shared/domain/README.md). Totals are exact; rounding for prose (余,
 * 近) is the report's business.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutputTotals.class)
@JsonDeserialize(as = ImmutableOutputTotals.class)
public abstract class OutputTotals {
  OutputTotals() {}

  /** @return the activities counted, in id order */
  public abstract List<ActivityId> activities();

  /** @return the totals, by kind code, then unit in the kind's order (the usual unit first) */
  public abstract List<OutputTotal> totals();

  /** @return the participants by kind (persons or units, summed over the activities) */
  public abstract Map<ParticipantKind, Long> participants();

  /**
   * Totals a set of activities.
   *
   * @param activities the activities, each counted once (by id)
   * @return the totals
   */
  public static OutputTotals of(Collection<Activity> activities) {
    Objects.requireNonNull(activities, "activities");
    Map<ActivityId, Activity> byId = new TreeMap<>();
    activities.forEach(a -> byId.put(a.id(), a));
    Map<String, BigDecimal> amounts = new TreeMap<>();
    Map<String, TreeSet<ActivityId>> behind = new TreeMap<>();
    Map<String, Output> sample = new TreeMap<>();
    Map<ParticipantKind, Long> people = new EnumMap<>(ParticipantKind.class);
    for (Activity a : byId.values()) {
      for (Output o : a.outputs()) {
        String key = o.kind().code() + "\u0000" + o.unit().ordinal();
        amounts.merge(key, o.amount(), BigDecimal::add);
        behind.computeIfAbsent(key, k -> new TreeSet<>()).add(a.id());
        sample.putIfAbsent(key, o);
      }
      a.participants().forEach((kind, n) -> people.merge(kind, (long) n, Long::sum));
    }
    List<OutputTotal> totals = new ArrayList<>();
    amounts.forEach((key, amount) -> totals.add(OutputTotal.of(sample.get(key).kind(), sample.get(key).unit(), amount,
        List.copyOf(behind.get(key)))));
    totals.sort(Comparator.comparing((OutputTotal t) -> t.kind().code())
        .thenComparingInt(t -> t.kind().units().indexOf(t.unit()))
        .thenComparing(OutputTotal::unit));
    return ImmutableOutputTotals.builder().addAllActivities(byId.keySet()).addAllTotals(totals)
        .putAllParticipants(people).build();
  }

  /**
   * Totals the activities that pass a filter.
   *
   * @param activities the activities
   * @param filter which to count
   * @return the totals
   */
  public static OutputTotals of(Collection<Activity> activities, Predicate<Activity> filter) {
    Objects.requireNonNull(filter, "filter");
    return of(activities.stream().filter(filter).toList());
  }

  /**
   * Totals the activities of a campaign.
   *
   * @param campaign the campaign
   * @param activities the activities to choose from
   * @return the totals
   */
  public static OutputTotals ofCampaign(CampaignId campaign, Collection<Activity> activities) {
    Objects.requireNonNull(campaign, "campaign");
    return of(activities, a -> a.campaign().filter(campaign::equals).isPresent());
  }

  /**
   * Totals the activities held in an area (the scope and every scope inside it) in a period.
   *
   * @param scope the area
   * @param from the first day
   * @param to the last day, inclusive
   * @param activities the activities to choose from
   * @return the totals
   */
  public static OutputTotals ofArea(AreaScope scope, LocalDate from, LocalDate to, Collection<Activity> activities) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return of(activities, a -> scope.covers(a.scope()) && !a.heldOn().isBefore(from) && !a.heldOn().isAfter(to));
  }

  /**
   * Returns the total of a kind in a unit.
   *
   * @param kind the kind
   * @param unit the unit
   * @return the total, or empty when no activity produced it
   */
  public Optional<OutputTotal> total(OutputKind kind, OutputUnit unit) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unit, "unit");
    return totals().stream().filter(t -> t.kind().code().equals(kind.code()) && t.unit() == unit).findFirst();
  }

  /**
   * Returns the amount of a kind in a unit, zero when none.
   *
   * @param kind the kind
   * @param unit the unit
   * @return the amount
   */
  public BigDecimal amount(OutputKind kind, OutputUnit unit) {
    return total(kind, unit).map(OutputTotal::amount).orElse(BigDecimal.ZERO);
  }

  /** @return the number of activities counted */
  @JsonIgnore
  public int activityCount() {
    return activities().size();
  }
}
