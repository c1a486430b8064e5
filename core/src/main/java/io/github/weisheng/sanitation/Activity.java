package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A community sanitation activity (爱国卫生活动): when, where, what type, who organised it, who took
 * part, and its typed measured outputs — under a {@link Campaign} or on its own
 * (immunization-sanitation-education-standards-privacy.md §3 [SUM]; ../shared/domain/README.md).
 * Outputs are counted once per kind and unit; the place is a public place (a street, a market, a
 * compound), not a resident's address.
 *
 * <p>Rules: {@code activity.participants.negative} (field {@code participants.<KIND>}), {@code
 * activity.outputs.duplicate} (field {@code outputs[i]}: one output per kind and unit), {@code
 * sanitation.text} (fields {@code place}, {@code organiser}, {@code note}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActivity.class)
@JsonDeserialize(as = ImmutableActivity.class)
public abstract class Activity {
  Activity() {}

  /** @return the activity's id */
  public abstract ActivityId id();

  /** @return the campaign it belongs to, absent for a standalone activity */
  public abstract Optional<CampaignId> campaign();

  /** @return the day it was held */
  public abstract LocalDate heldOn();

  /** @return where, a public place */
  public abstract String place();

  /** @return the type */
  public abstract ActivityType type();

  /** @return who organised it, as named */
  public abstract String organiser();

  /** @return the area it served (its storage scope) */
  public abstract AreaScope scope();

  /** @return how many took part, by kind; a kind not given is zero */
  public abstract Map<ParticipantKind, Integer> participants();

  /** @return the measured outputs, one per kind and unit */
  public abstract List<Output> outputs();

  /** @return a note (what was done, problems found); free text, hidden from {@link #toString()} */
  @Value.Redacted
  public abstract Optional<String> note();

  /**
   * Returns how many of a kind took part.
   *
   * @param kind the kind
   * @return the count, 0 when not given
   */
  public int participants(ParticipantKind kind) {
    return participants().getOrDefault(kind, 0);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Activity}. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    participants().forEach((kind, n) ->
        v.require(n >= 0, "participants." + kind.name(), "activity.participants.negative"));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < outputs().size(); i++) {
      Output o = outputs().get(i);
      v.require(seen.add(o.kind().code() + "/" + o.unit().code()), "outputs[" + i + "]",
          "activity.outputs.duplicate", o.kind().code());
    }
    Texts.check(v, "place", place());
    Texts.check(v, "organiser", organiser());
    note().ifPresent(t -> Texts.check(v, "note", t));
    v.throwIfAny();
  }
}
