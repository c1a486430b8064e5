package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.org.OrgUnitId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A recorded follow-up of an enrolled patient (随访记录; 高血压/2型糖尿病患者随访服务记录表): the form as
 * filled in, the patient's age on the visit date, the cadence that set the routine interval, and the
 * assessment the rules gave — classification (此次随访分类), next visit (下次随访日期) and referral
 * (转诊) with the ids of the rules that produced them ({@link VisitAssessment#rules()}). Created by
 * {@link FollowUpService}; every amendment is a new version (留痕). Domain reference §§3–4.
 *
 * <p>Rules: {@code chronic.age.range} (field {@code followUp.ageAtVisit}); {@code
 * followUp.assessmentDate} (field {@code followUp.assessment}) — the assessment is of the form's
 * visit date.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFollowUpVisit.class)
@JsonDeserialize(as = ImmutableFollowUpVisit.class)
public abstract class FollowUpVisit {
  FollowUpVisit() {}

  /**
   * Returns a builder (the service builds visits; hosts and tests may, for example to compute a
   * {@link YearlyStatus} of visits held elsewhere).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the visit's id */
  public abstract FollowUpVisitId id();

  /** @return the enrolment followed up */
  public abstract EnrolmentId enrolment();

  /** @return the patient's archive */
  public abstract ArchiveNumber archive();

  /** @return the condition (hypertension or type 2 diabetes) */
  public abstract ChronicCondition condition();

  /** @return the responsible team at the time of the visit */
  public abstract OrgUnitId team();

  /** @return the form as filled in */
  public abstract FollowUpForm form();

  /** @return the patient's age in completed years on the visit date (for the age-banded targets) */
  @Value.Redacted
  public abstract int ageAtVisit();

  /** @return the routine cadence of the patient's tier or level at the visit, with its tolerance windows */
  public abstract FollowUpCadence cadence();

  /** @return the rule behind the cadence, for example {@code tier.tier1[90]} */
  public abstract AppliedRule scheduleRule();

  /** @return the assessment: classification, next visit and referral, with their rules */
  public abstract VisitAssessment assessment();

  /** @return the visit date (随访日期) */
  public LocalDate visitDate() {
    return form().visitDate();
  }

  /** @return whether the visit was face to face (clinic or home) */
  public boolean faceToFace() {
    return form().mode().faceToFace();
  }

  /** @return the date by which the next follow-up is due (下次随访日期) */
  public LocalDate nextVisit() {
    return assessment().nextVisit();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    Ages.check(v, ageAtVisit(), "followUp.ageAtVisit");
    v.require(assessment().visitDate().equals(form().visitDate()), "followUp.assessment", "followUp.assessmentDate");
    v.throwIfAny();
  }

  /** Builds {@link FollowUpVisit}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableFollowUpVisit.Builder {
    Builder() {}
  }
}
