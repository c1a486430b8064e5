package io.github.weisheng.immunization;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The per-child inputs of the immunization indicators for a period [from, to] (儿童预防接种统计明细):
 * every dose of every series that applies to the child with whether it was due, received and timely
 * ({@link DoseCoverage}), and whether the child holds a vaccination certificate and had it within
 * 1 month of birth (建证, §2 [C] KPI, [S] CERT). The reporting issue turns these into 建证率,
 * 各疫苗接种率 and 及时接种率. Built by {@link ImmunizationCoverage}; streamed for the children in a
 * principal's scope by {@link ImmunizationService#coverageInputs}.
 *
 * <p>Certificate: <b>held</b> = a certificate issued on or before {@code to}; <b>due on</b> = the day the
 * child reaches {@link CoverageRules#certificateWithin()}; <b>due in the period</b> = due on a day of
 * the period; <b>timely</b> = held and issued on or before the day it is due.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChildCoverage.class)
@JsonDeserialize(as = ImmutableChildCoverage.class)
public abstract class ChildCoverage {
  ChildCoverage() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the child's archive (its committee is the unit the indicators are broken down by) */
  public abstract ArchiveNumber archive();

  /** @return the first day of the period */
  public abstract LocalDate from();

  /** @return the last day of the period */
  public abstract LocalDate to();

  /** @return every dose of every series that applies to the child, by group in schedule order, then dose */
  public abstract List<DoseCoverage> doses();

  /** @return true when a certificate (预防接种证) was issued on or before the period's end */
  public abstract boolean certificateHeld();

  /** @return the day the certificate is due (printed as {@code ***}) */
  @Value.Redacted
  public abstract LocalDate certificateDueOn();

  /** @return true when the certificate falls due in the period */
  public abstract boolean certificateDueInPeriod();

  /** @return true when held and issued on or before the day it is due */
  public abstract boolean certificateTimely();

  /** @return why the certificate is not held or was late; empty otherwise */
  public abstract List<CoverageReason> certificateReasons();

  /**
   * Returns the lines of one group.
   *
   * @param group the group, for example {@code HepB}
   * @return its doses, by dose number
   */
  public List<DoseCoverage> doses(String group) {
    return doses().stream().filter(d -> d.group().equals(group)).collect(Collectors.toUnmodifiableList());
  }

  /** @return the doses due in the period */
  @JsonIgnore
  public List<DoseCoverage> dueInPeriod() {
    return doses().stream().filter(DoseCoverage::dueInPeriod).collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  void check() {
    if (to().isBefore(from())) {
      throw new IllegalArgumentException("to before from / 统计期末早于期初");
    }
    if (certificateTimely() && !certificateHeld()) {
      throw new IllegalArgumentException("a timely certificate is held / 及时建证须已建证");
    }
  }

  /** Builds {@link ChildCoverage}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableChildCoverage.Builder {
    Builder() {}
  }
}
