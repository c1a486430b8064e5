package io.github.weisheng.education;

import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.org.OrgUnitId;
import java.util.List;
import java.util.Optional;

/**
 * The health-education use cases (健康教育活动记录与考核), run for one principal (from {@code
 * health.as(principal).education()}); community records scoped by area, checked and audited.
 *
 * <p>Rules of the service: {@code education.recordExists}, {@code sanitation.idChanged} (an
 * amendment names another record), {@code educationActivity.inFuture}, and those of {@link
 * EducationActivity}.
 *
 * @since 0.1.0
 */
public interface EducationService {

  /**
   * Records an activity.
   *
   * @param activity the activity, with a new id, held today or earlier
   * @return version 1
   */
  Recorded<EducationActivity> record(EducationActivity activity);

  /**
   * Replaces an activity; the old version is kept.
   *
   * @param activity the new version, same id
   * @param basedOnVersion the version the caller read
   * @return the new version
   * @throws RecordNotFoundException when there is no such activity
   */
  Recorded<EducationActivity> amend(EducationActivity activity, long basedOnVersion);

  /**
   * Reads an activity.
   *
   * @param id the activity
   * @return its current version, or empty
   */
  Optional<Recorded<EducationActivity>> find(EducationActivityId id);

  /**
   * Returns an institution's activities of a year in the principal's scopes, by date.
   *
   * @param institution the centre or station
   * @param year the year
   * @return the activities
   */
  List<Recorded<EducationActivity>> activitiesOf(OrgUnitId institution, int year);

  /**
   * Assesses an institution's year against the minimums (a report), over its activities in the
   * principal's scopes.
   *
   * @param year the year
   * @param institution the centre or station
   * @param level its level
   * @param minimums the minimums, for example {@link EducationMinimums#spec2017()}
   * @return the assessment
   */
  EducationCompliance compliance(int year, OrgUnitId institution, InstitutionLevel level, EducationMinimums minimums);
}
