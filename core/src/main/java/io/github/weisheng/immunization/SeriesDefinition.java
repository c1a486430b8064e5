package io.github.weisheng.immunization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.resident.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One series (免疫程序中的一种疫苗) of the schedule for the children it applies to, §1 table: its
 * doses, the group it belongs to (the disease target forecast once per child: {@code HepB},
 * {@code polio}, {@code DTP}, {@code JE} …), its edition (in force from {@code effectiveFrom} to
 * {@code effectiveUntil}), the children it covers (birth cohort, sex, special situations) and the
 * age from which no more doses are given ({@code maximumAge}: catch-up covers people under 18 [S]
 * TP-N, unless the series says otherwise).
 *
 * <p>Several series in force for one group are <em>alternatives</em> (JE-L or JE-I; HepA-L, HepA-I or
 * the mixed 1 HepA-I + 1 HepA-L path, §1 "HepA"): a child completes the group by completing any one.
 * A group's series in different editions share a {@link #path()} (the 2021 and 2025 DTaP series are
 * both path {@code DTP}): each dose is judged by the edition in force on the day it was given and the
 * next dose by the edition in force on the assessment date — the 2025 DTaP transition (§1 "Changes",
 * transition [U]: "give the remaining doses at the new ages") follows from the effective dates alone.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSeriesDefinition.class)
@JsonDeserialize(as = ImmutableSeriesDefinition.class)
public abstract class SeriesDefinition {
  SeriesDefinition() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the unique id, for example {@code DTP-2025} */
  public abstract String id();

  /** @return the group forecast once per child, for example {@code DTP} */
  public abstract String group();

  /** @return the path shared by the editions of one series, for example {@code DTP} or {@code JE-L} */
  public abstract String path();

  /** @return the Chinese name, for example {@code 百白破疫苗} */
  public abstract String name();

  /** @return the source and its tag, for example {@code §1 table [KB21, TP-V]} */
  public abstract String source();

  /** @return the doses, numbered 1, 2, … in order */
  public abstract List<DoseDefinition> doses();

  /** @return the first day the series is in force */
  public abstract LocalDate effectiveFrom();

  /** @return the last day the series is in force, if it was replaced */
  public abstract Optional<LocalDate> effectiveUntil();

  /** @return the first birth date covered, for example HPV: 2011-11-10 */
  public abstract Optional<LocalDate> bornFrom();

  /** @return the last birth date covered */
  public abstract Optional<LocalDate> bornUntil();

  /** @return the sex covered, for example HPV: female; empty for every child */
  public abstract Optional<Sex> sex();

  /** @return situations that must all hold for the series to apply */
  public abstract Set<Situation> appliesWhen();

  /** @return situations any one of which excludes the series */
  public abstract Set<Situation> exceptWhen();

  /** @return the age from which no more doses are given (aged out) */
  public abstract ProgrammeAge maximumAge();

  /** @return minimum intervals from doses of other groups */
  public abstract List<SeriesInterval> intervalsAfter();

  /** @return the vaccine-specific catch-up rule, if any */
  public abstract Optional<CatchUpRule> catchUp();

  /**
   * Tells whether the series is in force on a date.
   *
   * @param date the date
   * @return true within the effective period
   */
  public boolean isInForce(LocalDate date) {
    return !date.isBefore(effectiveFrom()) && effectiveUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  /**
   * Tells whether the series covers a child.
   *
   * @param birthDate the date of birth
   * @param childSex the sex
   * @param situations the child's situations
   * @return true when birth cohort, sex and situations match
   */
  public boolean covers(LocalDate birthDate, Sex childSex, Set<Situation> situations) {
    return bornFrom().map(f -> !birthDate.isBefore(f)).orElse(true)
        && bornUntil().map(u -> !birthDate.isAfter(u)).orElse(true)
        && sex().map(s -> s == childSex).orElse(true)
        && situations.containsAll(appliesWhen())
        && appliesWhenNoneOf(situations);
  }

  private boolean appliesWhenNoneOf(Set<Situation> situations) {
    for (Situation s : exceptWhen()) {
      if (situations.contains(s)) {
        return false;
      }
    }
    return true;
  }

  /** @return the number of doses that completes the series */
  public int doseCount() {
    return doses().size();
  }

  @Value.Check
  void check() {
    if (id().isBlank() || group().isBlank() || path().isBlank()) {
      throw new IllegalArgumentException("id, group and path must not be blank / 编号、组和路径不能为空");
    }
    if (doses().isEmpty()) {
      throw new IllegalArgumentException("a series needs doses / 程序至少有一剂");
    }
    for (int i = 0; i < doses().size(); i++) {
      if (doses().get(i).number() != i + 1) {
        throw new IllegalArgumentException("doses must be numbered 1, 2, ... / 剂次须依次编号");
      }
    }
    if (effectiveUntil().isPresent() && effectiveUntil().get().isBefore(effectiveFrom())) {
      throw new IllegalArgumentException("effectiveUntil before effectiveFrom / 失效日期早于生效日期");
    }
  }

  /** Builds {@link SeriesDefinition}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableSeriesDefinition.Builder {
    Builder() {}
  }
}
