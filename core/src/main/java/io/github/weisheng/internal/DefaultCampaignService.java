package io.github.weisheng.internal;

import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.sanitation.Activity;
import io.github.weisheng.sanitation.ActivityId;
import io.github.weisheng.sanitation.AreaScope;
import io.github.weisheng.sanitation.Campaign;
import io.github.weisheng.sanitation.CampaignId;
import io.github.weisheng.sanitation.CampaignProgress;
import io.github.weisheng.sanitation.CampaignService;
import io.github.weisheng.sanitation.OutputTotals;
import io.github.weisheng.sanitation.SurveyId;
import io.github.weisheng.sanitation.VectorSurvey;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.storage.IndexEntry;
import io.github.weisheng.spi.storage.IndexQuery;
import io.github.weisheng.spi.storage.ScopeFilter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The campaign, activity and vector-survey use cases over the record store, for one principal:
 * community records of sensitivity 1 (see {@link CommunityRecords}), indexed by date, type and
 * campaign — nothing personal.
 */
public final class DefaultCampaignService implements CampaignService {
  private final Gate gate;
  private final CommunityRecords<Campaign> campaigns;
  private final CommunityRecords<Activity> activities;
  private final CommunityRecords<VectorSurvey> surveys;

  /**
   * Creates the service.
   *
   * @param records typed store access for the principal
   * @param gate the principal's gate
   */
  public DefaultCampaignService(Records records, Gate gate) {
    this.gate = gate;
    this.campaigns = new CommunityRecords<>(records, gate, Kinds.SANITATION_CAMPAIGN, Campaign.class,
        c -> c.id().value(), c -> c.scope().value(), DefaultCampaignService::index, "sanitation.recordExists");
    this.activities = new CommunityRecords<>(records, gate, Kinds.SANITATION_ACTIVITY, Activity.class,
        a -> a.id().value(), a -> a.scope().value(), DefaultCampaignService::index, "sanitation.recordExists");
    this.surveys = new CommunityRecords<>(records, gate, Kinds.SANITATION_VECTOR_SURVEY, VectorSurvey.class,
        s -> s.id().value(), s -> s.scope().value(),
        s -> Set.of(IndexEntry.of("surveyed", s.surveyedOn().toString())), "sanitation.recordExists");
  }

  static Set<IndexEntry> index(Campaign c) {
    return Set.of(IndexEntry.of("type", c.type().name()), IndexEntry.of("starts", c.startsOn().toString()),
        IndexEntry.of("ends", c.endsOn().toString()));
  }

  static Set<IndexEntry> index(Activity a) {
    Set<IndexEntry> index = new HashSet<>();
    index.add(IndexEntry.of("held", a.heldOn().toString()));
    index.add(IndexEntry.of("type", a.type().name()));
    a.campaign().ifPresent(c -> index.add(IndexEntry.of("campaign", c.value())));
    return index;
  }

  /** The half-open index range of the days from {@code from} to {@code to} inclusive; empty when {@code to < from}. */
  static IndexQuery days(String kind, String index, LocalDate from, LocalDate to) {
    return IndexQuery.range(kind, index, from.toString(), (to.isBefore(from) ? from : to.plusDays(1)).toString());
  }

  private LocalDate today() {
    return LocalDate.now(gate.clock());
  }

  @Override
  public Recorded<Campaign> plan(Campaign campaign) {
    return campaigns.create(campaign, "sanitation.campaign.plan", () -> { });
  }

  @Override
  public Recorded<Campaign> amend(Campaign campaign, long basedOnVersion) {
    Objects.requireNonNull(campaign, "campaign");
    return campaigns.amend(campaign.id().value(), basedOnVersion, current -> campaign, "sanitation.campaign.amend");
  }

  @Override
  public Optional<Recorded<Campaign>> findCampaign(CampaignId id) {
    return campaigns.find(Objects.requireNonNull(id, "id").value());
  }

  @Override
  public List<Recorded<Campaign>> campaigns(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Set<String> scopes = gate.principal().scopes();
    return campaigns.scanAll(Action.SEARCH).stream()
        .filter(r -> concerns(scopes, r.value().scope()))
        .filter(r -> !r.value().endsOn().isBefore(from) && !r.value().startsOn().isAfter(to))
        .sorted(Comparator.comparing((Recorded<Campaign> r) -> r.value().startsOn()).thenComparing(r -> r.value().id()))
        .collect(Collectors.toList());
  }

