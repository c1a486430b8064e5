package io.github.weisheng.examples.his;

import io.github.weisheng.Recorded;
import io.github.weisheng.archive.HealthArchive;
import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.chronic.Enrolment;
import io.github.weisheng.chronic.FollowUpVisit;
import io.github.weisheng.chronic.Referral;
import io.github.weisheng.chronic.VisitAssessment;
import io.github.weisheng.chronic.WorklistEntry;
import io.github.weisheng.immunization.DoseEvaluation;
import io.github.weisheng.immunization.ImmunizationAssessment;
import io.github.weisheng.immunization.ImmunizationRecommendation;
import io.github.weisheng.immunization.VaccinationRecord;
import io.github.weisheng.infectious.CaseReport;
import io.github.weisheng.infectious.FollowUpAction;
import io.github.weisheng.infectious.HomeFollowUp;
import io.github.weisheng.infectious.NotifiableDisease;
import io.github.weisheng.infectious.NotifiableDiseases;
import io.github.weisheng.infectious.ReportTimeliness;
import io.github.weisheng.org.OrgUnitId;
import io.github.weisheng.resident.Resident;
import io.github.weisheng.validation.RuleText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the endpoints answer: flat JSON records made from Weisheng's values, every rule with its id
 * and its text in English and Chinese.
 */
final class Views {
  private Views() {}

  /**
   * A rule's text in both languages.
   *
   * @param en English
   * @param zh Chinese
   */
  record Text(String en, String zh) {
    static Text of(String rule, List<?> arguments) {
      return new Text(RuleText.format(rule, arguments, Locale.ENGLISH),
          RuleText.format(rule, arguments, Locale.SIMPLIFIED_CHINESE));
    }
  }

  /**
   * A rule that produced a result.
   *
   * @param rule the rule id
   * @param arguments its arguments (limits, intervals; never personal data)
   * @param message its text
   */
  record Rule(String rule, List<String> arguments, Text message) {
    static Rule of(AppliedRule r) {
      return new Rule(r.rule(), r.arguments(), new Text(r.message(Locale.ENGLISH), r.message(Locale.SIMPLIFIED_CHINESE)));
    }

    static Rule of(String rule) {
      return new Rule(rule, List.of(), Text.of(rule, List.of()));
    }

    static List<Rule> all(List<AppliedRule> rules) {
      return rules.stream().map(Rule::of).toList();
    }
  }

  /**
   * The resident an archive belongs to.
   *
   * @param id the HIS's patient id
   * @param name the name
   * @param sex the sex
   * @param birthDate the birth date
   * @param age the age today
   * @param committee the committee code
   */
  record ResidentView(String id, String name, String sex, LocalDate birthDate, int age, String committee) {}

  /**
   * A health archive.
   *
   * @param number the 17-digit archive number
   * @param version the version read (send it back to amend)
   * @param status active or how it was closed
   * @param openedOn the opening date
   * @param institution the opening institution
   * @param team the family-doctor team, or null
   * @param electronic an electronic archive
   * @param resident the resident, or null when not readable
   */
  record ArchiveView(String number, long version, String status, LocalDate openedOn, String institution, String team,
      boolean electronic, ResidentView resident) {}

  static ArchiveView archive(Recorded<HealthArchive> recorded, Optional<Resident> resident, LocalDate today) {
    HealthArchive a = recorded.value();
    return new ArchiveView(a.number().value(), recorded.version(), a.status().name(), a.openedOn(),
        a.institution().value(), a.team().map(OrgUnitId::value).orElse(null), a.electronic(),
        resident.map(r -> new ResidentView(r.id().value(), r.name(), r.sex().name(), r.birthDate(), r.ageOn(today),
            r.committee().value())).orElse(null));
  }

  /**
   * A chronic-disease enrolment.
   *
   * @param id the enrolment id
   * @param version the version
   * @param archive the archive number
   * @param condition the condition
   * @param diagnosis the ICD-10 code
   * @param enrolledOn the date management began
   * @param team the responsible team
   * @param active still managed
   */
  record EnrolmentView(String id, long version, String archive, String condition, String diagnosis,
      LocalDate enrolledOn, String team, boolean active) {}

  static EnrolmentView enrolment(Recorded<Enrolment> recorded) {
    Enrolment e = recorded.value();
    return new EnrolmentView(e.id().value(), recorded.version(), e.archive().value(), e.condition().name(),
        e.diagnosis().value(), e.enrolledOn(), e.team().value(), e.closure().isEmpty());
  }

