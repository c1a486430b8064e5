package io.github.weisheng.archive;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.resident.Resident;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request to open a health archive (建档): the resident (new to the registry, or already there
 * under the same {@link io.github.weisheng.resident.ResidentId}), the form's health content, the
 * opening institution and date, and optionally the responsible team and the transfer-in details.
 * The archive number is allocated by {@link ArchiveService#open}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNewArchive.class)
@JsonDeserialize(as = ImmutableNewArchive.class)
public abstract class NewArchive {
  NewArchive() {}

  /** @return the resident; their committee gives the archive number's first 12 digits */
  public abstract Resident resident();

  /** @return the form's health content */
  @Value.Default
  public PersonalInformationForm form() {
    return PersonalInformationForm.empty();
  }

  /** @return the opening date */
  public abstract LocalDate openedOn();

  /** @return the opening institution */
  public abstract OrgUnitId institution();

  /** @return the responsible team */
  public abstract Optional<OrgUnitId> team();

  /** @return true (the default) for an electronic archive */
  @Value.Default
  public boolean electronic() {
    return true;
  }

  /** @return the transfer-in details for a resident who moved in with an archive */
  public abstract Optional<TransferIn> transferredIn();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NewArchive}. */
  public static final class Builder extends ImmutableNewArchive.Builder {
    Builder() {}
  }
}
