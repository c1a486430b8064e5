package io.github.weisheng.immunization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A recorded dose (接种记录) as evaluation sees it: the product given and the date. The full record
 * (lot, site, institution …) lives in the vaccination record; the FHIR equivalent is an
 * Immunization resource.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdministeredDose.class)
@JsonDeserialize(as = ImmutableAdministeredDose.class)
public abstract class AdministeredDose {
  AdministeredDose() {}

  /**
   * Returns a dose.
   *
   * @param product the product code of the schedule, for example {@code MMR}
   * @param date the date given
   * @return the dose
   */
  public static AdministeredDose of(String product, LocalDate date) {
    return ImmutableAdministeredDose.of(product, date);
  }

  /** @return the product code */
  @Value.Parameter
  public abstract String product();

  /** @return the date given */
  @Value.Parameter
  public abstract LocalDate date();
}
