package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * One thing screening asks for, by a date, with the rules that ask for it. A due date before the
 * as-of date means the item is overdue. Part of {@link ScreeningAdvice}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScreeningItem.class)
@JsonDeserialize(as = ImmutableScreeningItem.class)
public abstract class ScreeningItem {
  ScreeningItem() {}

  /** @return what is asked for */
  public abstract ScreeningKind kind();

  /** @return the date by which it is due */
  public abstract LocalDate due();

  /** @return the rules that ask for it, at least one */
  public abstract List<AppliedRule> rules();
}
