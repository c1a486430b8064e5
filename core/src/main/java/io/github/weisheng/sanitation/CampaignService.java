package io.github.weisheng.sanitation;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The campaign use cases (爱国卫生运动: 计划, 活动记录, 统计) and the vector-density surveys, run for
 * one principal (from {@code health.as(principal).campaigns()}). Campaigns, activities and surveys
 * are community records (sensitivity 1, no personal health data) scoped by their area: committee
 * cadres may record and report them under the default policy, and never reach health data through
 * them. Every call is checked by the access policy (a refusal throws {@link AccessDeniedException})
 * and audited; every write is one commit with who, when and why, and every version is kept.
 *
 * <p>Rules of the service, besides those of the values: {@code sanitation.recordExists} (an id
 * already used), {@code sanitation.idChanged} (an amendment names another record), {@code
 * activity.inFuture}, {@code activity.campaignUnknown}, {@code activity.outsideCampaignPeriod},
 * {@code activity.outsideCampaignScope}, {@code vectorSurvey.inFuture}. Dates are judged against
 * the entry point's clock.
 *
 * @since 0.1.0
 */
public interface CampaignService {

  /**
   * Records a planned campaign (制定活动方案).
   *
   * @param campaign the campaign, with a new id
   * @return version 1
   * @throws RuleViolationException {@code sanitation.recordExists}
   * @throws AccessDeniedException when the principal may not create records in the campaign's area
   */
  Recorded<Campaign> plan(Campaign campaign);

  /**
   * Replaces a campaign (new goals, a longer period …); the old version is kept.
   *
   * @param campaign the new version, same id
   * @param basedOnVersion the version the caller read
   * @return the new version
   * @throws RecordNotFoundException when there is no such campaign
   * @throws StaleRecordException when it changed since {@code basedOnVersion}
   */
  Recorded<Campaign> amend(Campaign campaign, long basedOnVersion);

  /**
   * Reads a campaign.
   *
   * @param id the campaign
   * @return its current version, or empty
   */
  Optional<Recorded<Campaign>> findCampaign(CampaignId id);

  /**
   * Returns the campaigns that concern the principal — whose area covers or lies inside one of the
   * principal's scopes, so that a committee sees its street's Patriotic Health Month — and that
   * overlap a period, by start date.
   *
   * @param from the first day
   * @param to the last day
   * @return the campaigns
   */
  List<Recorded<Campaign>> campaigns(LocalDate from, LocalDate to);

  /**
   * Records an activity (活动记录). Under a campaign, it must fall in the campaign's period and area.
   *
   * @param activity the activity, with a new id, held today or earlier
   * @return version 1
   * @throws RuleViolationException a rule of the service
   */
  Recorded<Activity> record(Activity activity);

  /**
   * Replaces an activity (corrected outputs …); the old version is kept.
   *
   * @param activity the new version, same id
   * @param basedOnVersion the version the caller read
   * @return the new version
   */
  Recorded<Activity> amend(Activity activity, long basedOnVersion);

  /**
   * Reads an activity.
   *
   * @param id the activity
   * @return its current version, or empty
   */
  Optional<Recorded<Activity>> findActivity(ActivityId id);

  /**
   * Returns every version of an activity, oldest first (留痕).
   *
   * @param id the activity
   * @return the versions
   * @throws RecordNotFoundException when there is none
   */
  List<Recorded<Activity>> activityHistory(ActivityId id);

  /**
   * Returns the activities of a campaign in the principal's scopes, by date.
   *
   * @param campaign the campaign
   * @return the activities
   */
  List<Recorded<Activity>> activitiesOf(CampaignId campaign);

  /**
   * Measures a campaign (a report): the totals of its activities in the principal's scopes and the
   * completion of each goal.
   *
   * @param campaign the campaign
   * @return the progress
   * @throws RecordNotFoundException when there is no such campaign
   */
  CampaignProgress progress(CampaignId campaign);

  /**
   * Totals the activities held in an area and period (a report), with the activities behind each
   * total.
   *
   * @param area the area, inside the principal's scopes
   * @param from the first day
   * @param to the last day
   * @return the totals
   */
  OutputTotals totals(AreaScope area, LocalDate from, LocalDate to);

  /**
   * Records a vector-density survey.
   *
   * @param survey the survey, with a new id, held today or earlier
   * @return version 1
   */
  Recorded<VectorSurvey> recordSurvey(VectorSurvey survey);

  /**
   * Reads a survey.
   *
   * @param id the survey
   * @return its current version, or empty
   */
  Optional<Recorded<VectorSurvey>> findSurvey(SurveyId id);

  /**
   * Returns the surveys of an area in a period, by date.
   *
   * @param area the area
   * @param from the first day
   * @param to the last day
   * @return the surveys
   */
  List<Recorded<VectorSurvey>> surveys(AreaScope area, LocalDate from, LocalDate to);
}
