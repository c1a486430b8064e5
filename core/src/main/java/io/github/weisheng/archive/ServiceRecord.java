package io.github.weisheng.archive;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.org.OrgUnitId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service given to the archive's resident on a date (a health check, a follow-up, an encounter):
 * what keeps an archive dynamic (动态档案). The clinical content lives in the host's records or in
 * Weisheng's programme modules; this record links it to the archive.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceRecord.class)
@JsonDeserialize(as = ImmutableServiceRecord.class)
public abstract class ServiceRecord {
  ServiceRecord() {}

  /** @return the archive */
  public abstract ArchiveNumber archive();

  /** @return the date of the service */
  public abstract LocalDate date();

  /** @return the kind of service */
  public abstract ServiceType type();

  /** @return the institution or team that gave it */
  public abstract OrgUnitId providedBy();

  /** @return the host's own id of the encounter, for linking back (never personal data) */
  public abstract Optional<String> hostReference();

  /**
   * Returns a service record.
   *
   * @param archive the archive
   * @param date the date
   * @param type the kind
   * @param providedBy who gave it
   * @return the record
   */
  public static ServiceRecord of(ArchiveNumber archive, LocalDate date, ServiceType type, OrgUnitId providedBy) {
    return ImmutableServiceRecord.builder().archive(archive).date(date).type(type).providedBy(providedBy).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceRecord}. */
  public static final class Builder extends ImmutableServiceRecord.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    hostReference().ifPresent(r -> {
      if (!r.matches("[A-Za-z0-9._:-]{1,64}")) {
        throw io.github.weisheng.validation.RuleViolationException.of(
            "serviceRecord.hostReference", "serviceRecord.hostReference");
      }
    });
  }
}
