package io.github.weisheng.archive;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.resident.ResidentId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resident health archive (居民健康档案): one per person, kept for life, identified by its
 * 17-digit {@link ArchiveNumber} stored together with the resident's ID number as the identity key
 * (身份识别码; domain reference §1.1 [C], gov.cn 2011).
 *
 * <p>It holds the personal basic-information form (the identity part lives in the {@link
 * io.github.weisheng.resident.Resident} it points to), the opening institution and date, whether it
 * is kept electronically (电子健康档案, counted by the 电子健康档案建档率 indicator), the responsible
 * team, where it came from when transferred in, and its closure, if any. Every change is a new
 * version in the store with who, when and why; nothing is overwritten.
 *
 * <p>Rules: a closure is not dated before the opening ({@code archive.closureBeforeOpening}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHealthArchive.class)
@JsonDeserialize(as = ImmutableHealthArchive.class)
public abstract class HealthArchive {
  HealthArchive() {}

  /** @return the archive number (健康档案编号) */
  public abstract ArchiveNumber number();

  /** @return the resident the archive belongs to */
  public abstract ResidentId resident();

  /** @return the date it was opened (建档日期) */
  public abstract LocalDate openedOn();

  /** @return the institution that opened it (建档单位): a centre or station */
  public abstract OrgUnitId institution();

  /** @return the responsible family-doctor team (责任医生团队), when assigned */
  public abstract Optional<OrgUnitId> team();

  /** @return true when kept as an electronic archive (电子健康档案) */
  public abstract boolean electronic();

  /** @return the personal basic-information form's health content */
  public abstract PersonalInformationForm form();

  /** @return where the archive came from, for a resident who moved in */
  public abstract Optional<TransferIn> transferredIn();

  /** @return the closure, absent while the archive is active */
  public abstract Optional<ArchiveClosure> closure();

  /** @return the lifecycle status, derived from the closure */
  @Value.Derived
  @com.fasterxml.jackson.annotation.JsonIgnore
  public ArchiveStatus status() {
    return closure().map(ArchiveClosure::status).orElse(ArchiveStatus.ACTIVE);
  }

  /** @return true while the archive is open and in use */
  public boolean isActive() {
    return closure().isEmpty();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HealthArchive}. */
  public static final class Builder extends ImmutableHealthArchive.Builder {
    Builder() {}
  }

  /**
   * Returns this archive with another form.
   *
   * @param form the amended form
   * @return the amended archive
   */
  public HealthArchive withForm(PersonalInformationForm form) {
    return ((ImmutableHealthArchive) this).withForm(form);
  }

  /**
   * Returns this archive with another responsible team.
   *
   * @param team the team, or empty to unassign
   * @return the amended archive
   */
  public HealthArchive withTeam(Optional<? extends OrgUnitId> team) {
    return ((ImmutableHealthArchive) this).withTeam(team);
  }

  /**
   * Returns this archive closed, or reopened when {@code closure} is empty.
   *
   * @param closure the closure, or empty to reopen
   * @return the archive
   */
  public HealthArchive withClosure(Optional<? extends ArchiveClosure> closure) {
    return ((ImmutableHealthArchive) this).withClosure(closure);
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    closure().ifPresent(c ->
        v.require(!c.on().isBefore(openedOn()), "archive.closure.on", "archive.closureBeforeOpening"));
    v.throwIfAny();
  }
}
