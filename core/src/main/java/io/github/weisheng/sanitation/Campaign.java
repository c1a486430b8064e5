package io.github.weisheng.sanitation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sanitation campaign (爱国卫生运动 / 专项活动): a Patriotic Health Month, a four-pest drive, a
 * National Health City or civilised-city drive, or a local drive, run by an organiser over an area
 * and a period, with goals whose completion is measured from the outputs of its {@link Activity}s
 * (immunization-sanitation-education-standards-privacy.md §3).
 *
 * <p>Rules: {@code campaign.period} (field {@code endsOn}: not before {@code startsOn}), {@code
 * campaign.patrioticHealthMonth.april} (field {@code startsOn}: a Patriotic Health Month runs in
 * April of one year, [C: AWM]), {@code sanitation.text} (fields {@code title}, {@code organiser},
 * {@code theme}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCampaign.class)
@JsonDeserialize(as = ImmutableCampaign.class)
public abstract class Campaign {
  Campaign() {}

  /** @return the campaign's id */
  public abstract CampaignId id();

  /** @return the kind of campaign */
  public abstract CampaignType type();

  /** @return the title, for example 第35个爱国卫生月 */
  public abstract String title();

  /** @return the theme, for example 文明健康，绿色环保 */
  public abstract Optional<String> theme();

  /** @return who organises it (an office, a committee, a centre), as named */
  public abstract String organiser();

  /** @return the area it covers */
  public abstract AreaScope scope();

  /** @return the first day */
  public abstract LocalDate startsOn();

  /** @return the last day */
  public abstract LocalDate endsOn();

  /** @return the goals */
  public abstract List<CampaignGoal> goals();

  /**
   * Tells whether a day lies in the campaign's period.
   *
   * @param day the day
   * @return true from the first to the last day inclusive
   */
  public boolean covers(LocalDate day) {
    return !day.isBefore(startsOn()) && !day.isAfter(endsOn());
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder of the Patriotic Health Month of a year: type, title (第N个爱国卫生月) and period
   * (April) set.
   *
   * @param year the year, 1989 or later
   * @return the builder
   */
  public static Builder patrioticHealthMonth(int year) {
    Builder b = new Builder();
    b.type(CampaignType.PATRIOTIC_HEALTH_MONTH).title(PatrioticHealthMonth.title(year))
        .startsOn(PatrioticHealthMonth.month(year).atDay(1)).endsOn(PatrioticHealthMonth.month(year).atEndOfMonth());
    return b;
  }

  /** Builds a {@link Campaign}. */
  public static final class Builder extends ImmutableCampaign.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.require(!endsOn().isBefore(startsOn()), "endsOn", "campaign.period");
    v.require(type() != CampaignType.PATRIOTIC_HEALTH_MONTH
            || (PatrioticHealthMonth.contains(startsOn()) && PatrioticHealthMonth.contains(endsOn())
                && startsOn().getYear() == endsOn().getYear()),
        "startsOn", "campaign.patrioticHealthMonth.april");
    Texts.check(v, "title", title());
    Texts.check(v, "organiser", organiser());
    theme().ifPresent(t -> Texts.check(v, "theme", t));
    v.throwIfAny();
  }
}
