package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.chronic.WorklistReason;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service a person is due or overdue for on a date (应服务 / 逾期): the group, the service's id (for
 * example {@code child.check.month6}), its window, and the chronic worklist's {@link
 * WorklistReason} ({@link WorklistReason#DUE} inside the window, {@link WorklistReason#OVERDUE}
 * after it) with its rule: {@code population.due} (argument: the service id) or {@code
 * population.overdue} (arguments: the service id, the days late). The one shape every group's
 * schedule returns.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDueService.class)
@JsonDeserialize(as = ImmutableDueService.class)
public abstract class DueService {
  static final String DUE = "population.due";
  static final String OVERDUE = "population.overdue";

  DueService() {}

  /** @return the group */
  public abstract PopulationGroup group();

  /** @return the service id, for example {@code child.check.month6}; a key of the bundles */
  public abstract String service();

  /** @return the service's window */
  public abstract ServiceWindow window();

  /** @return {@link WorklistReason#DUE} or {@link WorklistReason#OVERDUE} */
  public abstract WorklistReason reason();

  /** @return the rule with its arguments */
  public abstract AppliedRule rule();

  /**
   * Returns the service's state on a date, when the service has not been given: due inside the
   * window, overdue after it, nothing before it opens.
   *
   * @param group the group
   * @param service the service id
   * @param window the window
   * @param asOf the date
   * @return the due service, or empty before the window opens
   */
  public static Optional<DueService> on(PopulationGroup group, String service, ServiceWindow window, LocalDate asOf) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(window, "window");
    switch (window.status(asOf)) {
      case OPEN:
        return Optional.of(ImmutableDueService.builder().group(group).service(service).window(window)
            .reason(WorklistReason.DUE).rule(AppliedRule.of(DUE, service)).build());
      case CLOSED:
        return Optional.of(ImmutableDueService.builder().group(group).service(service).window(window)
            .reason(WorklistReason.OVERDUE).rule(AppliedRule.of(OVERDUE, service, window.daysLate(asOf))).build());
      default:
        return Optional.empty();
    }
  }
}
