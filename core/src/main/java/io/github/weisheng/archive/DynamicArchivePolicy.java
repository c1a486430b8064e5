package io.github.weisheng.archive;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When an archive counts as dynamic (动态档案, "有动态记录"): it has a service record of a counted
 * type dated within a window before the as-of date. The numerator of 健康档案使用率.
 *
 * <p>There is no official definition of the window; the reading "within 1 year" of the third
 * edition is unconfirmed [U] (domain reference §1.3, §1.4, §8 q1). The default is therefore data:
 * a 12-month window counting every {@link ServiceType}; a host overrides it with {@link #of}.
 *
 * @since 0.1.0
 */
public final class DynamicArchivePolicy {
  private static final DynamicArchivePolicy DEFAULTS =
      new DynamicArchivePolicy(Period.ofMonths(12), EnumSet.allOf(ServiceType.class));

  private final Period window;
  private final Set<ServiceType> countedTypes;

  private DynamicArchivePolicy(Period window, Set<ServiceType> countedTypes) {
    this.window = window;
    this.countedTypes = countedTypes;
  }

  /**
   * Returns the default policy: 12 months, every service type [U].
   *
   * @return the default
   */
  public static DynamicArchivePolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a policy.
   *
   * @param window how far back a service record counts; positive
   * @param countedTypes which service types count; not empty
   * @return the policy
   */
  public static DynamicArchivePolicy of(Period window, Set<ServiceType> countedTypes) {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(countedTypes, "countedTypes");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive");
    }
    if (countedTypes.isEmpty()) {
      throw new IllegalArgumentException("countedTypes must not be empty");
    }
    return new DynamicArchivePolicy(window, Set.copyOf(EnumSet.copyOf(countedTypes)));
  }

  /** @return the window */
  public Period window() {
    return window;
  }

  /** @return the counted service types */
  public Set<ServiceType> countedTypes() {
    return countedTypes;
  }

  /**
   * Returns the first day of the window ending on {@code asOf}: a record dated on or after it (and
   * not after {@code asOf}) counts. For a 12-month window and as-of 2026-06-30, 2025-07-01.
   *
   * @param asOf the as-of date
   * @return the first counted day
   */
  public LocalDate windowStart(LocalDate asOf) {
    return asOf.minus(window).plusDays(1);
  }

  /**
   * Tells whether a service record counts on a date.
   *
   * @param record the record
   * @param asOf the as-of date
   * @return true when it is of a counted type and dated inside the window
   */
  public boolean counts(ServiceRecord record, LocalDate asOf) {
    LocalDate date = record.date();
    return countedTypes.contains(record.type()) && !date.isAfter(asOf) && !date.isBefore(windowStart(asOf));
  }

  /**
   * Tells whether an archive with these service records is dynamic on a date.
   *
   * @param records the archive's service records
   * @param asOf the as-of date
   * @return the latest counting record's date, or empty when not dynamic
   */
  public Optional<LocalDate> latestCountingDate(Iterable<ServiceRecord> records, LocalDate asOf) {
    @org.jspecify.annotations.Nullable LocalDate latest = null;
    for (ServiceRecord record : records) {
      if (counts(record, asOf) && (latest == null || record.date().isAfter(latest))) {
        latest = record.date();
      }
    }
    return Optional.ofNullable(latest);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DynamicArchivePolicy p && window.equals(p.window) && countedTypes.equals(p.countedTypes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(window, countedTypes);
  }

  @Override
  public String toString() {
    return "DynamicArchivePolicy[" + window + ", " + countedTypes + "]";
  }
}