  /**
   * A recorded follow-up visit and its assessment (此次随访分类, 下次随访日期, 转诊).
   *
   * @param id the visit id
   * @param version the version (send it back to amend the visit)
   * @param enrolment the enrolment
   * @param archive the archive number
   * @param condition the condition
   * @param visitDate the visit date
   * @param ageAtVisit the patient's age on the visit date
   * @param classification satisfied, unsatisfied, adverse reaction or complication
   * @param classificationRule the rule that classified it
   * @param atTarget the reading is at target
   * @param nextVisit the next visit date
   * @param nextVisitRules the rules that set it
   * @param referral none, referral or urgent referral
   * @param urgent an urgent referral
   * @param referralRules the reasons for the referral
   * @param referralCheckBy the date to check the referral's outcome by, or null
   */
  record FollowUpView(String id, long version, String enrolment, String archive, String condition, LocalDate visitDate,
      int ageAtVisit, String classification, Rule classificationRule, boolean atTarget, LocalDate nextVisit,
      List<Rule> nextVisitRules, String referral, boolean urgent, List<Rule> referralRules,
      LocalDate referralCheckBy) {}

  static FollowUpView followUp(Recorded<FollowUpVisit> recorded) {
    FollowUpVisit v = recorded.value();
    VisitAssessment a = v.assessment();
    return new FollowUpView(v.id().value(), recorded.version(), v.enrolment().value(), v.archive().value(), v.condition().name(),
        v.visitDate(), v.ageAtVisit(), a.classification().name(), Rule.of(a.classificationRule()), a.atTarget(),
        a.nextVisit(), Rule.all(a.nextVisitRules()), a.referral().name(), a.referral() == Referral.URGENT,
        Rule.all(a.referralRules()), a.referralCheckBy().orElse(null));
  }

  /**
   * One row of a worklist (随访工作清单).
   *
   * @param archive the archive number
   * @param enrolment the enrolment
   * @param condition the condition
   * @param reason due, overdue, lost to follow-up or health check due
   * @param rule the rule with its limits
   * @param lastDone the last follow-up or health check, or null
   * @param dueOn when it was or is due
   */
  record WorklistRow(String archive, String enrolment, String condition, String reason, Rule rule, LocalDate lastDone,
      LocalDate dueOn) {}

  /**
   * A team's worklist on a date.
   *
   * @param team the team
   * @param date the date
   * @param rows the rows
   */
  record Worklist(String team, LocalDate date, List<WorklistRow> rows) {}

  static WorklistRow worklistRow(WorklistEntry e) {
    return new WorklistRow(e.archive().value(), e.enrolment().value(), e.condition().name(), e.reason().name(),
        Rule.of(e.rule()), e.lastDone().orElse(null), e.dueOn());
  }

  /**
   * A recorded vaccination.
   *
   * @param id the record id
   * @param archive the archive number
   * @param product the product code
   * @param doseNumber the dose number
   * @param date the date given
   */
  record VaccinationView(String id, String archive, String product, int doseNumber, LocalDate date) {}

  static VaccinationView vaccination(Recorded<VaccinationRecord> recorded) {
    VaccinationRecord r = recorded.value();
    return new VaccinationView(r.id().value(), r.archive().value(), r.product(), r.doseNumber(), r.date());
  }

  /**
   * One dose given, evaluated (剂次评估).
   *
   * @param product the product
   * @param date the date
   * @param series the series it counted toward
   * @param valid counts as a valid dose
   * @param doseNumber its number when valid
   * @param timely given in time, when known
   * @param reason why it does not count, or null
   */
  record DoseView(String product, LocalDate date, String series, boolean valid, Integer doseNumber, Boolean timely,
      Rule reason) {}

  /**
   * The next dose of a series (接种建议).
   *
   * @param series the series
   * @param status due, overdue, complete …
   * @param statusText the status in both languages
   * @param doseNumber the next dose's number, or null
   * @param products the products that can give it
   * @param earliest the earliest date, or null
   * @param recommended the recommended date, or null
   * @param latest the latest date, or null
   * @param validDoses valid doses so far
   * @param targetDoses doses in the series
   * @param notes notes with their rules
   */
  record RecommendationView(String series, String status, Text statusText, Integer doseNumber, List<String> products,
      LocalDate earliest, LocalDate recommended, LocalDate latest, int validDoses, int targetDoses, List<Rule> notes) {}

  /**
   * A child's immunization forecast (预防接种评估与预测).
   *
   * @param archive the child's archive
   * @param assessmentDate the date assessed on
   * @param schedule the schedule edition used
   * @param upToDate nothing due, overdue or to catch up
   * @param evaluations the doses given
   * @param recommendations the next doses
   */
  record ForecastView(String archive, LocalDate assessmentDate, String schedule, boolean upToDate,
      List<DoseView> evaluations, List<RecommendationView> recommendations) {}

