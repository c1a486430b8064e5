package io.github.weisheng.immunization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of the vaccination card (接种卡): a vaccination record under the group it counts for, with
 * the dose number evaluation gave it (or the reason it does not count) beside the dose number the
 * clinic wrote, the lot and the administering institution. A combination product has one line per
 * group it counts for. The adverse reaction is not on the card.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCardDose.class)
@JsonDeserialize(as = ImmutableCardDose.class)
public abstract class CardDose {
  CardDose() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the group, for example {@code DTP}; the product code for a record no group evaluates */
  public abstract String group();

  /** @return the record */
  public abstract VaccinationRecordId record();

  /** @return the product code */
  public abstract String product();

  /** @return the date given */
  public abstract LocalDate date();

  /** @return the dose number the clinic recorded (剂次) */
  public abstract int recordedDoseNumber();

  /** @return the dose number it counts as in the group; empty when it does not count */
  public abstract Optional<Integer> doseNumber();

  /** @return why it does not count, when evaluation rejected it */
  public abstract Optional<DoseReason> reason();

  /** @return the lot number (疫苗批号) */
  public abstract String lot();

  /** @return the administering institution (接种单位) */
  public abstract String institution();

  /** Builds {@link CardDose}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableCardDose.Builder {
    Builder() {}
  }
}
