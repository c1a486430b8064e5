package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A 门前三包 responsibility unit (责任单位): a shop, institution or household on a street, with the
 * agreements it signed (immunization-sanitation-education-standards-privacy.md §3 [MQSB]). A
 * household's name and a frontage's address are personal data: {@link #toString()} hides them.
 *
 * <p>Rules: {@code sanitation.text} (fields {@code name}, {@code location}, {@code contact}), {@code
 * frontageUnit.agreementOrder} (field {@code agreements[i]}: signed in date order).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFrontageUnit.class)
@JsonDeserialize(as = ImmutableFrontageUnit.class)
public abstract class FrontageUnit {
  FrontageUnit() {}

  /** @return the unit's id */
  public abstract FrontageUnitId id();

  /** @return the kind of unit */
  public abstract FrontageUnitKind kind();

  /** @return the unit's name (a shop's sign, an institution, a household) */
  @Value.Redacted
  public abstract String name();

  /** @return where its frontage is (street and number) */
  @Value.Redacted
  public abstract String location();

  /** @return the person responsible, as the host records them */
  @Value.Redacted
  public abstract Optional<String> contact();

  /** @return the committee or street it belongs to */
  public abstract AreaScope scope();

  /** @return the agreements signed, oldest first */
  public abstract List<FrontageAgreement> agreements();

  /**
   * Returns the agreement in force on a day: the latest signed on or before it that still runs.
   *
   * @param day the day
   * @return the agreement, or empty
   */
  public Optional<FrontageAgreement> agreementOn(LocalDate day) {
    return agreements().stream().filter(a -> a.inForceOn(day)).max(Comparator.comparing(FrontageAgreement::signedOn));
  }

  /**
   * Returns this unit with one more agreement.
   *
   * @param agreement the new agreement, signed no earlier than the last one
   * @return the new unit
   */
  public FrontageUnit withAgreement(FrontageAgreement agreement) {
    return builder().id(id()).kind(kind()).name(name()).location(location()).contact(contact()).scope(scope())
        .addAllAgreements(agreements()).addAgreement(agreement).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FrontageUnit}. */
  public static final class Builder extends ImmutableFrontageUnit.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Texts.check(v, "name", name());
    Texts.check(v, "location", location());
    contact().ifPresent(c -> Texts.check(v, "contact", c));
    for (int i = 1; i < agreements().size(); i++) {
      v.require(!agreements().get(i).signedOn().isBefore(agreements().get(i - 1).signedOn()),
          "agreements[" + i + "]", "frontageUnit.agreementOrder");
    }
    v.throwIfAny();
  }
}
