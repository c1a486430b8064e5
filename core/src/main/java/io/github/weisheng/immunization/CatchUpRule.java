package io.github.weisheng.immunization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The catch-up (补种) rule of a series, §1 "Catch-up by vaccine" [KB21]: a {@link CatchUpKind} and
 * its limits as data (ages, intervals, cohort dates, products), so a host corrects an [U] figure in
 * the schedule resource without a code change. Which named entries each kind reads is documented on
 * the kind.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCatchUpRule.class)
@JsonDeserialize(as = ImmutableCatchUpRule.class)
public abstract class CatchUpRule {
  CatchUpRule() {}

  /** @return a new builder; the kind is required */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the kind of rule */
  public abstract CatchUpKind kind();

  /** @return the source and its tag, for example {@code §1 DTaP/DT [KB21]; 2025 ages [S] TP-DT} */
  public abstract String source();

  /** @return the age from which the rule applies */
  public abstract Optional<ProgrammeAge> fromAge();

  /** @return the age from which the rule gives nothing more */
  public abstract Optional<ProgrammeAge> untilAge();

  /** @return the products the rule gives, preferred first */
  public abstract List<String> products();

  /** @return named intervals, for example {@code afterThird} */
  public abstract Map<String, Period> intervals();

  /** @return named dates, for example the cohort boundary {@code twoMmrFrom} */
  public abstract Map<String, LocalDate> dates();

  /** @return named dose counts, for example {@code primary} */
  public abstract Map<String, Integer> doses();

  /** @return another group the rule looks at, for example {@code MenA} */
  public abstract Optional<String> otherGroup();

  ProgrammeAge requireFromAge() {
    return fromAge().orElseThrow(() -> new IllegalStateException(kind() + " needs fromAge"));
  }

  Period interval(String name) {
    Period p = intervals().get(name);
    if (p == null) {
      throw new IllegalStateException(kind() + " needs intervals." + name);
    }
    return p;
  }

  LocalDate date(String name) {
    LocalDate d = dates().get(name);
    if (d == null) {
      throw new IllegalStateException(kind() + " needs dates." + name);
    }
    return d;
  }

  /** Builds {@link CatchUpRule}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableCatchUpRule.Builder {
    Builder() {}
  }
}