  /** A campaign concerns a principal when its area covers or lies inside one of the principal's scopes. */
  private static boolean concerns(Set<String> scopes, AreaScope area) {
    return scopes.stream().anyMatch(s -> s.startsWith(area.value()) || area.value().startsWith(s));
  }

  @Override
  public Recorded<Activity> record(Activity activity) {
    Objects.requireNonNull(activity, "activity");
    return activities.create(activity, "sanitation.activity.record", () -> activityRules(activity));
  }

  @Override
  public Recorded<Activity> amend(Activity activity, long basedOnVersion) {
    Objects.requireNonNull(activity, "activity");
    return activities.amend(activity.id().value(), basedOnVersion, current -> {
      activityRules(activity);
      return activity;
    }, "sanitation.activity.amend");
  }

  /** The service's rules of an activity: not in the future; inside its campaign's period and area. */
  private void activityRules(Activity activity) {
    Violations v = new Violations();
    v.require(!activity.heldOn().isAfter(today()), "heldOn", "activity.inFuture");
    activity.campaign().ifPresent(id -> {
      Optional<Campaign> campaign = campaigns.read(id.value()).map(Recorded::value);
      v.require(campaign.isPresent(), "campaign", "activity.campaignUnknown");
      campaign.ifPresent(c -> {
        v.require(c.covers(activity.heldOn()), "heldOn", "activity.outsideCampaignPeriod", c.startsOn(), c.endsOn());
        v.require(c.scope().covers(activity.scope()), "scope", "activity.outsideCampaignScope", c.scope().value());
      });
    });
    v.throwIfAny();
  }

  @Override
  public Optional<Recorded<Activity>> findActivity(ActivityId id) {
    return activities.find(Objects.requireNonNull(id, "id").value());
  }

  @Override
  public List<Recorded<Activity>> activityHistory(ActivityId id) {
    return activities.history(Objects.requireNonNull(id, "id").value());
  }

  @Override
  public List<Recorded<Activity>> activitiesOf(CampaignId campaign) {
    Objects.requireNonNull(campaign, "campaign");
    return byDate(activities.query(Action.SEARCH, "",
        IndexQuery.equalTo(Kinds.SANITATION_ACTIVITY, "campaign", campaign.value())));
  }

  private static List<Recorded<Activity>> byDate(List<Recorded<Activity>> found) {
    return found.stream()
        .sorted(Comparator.comparing((Recorded<Activity> r) -> r.value().heldOn()).thenComparing(r -> r.value().id()))
        .collect(Collectors.toList());
  }

  @Override
  public CampaignProgress progress(CampaignId campaign) {
    Objects.requireNonNull(campaign, "campaign");
    return gate.run(Action.REPORT, activities.resource("", ""), () -> {
      Campaign c = campaigns.read(campaign.value())
          .orElseThrow(() -> new RecordNotFoundException(Kinds.SANITATION_CAMPAIGN, campaign.value())).value();
      List<Activity> mine = activities.lookUp(
              IndexQuery.equalTo(Kinds.SANITATION_ACTIVITY, "campaign", campaign.value()),
              ScopeFilter.within(gate.principal().scopes()))
          .stream().map(Recorded::value).collect(Collectors.toList());
      return CampaignProgress.of(c, mine);
    });
  }

  @Override
  public OutputTotals totals(AreaScope area, LocalDate from, LocalDate to) {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<Activity> found = activities.query(Action.REPORT, area.value(),
            days(Kinds.SANITATION_ACTIVITY, "held", from, to))
        .stream().map(Recorded::value).collect(Collectors.toList());
    return OutputTotals.ofArea(area, from, to, found);
  }

  @Override
  public Recorded<VectorSurvey> recordSurvey(VectorSurvey survey) {
    Objects.requireNonNull(survey, "survey");
    return surveys.create(survey, "sanitation.survey.record", () -> new Violations()
        .require(!survey.surveyedOn().isAfter(today()), "surveyedOn", "vectorSurvey.inFuture").throwIfAny());
  }

  @Override
  public Optional<Recorded<VectorSurvey>> findSurvey(SurveyId id) {
    return surveys.find(Objects.requireNonNull(id, "id").value());
  }

  @Override
  public List<Recorded<VectorSurvey>> surveys(AreaScope area, LocalDate from, LocalDate to) {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return surveys.query(Action.SEARCH, area.value(), days(Kinds.SANITATION_VECTOR_SURVEY, "surveyed", from, to))
        .stream()
        .sorted(Comparator.comparing((Recorded<VectorSurvey> r) -> r.value().surveyedOn())
            .thenComparing(r -> r.value().id().value()))
        .collect(Collectors.toList());
  }
}
