package io.github.weisheng.immunization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.resident.Sex;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * What evaluation and forecast need of a child (接种史): date of birth, sex, the recorded doses and
 * the special situations. The FHIR ImmDS equivalent is the request's Patient plus its Immunization
 * resources. Birth date, doses and situations are personal health data: they print as {@code ***}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVaccinationHistory.class)
@JsonDeserialize(as = ImmutableVaccinationHistory.class)
public abstract class VaccinationHistory {
  VaccinationHistory() {}

  /** @return a new builder; birth date and sex are required */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the date of birth */
  @Value.Redacted
  public abstract LocalDate birthDate();

  /** @return the sex */
  public abstract Sex sex();

  /** @return the recorded doses, in any order (health data: printed as {@code ***}) */
  @Value.Redacted
  public abstract List<AdministeredDose> doses();

  /** @return the special situations; none by default (health data: printed as {@code ***}) */
  @Value.Redacted
  @Value.Default
  public SpecialSituations situations() {
    return SpecialSituations.none();
  }

  /**
   * Returns this history with one more dose.
   *
   * @param dose the dose
   * @return a new history
   */
  public VaccinationHistory plusDose(AdministeredDose dose) {
    return ((ImmutableVaccinationHistory) ImmutableVaccinationHistory.copyOf(this)).withDoses(
        java.util.stream.Stream.concat(doses().stream(), java.util.stream.Stream.of(dose))
            .collect(java.util.stream.Collectors.toList()));
  }

  /** Builds {@link VaccinationHistory}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableVaccinationHistory.Builder {
    Builder() {}
  }
}
