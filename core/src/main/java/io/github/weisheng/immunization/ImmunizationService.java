package io.github.weisheng.immunization;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The immunization use cases (预防接种) for one principal (from {@code
 * health.as(principal).immunizations()}): vaccination records persisted in the record store, the
 * assessment of a child from them, and the school-entry check. Every call is checked by the access
 * policy ({@link AccessDeniedException}) and audited; records are personal health records of the
 * archive's committee; every write is one atomic commit (留痕).
 *
 * <p>Rules of the service besides those of {@link VaccinationRecord}: {@code
 * immunization.record.future} (a record dated after today, by the entry point's clock), {@code
 * immunization.dose.unknownProduct}, {@code immunization.record.beforeBirth}; for certificates
 * {@code immunization.certificate.future} and {@code immunization.certificate.beforeBirth}; for the
 * reporting inputs {@code immunization.coverage.period}.
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
   * Streams the vaccination records dated in a period, of the archives in the principal's scopes,
   * whatever the vaccine's validity or the person's age (接种人次: each record is one dose given, the
   * work summaries' "接种疫苗5120人次"). Checked once as a report on identified records and audited
   * once; the date index is read, not every record.
   *
   * @param from the period's first day
   * @param to the period's last day
   * @return the records, in no particular order; a lazy stream to close
   * @throws RuleViolationException {@code immunization.coverage.period} when {@code to} is before {@code from}
   */
  Stream<Recorded<VaccinationRecord>> recordedBetween(LocalDate from, LocalDate to);

  /**
   * Counts the vaccination records {@link #recordedBetween} streams for the same period (接种人次),
   * without reading them: the date index and each record's scope only. An aggregate, so checked and
   * audited once as a report on de-identified data: a role limited to aggregates (统计人员) may
   * count what it may not list.
   *
   * @param from the period's first day
   * @param to the period's last day
   * @return the number of records dated in the period, in the principal's scopes
   * @throws RuleViolationException {@code immunization.coverage.period} when {@code to} is before {@code from}
   */
  long countRecordedBetween(LocalDate from, LocalDate to);

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

  /**
   * Records the child's vaccination certificate (预防接种证), or re-issues it (补发) as a new version.
   *
   * @param certificate the certificate; its archive must exist
   * @param basedOnVersion 0 for the first certificate, else the version read
   * @return the certificate with its version
   * @throws RecordNotFoundException when the archive does not exist
   * @throws io.github.weisheng.StaleRecordException when the version is not the current one
   * @throws RuleViolationException when issued before birth or after today
   */
  Recorded<VaccinationCertificate> recordCertificate(VaccinationCertificate certificate, long basedOnVersion);

  /**
   * Reads the child's certificate (audited as a read of personal data).
   *
   * @param archive the child's archive
   * @return the current version, or empty when none was recorded
   */
  Optional<Recorded<VaccinationCertificate>> certificateOf(ArchiveNumber archive);

  /**
   * The vaccination card (接种卡) of a child on a date: the records grouped by vaccine with their
   * dose numbers, and the next doses due.
   *
   * @param archive the child's archive
   * @param situations the child's special situations
   * @param on the card's date
   * @return the card
   * @throws RecordNotFoundException when the archive or its resident does not exist
   */
  VaccinationCard card(ArchiveNumber archive, SpecialSituations situations, LocalDate on);

  /**
   * Streams the reporting inputs ({@link ChildCoverage}) of every child in the principal's scopes for
   * a period, with {@link CoverageRules#defaults()}.
   *
   * @param from the period's first day
   * @param to the period's last day
   * @param situations the special situations of each child (for example from the host's records)
   * @return the inputs, by archive number; a lazy stream to close
   * @see #coverageInputs(LocalDate, LocalDate, Function, CoverageRules)
   */
  default Stream<ChildCoverage> coverageInputs(
      LocalDate from, LocalDate to, Function<ArchiveNumber, SpecialSituations> situations) {
    return coverageInputs(from, to, situations, CoverageRules.defaults());
  }

  /**
   * Streams the reporting inputs ({@link ChildCoverage}) of every child in the principal's scopes for
   * a period (接种率统计明细): the children living in scope whose archive is in scope and not closed
   * before {@code from}, born on or before {@code to} and under {@link CoverageRules#childrenUnder()}
   * on {@code from}. A report reads its scope in one pass, in sequence, not child by child: the
   * residents in scope once (each birth date from its index entry; only the children are decoded),
   * then the archives in scope by number, side by side with the vaccination records by archive
   * number (each dose from its index entries, not decoded). One child is computed at a time while
   * the stream is consumed; the stream holds the birth date and sex of each child in scope (about
   * 150 bytes a child), never their vaccinations. Checked once as a report on identified records
   * and audited once.
   *
   * @param from the period's first day
   * @param to the period's last day
   * @param situations the special situations of each child
   * @param rules the coverage rules
   * @return the inputs, by archive number; a lazy stream to close
   * @throws RuleViolationException when {@code to} is before {@code from}
   */
  Stream<ChildCoverage> coverageInputs(LocalDate from, LocalDate to,
      Function<ArchiveNumber, SpecialSituations> situations, CoverageRules rules);
}
