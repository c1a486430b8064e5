package io.github.weisheng.infectious;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.chronic.AppliedRule;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a case report was reported, and on time (报告及时), from {@link
 * NotifiableDiseases#timeliness(CaseReport)}: the class's limit, the delay from diagnosis to the
 * network report, and the rule that decided it — {@code infectious.report.onTime} or {@code
 * infectious.report.late} (arguments: the delay and the limit in hours, for example "reported 30 h
 * after diagnosis, limit 24 h"), or {@code infectious.report.missing} (argument: the limit). The
 * rule's arguments are durations, never personal data.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportTimeliness.class)
@JsonDeserialize(as = ImmutableReportTimeliness.class)
public abstract class ReportTimeliness {
  ReportTimeliness() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return true when the card was reported through the network */
  public abstract boolean reported();

  /** @return true when reported within the limit (the limit itself included) */
  public abstract boolean onTime();

  /** @return the report time limit of the disease's class */
  public abstract Duration limit();

  /** @return the time from diagnosis to report, when reported */
  public abstract Optional<Duration> delay();

  /** @return the rule that decided it, with the delay and the limit in hours */
  public abstract AppliedRule rule();

  @Value.Check
  void check() {
    if (reported() != delay().isPresent() || onTime() && !reported()) {
      throw new IllegalArgumentException(
          "reportTimeliness: a delay exactly when reported, on time only when reported / 已报告才有时延");
    }
  }

  /** Builds {@link ReportTimeliness}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableReportTimeliness.Builder {
    Builder() {}
  }
}
