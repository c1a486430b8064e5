package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A signed 门前三包 agreement (门前三包责任书): the day it was signed, the three responsibilities in
 * its wording, and the last day it runs, if it has one.
 *
 * <p>Rule: {@code frontageAgreement.period} (field {@code validUntil}: not before the signing).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFrontageAgreement.class)
@JsonDeserialize(as = ImmutableFrontageAgreement.class)
public abstract class FrontageAgreement {
  FrontageAgreement() {}

  /** @return the day it was signed */
  public abstract LocalDate signedOn();

  /** @return the three responsibilities as worded */
  public abstract FrontageDuties duties();

  /** @return the last day it runs, absent for an open-ended agreement */
  public abstract Optional<LocalDate> validUntil();

  /**
   * Returns an open-ended agreement.
   *
   * @param signedOn the signing day
   * @param duties the responsibilities
   * @return the agreement
   */
  public static FrontageAgreement of(LocalDate signedOn, FrontageDuties duties) {
    return ImmutableFrontageAgreement.builder().signedOn(signedOn).duties(duties).build();
  }

  /**
   * Returns an agreement until a day.
   *
   * @param signedOn the signing day
   * @param duties the responsibilities
   * @param validUntil the last day
   * @return the agreement
   */
  public static FrontageAgreement of(LocalDate signedOn, FrontageDuties duties, LocalDate validUntil) {
    return ImmutableFrontageAgreement.builder().signedOn(signedOn).duties(duties).validUntil(validUntil).build();
  }

  /**
   * Tells whether the agreement is in force on a day.
   *
   * @param day the day
   * @return true from the signing to the last day
   */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(signedOn()) && validUntil().map(end -> !day.isAfter(end)).orElse(true);
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    validUntil().ifPresent(end -> v.require(!end.isBefore(signedOn()), "validUntil", "frontageAgreement.period"));
    v.throwIfAny();
  }
}
