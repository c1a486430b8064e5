package io.github.weisheng.resident;

import io.github.weisheng.Recorded;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.StaleRecordException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The resident-registry use cases, run for one principal ({@code health.as(principal).residents()}):
 * read and amend a resident's identity (a newborn gets an ID number, a phone changes, a name is
 * corrected), every version kept. Residents enter the registry when their archive is opened.
 *
 * @since 0.1.0
 */
public interface ResidentService {

  /**
   * Reads a resident (audited as a read of personal data).
   *
   * @param id the resident
   * @return the current version, or empty
   */
  Optional<Recorded<Resident>> find(ResidentId id);

  /**
   * Streams the current version of every resident in the principal's scopes, in id order (a
   * search, audited once). Memory stays bounded; close the stream.
   *
   * @return the residents
   */
  Stream<Recorded<Resident>> inScope();

  /**
   * Streams every resident in the principal's scopes with the identifiers masked (脱敏) by the
   * entry point's {@code Masking}: for roles that may see de-identified rows only, such as
   * statisticians and supervising authorities (checked as a report on de-identified data, audited
   * once). Close the stream.
   *
   * @return the masked residents, in id order
   */
  Stream<io.github.weisheng.access.MaskedResident> inScopeMasked();

  /**
   * Amends a resident's identity. When the citizen ID number changes and the resident has an
   * archive, the archive's identity key moves with it; a number that already belongs to another
   * archive is refused ({@code archive.duplicate}).
   *
   * @param amended the amended resident (same id)
   * @param basedOnVersion the version the caller read
   * @param reason why (no personal data)
   * @return the new version
   * @throws RecordNotFoundException when there is no such resident in scope
   * @throws StaleRecordException when the resident changed since {@code basedOnVersion}
   */
  Recorded<Resident> amend(Resident amended, long basedOnVersion, String reason);

  /**
   * Returns every version of a resident, oldest first.
   *
   * @param id the resident
   * @return the versions
   */
  List<Recorded<Resident>> history(ResidentId id);
}
