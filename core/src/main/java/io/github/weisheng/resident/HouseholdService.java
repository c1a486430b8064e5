package io.github.weisheng.resident;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.Recorded;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The household (户) use cases of the resident registry, run for one principal (obtain it from
 * {@code health.as(principal).households()}): establish a household (立户), move residents in (迁入)
 * and out (迁出), change the head (变更户主), read a household and its history. Every call is checked
 * by the access policy (a refusal throws {@link AccessDeniedException}) and audited; every write is
 * one atomic commit with who, when and why, so a failed call leaves the store as it was.
 *
 * <p>A household belongs to its residents' or villagers' committee (居委会/村委会): a principal acts
 * on the households of the committees inside its scopes. Changes take the version the caller read:
 * if someone else changed the household meanwhile, {@link StaleRecordException} is thrown and
 * nothing is written.
 *
 * <p>Rules, besides those of {@link Household} itself (the registry's own design, DESIGN.md §3
 * {@code resident}, not an official text):
 *
 * <ul>
 *   <li>{@code household.memberElsewhere} (field {@code resident}): a resident is a member of at
 *       most one household at a time. Establishing a household for a head, or moving a resident in,
 *       is refused while the resident belongs to another household, or when the move-in day falls
 *       before the day they left their previous household; the rule's argument is the id of that
 *       other household (an id, never personal data). Concurrent moves of one resident into
 *       different households are safe: exactly one succeeds.
 *   <li>{@code household.dateInFuture} (field {@code on}): a change cannot be dated after today
 *       (today by the entry point's clock).
 * </ul>
 *
 * @since 0.1.0
 */
public interface HouseholdService {

  /**
   * Establishes a household (立户) with a new random id: the head becomes its first member and its
   * first head.
   *
   * @param committee the committee the household belongs to
   * @param address the household's address (personal data: never in an index, a message or the
   *     audit trail)
   * @param head the head (户主)
   * @param on the day it is established
   * @return the household, version 1
   * @throws RuleViolationException {@code required} (blank address), {@code household.dateInFuture},
   *     {@code household.memberElsewhere} (the head belongs to another household)
   * @throws AccessDeniedException when the principal may not create households in that committee
   */
  Recorded<Household> establish(CommitteeCode committee, String address, ResidentId head, LocalDate on);

  /**
   * Records that a resident moved into a household (迁入).
   *
   * @param id the household
   * @param basedOnVersion the version the caller read
   * @param resident the resident moving in
   * @param relation their relation to the current head (与户主关系, GB/T 4761-2008)
   * @param on the day they moved in
   * @return the new version
   * @throws RuleViolationException the rules of {@link Household#moveIn}, {@code
   *     household.dateInFuture}, {@code household.memberElsewhere}
   * @throws RecordNotFoundException when there is no such household
   * @throws StaleRecordException when the household changed since {@code basedOnVersion}
   * @throws AccessDeniedException when the principal may not amend the household
   */
  Recorded<Household> moveIn(
      HouseholdId id, long basedOnVersion, ResidentId resident, RelationToHead relation, LocalDate on);

  /**
   * Records that a member moved out (迁出); the resident is then free to join another household
   * from that day on. The head moves out only as the last member, which dissolves the household.
   *
   * @param id the household
   * @param basedOnVersion the version the caller read
   * @param resident the member moving out
   * @param on the day they moved out, the first day they are no longer a member
   * @return the new version
   * @throws RuleViolationException the rules of {@link Household#moveOut}, {@code
   *     household.dateInFuture}
   * @throws RecordNotFoundException when there is no such household
   * @throws StaleRecordException when the household changed since {@code basedOnVersion}
   * @throws AccessDeniedException when the principal may not amend the household
   */
  Recorded<Household> moveOut(HouseholdId id, long basedOnVersion, ResidentId resident, LocalDate on);

  /**
   * Records a change of head (变更户主).
   *
   * @param id the household
   * @param basedOnVersion the version the caller read
   * @param newHead the new head, a member on that day
   * @param on the first day of the new head's term
   * @return the new version
   * @throws RuleViolationException the rules of {@link Household#changeHead}, {@code
   *     household.dateInFuture}
   * @throws RecordNotFoundException when there is no such household
   * @throws StaleRecordException when the household changed since {@code basedOnVersion}
   * @throws AccessDeniedException when the principal may not amend the household
   */
  Recorded<Household> changeHead(HouseholdId id, long basedOnVersion, ResidentId newHead, LocalDate on);

  /**
   * Reads a household (audited as a read of personal data).
   *
   * @param id the household
   * @return the current version, or empty when there is none
   * @throws AccessDeniedException when the household lies outside the principal's scopes
   */
  Optional<Recorded<Household>> find(HouseholdId id);

  /**
   * Finds the household a resident currently belongs to (audited as a search).
   *
   * @param resident the resident
   * @return the household's current version, or empty when the resident belongs to none, or to
   *     one outside the principal's scopes
   */
  Optional<Recorded<Household>> householdOf(ResidentId resident);

  /**
   * Streams the current version of every household of the committees in the principal's scopes,
   * dissolved ones included (a search, audited once), for counting households (户) in reports.
   * Memory stays bounded; close the stream.
   *
   * @return the households, in no particular order
   */
  Stream<Recorded<Household>> inScope();

  /**
   * Returns every version of a household, oldest first, each with who, when and why.
   *
   * @param id the household
   * @return the versions
   * @throws RecordNotFoundException when there is no such household
   * @throws AccessDeniedException when the household lies outside the principal's scopes
   */
  List<Recorded<Household>> history(HouseholdId id);
}
