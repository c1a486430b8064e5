package io.github.weisheng.immunization;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The immunization use cases (预防接种) for one principal (from {@code
 * health.as(principal).immunizations()}): vaccination records persisted in the record store, the
 * assessment of a child from them, and the school-entry check. Every call is checked by the access
 * policy ({@link AccessDeniedException}) and audited; records are personal health records of the
 * archive's committee; every write is one atomic commit (留痕).
 *
 * <p>Rules of the service besides those of {@link VaccinationRecord}: {@code
 * immunization.record.future} (a record dated after today, by the entry point's clock), {@code
 * immunization.dose.unknownProduct}, {@code immunization.record.beforeBirth}.
 *
 * @since 0.1.0
 */
public interface ImmunizationService {

  /**
   * Records a vaccination.
   *
   * @param record the record; its archive must exist
   * @return the record, version 1
   * @throws RecordNotFoundException when the archive does not exist
   * @throws RuleViolationException when a rule is broken (all at once)
   */
  Recorded<VaccinationRecord> record(VaccinationRecord record);

  /**
   * Reads a record (audited as a read of personal data).
   *
   * @param id the record
   * @return the current version, or empty
   */
  Optional<Recorded<VaccinationRecord>> find(VaccinationRecordId id);

  /**
   * Returns every vaccination record of an archive, by date (the certificate's content, 接种证).
   *
   * @param archive the archive
   * @return the current versions
   */
  List<Recorded<VaccinationRecord>> recordsOf(ArchiveNumber archive);

  /**
   * Evaluates the archive's records and forecasts on a date, with the child's birth date and sex
   * from the resident registry.
   *
   * @param archive the child's archive
   * @param situations the child's special situations
   * @param on the assessment date
   * @return the assessment
   * @throws RecordNotFoundException when the archive or its resident does not exist
   */
  ImmunizationAssessment assess(ArchiveNumber archive, SpecialSituations situations, LocalDate on);

  /**
   * The school-entry check (入托入学查验) of a child on a date.
   *
   * @param archive the child's archive
   * @param situations the child's special situations
   * @param termStart the day term started or the child transferred in
   * @param on the check date
   * @return complete, or the doses to catch up
   */
  SchoolEntryCheck schoolEntryCheck(
      ArchiveNumber archive, SpecialSituations situations, LocalDate termStart, LocalDate on);
}
