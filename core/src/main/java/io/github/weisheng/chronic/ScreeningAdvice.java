package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What screening asks of one resident on a date ({@link ScreeningRules#advise}): the high-risk
 * markers found and the items due, each with its due date and rules. No personal data.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScreeningAdvice.class)
@JsonDeserialize(as = ImmutableScreeningAdvice.class)
public abstract class ScreeningAdvice {
  ScreeningAdvice() {}

  /** @return the date the advice was given for */
  public abstract LocalDate asOf();

  /** @return the hypertension high-risk markers found */
  public abstract Set<HypertensionHighRiskMarker> markers();

  /** @return the items, at most one of each kind, in {@link ScreeningKind} order */
  public abstract List<ScreeningItem> items();

  /**
   * Returns the item of a kind.
   *
   * @param kind the kind
   * @return the item, or empty when nothing of that kind is asked for
   */
  public Optional<ScreeningItem> item(ScreeningKind kind) {
    Objects.requireNonNull(kind, "kind");
    return items().stream().filter(i -> i.kind() == kind).findFirst();
  }

  /** @return the earliest due date of all items, or empty when nothing is asked for */
  public Optional<LocalDate> earliestDue() {
    return items().stream().map(ScreeningItem::due).min(LocalDate::compareTo);
  }
}
