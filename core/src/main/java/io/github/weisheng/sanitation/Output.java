package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A measured output of an activity (工作量): an amount of a {@link OutputKind} in one of its units,
 * for example 10 吨 of garbage removed or 200 袋 of rodenticide placed. Work summaries report these
 * as typed counters with units (immunization-sanitation-education-standards-privacy.md §3 [SUM]).
 *
 * <p>Rules, each naming the field and never the amount:
 *
 * <ul>
 *   <li>{@code amount}: {@code output.amount.negative} — not below zero; {@code
 *       output.amount.whole} — a whole number in a unit of things (张, 处, 户 …); {@code
 *       output.amount.scale} — at most three decimals;
 *   <li>{@code unit}: {@code output.unit.mismatch} — the unit must be one of the kind's (a bag count
 *       of garbage is refused, naming the kind and its units).
 * </ul>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutput.class)
@JsonDeserialize(as = ImmutableOutput.class)
public abstract class Output {
  /** The most decimals of an amount. */
  public static final int MAX_SCALE = 3;

  Output() {}

  /** @return the kind */
  @Value.Parameter
  public abstract OutputKind kind();

  /** @return the amount, in {@link #unit()} */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** @return the unit, one of the kind's */
  @Value.Parameter
  public abstract OutputUnit unit();

  /**
   * Returns an output.
   *
   * @param kind the kind
   * @param amount the amount
   * @param unit the unit
   * @return the output
   * @throws io.github.weisheng.validation.RuleViolationException when a rule above is broken
   */
  public static Output of(OutputKind kind, BigDecimal amount, OutputUnit unit) {
    return ImmutableOutput.of(kind, amount, unit);
  }

  /**
   * Returns an output in the kind's usual unit.
   *
   * @param kind the kind
   * @param amount the amount, for example {@code "10"} or {@code "2.5"}
   * @return the output
   */
  public static Output of(OutputKind kind, String amount) {
    Objects.requireNonNull(amount, "amount");
    return of(kind, new BigDecimal(amount), kind.defaultUnit());
  }

  /**
   * Returns a count in the kind's usual unit.
   *
   * @param kind the kind
   * @param count the count
   * @return the output
   */
  public static Output of(OutputKind kind, long count) {
    return of(kind, BigDecimal.valueOf(count), kind.defaultUnit());
  }

  @Value.Check
  Output check() {
    Violations v = new Violations();
    BigDecimal normal = Decimals.normalise(amount());
    v.require(amount().signum() >= 0, "amount", "output.amount.negative");
    v.require(!unit().wholeNumbers() || normal.scale() == 0, "amount", "output.amount.whole",
        unit().chineseSymbol(), unit().englishSymbol());
    v.require(unit().wholeNumbers() || normal.scale() <= MAX_SCALE, "amount", "output.amount.scale", MAX_SCALE);
    v.require(kind().units().contains(unit()), "unit", "output.unit.mismatch", unit().chineseSymbol(),
        unit().englishSymbol(), kind().chineseName(), kind().englishName(),
        kind().units().stream().map(OutputUnit::chineseSymbol).collect(Collectors.joining("/")),
        kind().units().stream().map(OutputUnit::englishSymbol).collect(Collectors.joining("/")));
    v.throwIfAny();
    return normal.equals(amount()) ? this : ((ImmutableOutput) this).withAmount(normal);
  }
}
