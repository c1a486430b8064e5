package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The total of one output kind in one unit over a set of activities, with the activities behind it
 * (so that a report's figure can be traced to its records). Amounts in different units of one kind
 * (灭鼠药 袋 and kg) are separate totals: they cannot be added.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutputTotal.class)
@JsonDeserialize(as = ImmutableOutputTotal.class)
public abstract class OutputTotal {
  OutputTotal() {}

  /** @return the kind */
  public abstract OutputKind kind();

  /** @return the unit */
  public abstract OutputUnit unit();

  /** @return the total amount */
  public abstract BigDecimal amount();

  /** @return the activities that contributed, in id order */
  public abstract List<ActivityId> activities();

  /**
   * Returns a total.
   *
   * @param kind the kind
   * @param unit the unit
   * @param amount the total
   * @param activities the activities behind it
   * @return the total
   */
  public static OutputTotal of(OutputKind kind, OutputUnit unit, BigDecimal amount, List<ActivityId> activities) {
    return ImmutableOutputTotal.builder().kind(kind).unit(unit).amount(Decimals.normalise(amount))
        .addAllActivities(activities).build();
  }
}
