package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.chronic.AppliedRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The rules of elderly health management (老年人健康管理, once a year, §6.3), with the tables a host
 * may replace: the age from which residents are served ({@link #minAge()}, 65 [C]; Shenzhen serves
 * registered residents from 60 [S]), the auxiliary tests required ({@link #requiredLabTests()},
 * all of §6.3 [C]), and whether guidance is required ({@link #guidanceRequired()}, true: "managed =
 * archive + check + guidance + complete form" [U]).
 *
 * <p>A resident is in the year's denominator when they reach {@link #minAge()} by 31 December of
 * the year [U]. The year's management is complete ({@code elderly.met}, argument: the age) when a
 * service dated in the year has the assessment, the physical exam, every required test and (when
 * required) guidance; otherwise, from the most complete service of the year, each gap: {@code
 * elderly.assessmentMissing}, {@code elderly.physicalExamMissing}, {@code elderly.labTestsMissing}
 * (argument: the missing tests), {@code elderly.guidanceMissing}; no service in the year: {@code
 * elderly.noService} (argument: the year); under the age: {@code elderly.notInAgeRange}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableElderlyPolicy.class)
@JsonDeserialize(as = ImmutableElderlyPolicy.class)
public abstract class ElderlyPolicy {
  static final String MET = "elderly.met";
  static final String NOT_IN_AGE_RANGE = "elderly.notInAgeRange";
  static final String NO_SERVICE = "elderly.noService";
  static final String ASSESSMENT_MISSING = "elderly.assessmentMissing";
  static final String EXAM_MISSING = "elderly.physicalExamMissing";
  static final String LAB_TESTS_MISSING = "elderly.labTestsMissing";
  static final String GUIDANCE_MISSING = "elderly.guidanceMissing";
  /** The service id of the yearly service in {@link DueService}. */
  public static final String SERVICE = "elderly.yearlyService";

  ElderlyPolicy() {}

  /** @return the national defaults: from 65, every listed test, guidance required */
  public static ElderlyPolicy defaults() {
    return builder().minAge(65).addAllRequiredLabTests(EnumSet.allOf(ElderlyLabTest.class)).guidanceRequired(true).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the age from which residents are served (65 [C]) */
  public abstract int minAge();

  /** @return the auxiliary tests a complete service includes */
  public abstract Set<ElderlyLabTest> requiredLabTests();

  /** @return whether a complete service includes guidance ([U]) */
  public abstract boolean guidanceRequired();

  @Value.Check
  void check() {
    if (minAge() < 0 || minAge() > 150) {
      throw io.github.weisheng.validation.RuleViolationException.of("elderlyPolicy.minAge", "elderly.minAge.range", 0, 150);
    }
  }

  /**
   * Tells whether a resident is served in a year: they reach {@link #minAge()} by 31 December.
   *
   * @param birthDate the birth date
   * @param year the calendar year
   * @return true when in the year's denominator
   */
  public boolean isServedIn(LocalDate birthDate, int year) {
    Objects.requireNonNull(birthDate, "birthDate");
    return !birthDate.plusYears(minAge()).isAfter(LocalDate.of(year, 12, 31));
  }

  /**
   * Returns the yearly service, when the resident is served this year and has none yet: due from 1
   * January (or the birthday that brings them to {@link #minAge()}) to 31 December.
   *
   * @param birthDate the birth date
   * @param services the resident's services, any year
   * @param asOf the date
   * @return the due service, or empty
   */
  public Optional<DueService> due(LocalDate birthDate, Iterable<ElderlyCheck> services, LocalDate asOf) {
    Objects.requireNonNull(services, "services");
    Objects.requireNonNull(asOf, "asOf");
    int year = asOf.getYear();
    if (!isServedIn(birthDate, year)) {
      return Optional.empty();
    }
    for (ElderlyCheck c : services) {
      if (c.date().getYear() == year && !c.date().isAfter(asOf)) {
        return Optional.empty();
      }
    }
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate birthday = birthDate.plusYears(minAge());
    LocalDate opens = birthday.isAfter(first) ? birthday : first;
    return DueService.on(PopulationGroup.ELDERLY, SERVICE, ServiceWindow.of(opens, opens, LocalDate.of(year, 12, 31)),
        asOf);
  }

  /**
   * Returns the gaps of one service against this policy.
   *
   * @param service the service
   * @return the rules of its gaps; empty when complete
   */
  public List<AppliedRule> gaps(ElderlyCheck service) {
    List<AppliedRule> gaps = new ArrayList<>();
    if (!service.assessed()) {
      gaps.add(AppliedRule.of(ASSESSMENT_MISSING));
    }
    if (!service.physicalExamDone()) {
      gaps.add(AppliedRule.of(EXAM_MISSING));
    }
    Set<ElderlyLabTest> missing = new TreeSet<>(requiredLabTests());
    missing.removeAll(service.labTests());
    if (!missing.isEmpty()) {
      gaps.add(AppliedRule.of(LAB_TESTS_MISSING,
          missing.stream().map(Enum::name).collect(Collectors.joining(", "))));
    }
    if (guidanceRequired() && service.guidance().isEmpty()) {
      gaps.add(AppliedRule.of(GUIDANCE_MISSING));
    }
    return gaps;
  }

  /**
   * Returns a resident's input to 老年人健康管理率 for a year.
   *
   * @param archive the archive
   * @param birthDate the birth date
   * @param services the resident's services, any year
   * @param year the calendar year
   * @return the status with its rules
   */
  public IndicatorStatus yearlyStatus(
      ArchiveNumber archive, LocalDate birthDate, Iterable<ElderlyCheck> services, int year) {
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(services, "services");
    if (!isServedIn(birthDate, year)) {
      return IndicatorStatus.of(archive, PopulationIndicator.ELDERLY_MANAGEMENT, year, false, false,
          List.of(AppliedRule.of(NOT_IN_AGE_RANGE, minAge())));
    }
    List<ElderlyCheck> ofYear = new ArrayList<>();
    for (ElderlyCheck c : services) {
      if (c.date().getYear() == year) {
        ofYear.add(c);
      }
    }
    if (ofYear.isEmpty()) {
      return IndicatorStatus.of(archive, PopulationIndicator.ELDERLY_MANAGEMENT, year, true, false,
          List.of(AppliedRule.of(NO_SERVICE, year)));
    }
    List<AppliedRule> fewest = ofYear.stream().map(this::gaps)
        .min(Comparator.comparingInt(List::size)).orElseThrow();
    boolean met = fewest.isEmpty();
    return IndicatorStatus.of(archive, PopulationIndicator.ELDERLY_MANAGEMENT, year, true, met,
        met ? List.of(AppliedRule.of(MET, minAge())) : fewest);
  }

  /** Builds {@link ElderlyPolicy}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableElderlyPolicy.Builder {
    Builder() {}
  }
}
