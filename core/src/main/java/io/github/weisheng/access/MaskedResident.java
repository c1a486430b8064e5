package io.github.weisheng.access;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.resident.Sex;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A de-identified resident row (脱敏居民信息) for roles that may not see personal rows, such as
 * statisticians and supervising authorities: the registry id, the masked name, ID number, phone and
 * address (see {@link Masking}), the sex, the birth <em>year</em> only, and the committee. Made by
 * {@link Masking#resident(io.github.weisheng.resident.Resident)}.
 *
 * <p>The masked texts are still partly personal (a surname, a district), so they are redacted from
 * {@link #toString()} like the originals. JSON: an object of the attributes below.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMaskedResident.class)
@JsonDeserialize(as = ImmutableMaskedResident.class)
public abstract class MaskedResident {
  MaskedResident() {}

  /** @return the registry id (free of personal data) */
  public abstract ResidentId id();

  /** @return the masked name (姓名), for example {@code 张*} */
  @Value.Redacted
  public abstract String name();

  /** @return the sex (性别) */
  public abstract Sex sex();

  /** @return the year of birth (出生年份): the month and day are left out */
  public abstract int birthYear();

  /** @return the masked ID number (身份证号), absent when the resident has none */
  @Value.Redacted
  public abstract Optional<String> citizenId();

  /** @return the masked phone (电话), absent when the resident has none */
  @Value.Redacted
  public abstract Optional<String> phone();

  /** @return the address to district / county level, for example {@code 北京市朝阳区****} */
  @Value.Redacted
  public abstract String address();

  /** @return the residents' or villagers' committee the resident lives in */
  public abstract CommitteeCode committee();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MaskedResident}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableMaskedResident.Builder {
    Builder() {}
  }
}
