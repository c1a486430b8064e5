package io.github.weisheng.resident;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.org.CommitteeCode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A resident (居民) of a catchment: the identity part of the personal basic-information form
 * (个人基本信息表: 姓名, 性别, 出生日期, 身份证号, 民族, 本人电话, 常住类型) plus address and committee.
 *
 * <p>Rules checked at construction, all reported together:
 *
 * <ul>
 *   <li>name: 1–50 characters, not blank ({@code resident.name});
 *   <li>when a citizen ID number is present, the birth date and sex must agree with it
 *       ({@code resident.birthDateMismatch}, {@code resident.sexMismatch}; GB 11643-1999 positions
 *       7–14 and 17, domain reference §2.1 [C]). Newborns may have no number yet;
 *   <li>phone, when present: a mainland mobile number (11 digits, 1[3-9]…) or a landline with
 *       area code ({@code resident.phone});
 *   <li>address: 1–200 characters ({@code resident.address}).
 * </ul>
 *
 * <p>"Resident population" (常住居民) means living in the catchment for at least half a year, both
 * registered and non-registered (domain reference §1 [C]); {@link #livesHalfYearOrMore()} records it.
 * Names, ID numbers, phones and addresses are redacted from {@link #toString()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResident.class)
@JsonDeserialize(as = ImmutableResident.class)
public abstract class Resident {
  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  private static final Pattern LANDLINE = Pattern.compile("0[1-9][0-9]{1,2}-?[1-9][0-9]{6,7}");

  Resident() {}

  /** @return the registry id */
  public abstract ResidentId id();

  /** @return the name (姓名) */
  @Value.Redacted
  public abstract String name();

  /** @return the sex (性别, GB/T 2261.1) */
  public abstract Sex sex();

  /** @return the birth date (出生日期) */
  public abstract LocalDate birthDate();

  /** @return the citizen ID number (身份证号), absent for newborns without one yet */
  @Value.Redacted
  public abstract Optional<CitizenId> citizenId();

  /** @return the ethnicity (民族, GB/T 3304), absent when not recorded */
  public abstract Optional<Ethnicity> ethnicity();

  /** @return the resident's own phone (本人电话) */
  @Value.Redacted
  public abstract Optional<String> phone();

  /** @return the current address (现住址) */
  @Value.Redacted
  public abstract String address();

  /** @return the residents' or villagers' committee the resident lives in (the record's scope) */
  public abstract CommitteeCode committee();

  /** @return registered here (户籍) or not (非户籍) */
  public abstract ResidencyType residencyType();

  /** @return true when living in the catchment for at least half a year (常住) */
  public abstract boolean livesHalfYearOrMore();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Resident}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableResident.Builder {
    Builder() {}
  }

  /**
   * Returns this resident with another registry id (for example when the host merges duplicates).
   *
   * @param id the id
   * @return the changed copy
   */
  public Resident withId(ResidentId id) {
    return ((ImmutableResident) this).withId(id);
  }

  /**
   * Returns this resident with a corrected name.
   *
   * @param name the name
   * @return the changed copy
   */
  public Resident withName(String name) {
    return ((ImmutableResident) this).withName(name);
  }

  /**
   * Returns this resident with an ID number given, changed or removed (a newborn gets one).
   *
   * @param citizenId the number, or empty
   * @return the changed copy
   */
  public Resident withCitizenId(Optional<? extends CitizenId> citizenId) {
    return ((ImmutableResident) this).withCitizenId(citizenId);
  }

  /**
   * Returns this resident with another phone.
   *
   * @param phone the phone, or empty
   * @return the changed copy
   */
  public Resident withPhone(Optional<String> phone) {
    return ((ImmutableResident) this).withPhone(phone);
  }

  /**
   * Returns this resident at another address in another (or the same) committee.
   *
   * @param address the address
   * @param committee the committee
   * @return the changed copy
   */
  public Resident movedTo(String address, CommitteeCode committee) {
    return ((ImmutableResident) this).withAddress(address).withCommittee(committee);
  }

  /**
   * Returns the age in completed years (周岁) on a date.
   *
   * @param on the date
   * @return the age
   */
  public int ageOn(LocalDate on) {
    return java.time.Period.between(birthDate(), on).getYears();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    String name = name();
    v.require(!name.isBlank() && name.length() <= 50, "resident.name", "resident.name");
    v.require(!address().isBlank() && address().length() <= 200, "resident.address", "resident.address");
    phone().ifPresent(p -> v.require(
        MOBILE.matcher(p).matches() || LANDLINE.matcher(p).matches(), "resident.phone", "resident.phone"));
    citizenId().ifPresent(id -> {
      v.require(id.birthDate().equals(birthDate()), "resident.birthDate", "resident.birthDateMismatch");
      v.require(id.sex() == sex(), "resident.sex", "resident.sexMismatch");
    });
    v.throwIfAny();
  }
}