  static ForecastView forecast(String archive, ImmunizationAssessment a) {
    List<DoseView> doses = a.evaluations().stream().map(Views::dose).toList();
    List<RecommendationView> next = a.recommendations().stream().map(Views::recommendation).toList();
    return new ForecastView(archive, a.assessmentDate(), a.schedule(), a.isUpToDate(), doses, next);
  }

  private static DoseView dose(DoseEvaluation e) {
    return new DoseView(e.dose().product(), e.dose().date(), e.seriesId(), e.isValid(), e.doseNumber().orElse(null),
        e.timely().orElse(null), e.reason().map(r -> Rule.of(r.rule())).orElse(null));
  }

  private static RecommendationView recommendation(ImmunizationRecommendation r) {
    return new RecommendationView(r.seriesId(), r.status().name(), Text.of(r.status().rule(), List.of()),
        r.doseNumber().orElse(null), r.products(), r.earliest().orElse(null), r.recommended().orElse(null),
        r.latest().orElse(null), r.validDoses(), r.targetDoses(), r.notes().stream().map(Rule::of).toList());
  }

  /**
   * Whether a case was reported through the network, and on time (报告及时).
   *
   * @param reported reported through the network
   * @param onTime within the limit
   * @param limitHours the limit of the disease's class, in hours
   * @param rule the rule that decided it, with the delay and the limit in hours
   */
  record TimelinessView(boolean reported, boolean onTime, long limitHours, Rule rule) {}

  /**
   * An infectious-disease case report (传染病报告卡).
   *
   * @param id the case id
   * @param version the version (send it back to lift the isolation)
   * @param archive the archive number
   * @param disease the disease code
   * @param diseaseName the disease's name in both languages, or null when the table no longer lists it
   * @param notifiableClass the class (甲/乙/丙类) whose limit applies, or null likewise
   * @param classification the case classification
   * @param onsetOn the onset day, or null
   * @param diagnosedAt when diagnosed
   * @param reportedAt when reported through the network, or null
   * @param isolationFrom the first day of isolation, or null
   * @param isolationUntil the planned last day, or null
   * @param isolationLiftedOn the day it was lifted, or null
   * @param status registered, reported or isolation lifted
   * @param timeliness whether it was reported on time, with the rule, or null likewise
   */
  record CaseReportView(String id, long version, String archive, String disease, Text diseaseName,
      String notifiableClass, String classification, LocalDate onsetOn, LocalDateTime diagnosedAt,
      LocalDateTime reportedAt, LocalDate isolationFrom, LocalDate isolationUntil, LocalDate isolationLiftedOn,
      String status, TimelinessView timeliness) {}

  static CaseReportView caseReport(Recorded<CaseReport> recorded, NotifiableDiseases diseases) {
    CaseReport c = recorded.value();
    // a disease the table no longer lists: the card is shown, its timeliness undecidable
    Optional<NotifiableDisease> disease = diseases.find(c.disease());
    TimelinessView timeliness = disease.map(d -> {
      ReportTimeliness t = diseases.timeliness(c);
      return new TimelinessView(t.reported(), t.onTime(), t.limit().toHours(), Rule.of(t.rule()));
    }).orElse(null);
    return new CaseReportView(c.id().value(), recorded.version(), c.archive().value(), c.disease(),
        disease.map(d -> new Text(d.englishName(), d.chineseName())).orElse(null),
        disease.map(d -> d.reportingClass().name()).orElse(null), c.classification().name(),
        c.onsetOn().orElse(null), c.diagnosedAt(), c.reportedAt().orElse(null), c.isolationFrom().orElse(null),
        c.isolationUntil().orElse(null), c.isolationLiftedOn().orElse(null), c.status().name(), timeliness);
  }

  /**
   * A follow-up of an infectious-disease case (上门随访).
   *
   * @param id the follow-up id
   * @param caseReport the case
   * @param archive the archive number
   * @param date the day
   * @param mode at home, at the clinic or by phone
   * @param actions what was done, as codes
   * @param actionNames what was done, in Chinese
   */
  record HomeFollowUpView(String id, String caseReport, String archive, LocalDate date, String mode,
      List<String> actions, List<String> actionNames) {}

  static HomeFollowUpView homeFollowUp(Recorded<HomeFollowUp> recorded) {
    HomeFollowUp f = recorded.value();
    List<FollowUpAction> actions = f.actions().stream().sorted().toList();
    return new HomeFollowUpView(f.id().value(), f.caseReport().value(), f.archive().value(), f.date(), f.mode().name(),
        actions.stream().map(FollowUpAction::name).toList(), actions.stream().map(FollowUpAction::chineseName).toList());
  }
}
