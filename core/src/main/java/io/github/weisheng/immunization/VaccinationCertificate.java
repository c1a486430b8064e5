package io.github.weisheng.immunization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The vaccination certificate (预防接种证) a child holds: whose archive, the day it was issued (发证日期)
 * and the issuing institution (发证单位). The certificate is due within 1 month of birth (§2 [S]
 * CERT, data in {@link CoverageRules#certificateWithin()}); 建证率 counts the children who hold one
 * (§2 [C] KPI). Persisted with the child through {@link ImmunizationService#recordCertificate}; a
 * re-issued certificate (补发) is a new version of the same record.
 *
 * <p>Rule, reported with the field path: {@code vaccinationCertificate.institution}: {@code
 * vaccinationCertificate.text} (1–200 characters, not blank).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVaccinationCertificate.class)
@JsonDeserialize(as = ImmutableVaccinationCertificate.class)
public abstract class VaccinationCertificate {
  /** The longest institution name. */
  public static final int MAX_TEXT = 200;

  VaccinationCertificate() {}

  /**
   * Returns a certificate.
   *
   * @param archive the child's archive
   * @param issuedOn the day it was issued
   * @param institution the issuing institution
   * @return the certificate
   */
  public static VaccinationCertificate of(ArchiveNumber archive, LocalDate issuedOn, String institution) {
    return ImmutableVaccinationCertificate.of(archive, issuedOn, institution);
  }

  /** @return the child's health archive */
  @Value.Parameter
  public abstract ArchiveNumber archive();

  /** @return the day the certificate was issued (发证日期) */
  @Value.Parameter
  public abstract LocalDate issuedOn();

  /** @return the issuing institution (发证单位) */
  @Value.Parameter
  public abstract String institution();

  @Value.Check
  void check() {
    new Violations().require(!institution().isBlank() && institution().length() <= MAX_TEXT,
        "vaccinationCertificate.institution", "vaccinationCertificate.text", MAX_TEXT).throwIfAny();
  }
}
