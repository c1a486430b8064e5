package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an inspection found about one responsibility (检查情况): whether the unit kept it, and a note
 * (what was wrong). The note is free text and may name people, so {@link #toString()} hides it.
 *
 * <p>Rule: {@code sanitation.text} (field {@code note}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFrontageFinding.class)
@JsonDeserialize(as = ImmutableFrontageFinding.class)
public abstract class FrontageFinding {
  FrontageFinding() {}

  /** @return the code of the duty ({@link FrontageDuty#code()}) */
  public abstract String duty();

  /** @return true when the unit kept it */
  public abstract boolean compliant();

  /** @return what was found */
  @Value.Redacted
  public abstract Optional<String> note();

  /**
   * Returns a finding that the duty was kept.
   *
   * @param duty the duty's code
   * @return the finding
   */
  public static FrontageFinding kept(String duty) {
    return ImmutableFrontageFinding.builder().duty(duty).compliant(true).build();
  }

  /**
   * Returns a finding that the duty was broken.
   *
   * @param duty the duty's code
   * @param note what was wrong, for example 门前乱堆杂物
   * @return the finding
   */
  public static FrontageFinding broken(String duty, String note) {
    return ImmutableFrontageFinding.builder().duty(duty).compliant(false).note(note).build();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    note().ifPresent(n -> Texts.check(v, "note", n));
    v.throwIfAny();
  }
}
