package io.github.weisheng.internal;

/** The record kinds core writes; one place so that no two services invent the same name. */
public final class Kinds {
  /** A resident's identity ({@code Resident}). */
  public static final String RESIDENT = "resident";
  /** A health archive ({@code HealthArchive}), id = the 17-digit number. */
  public static final String ARCHIVE = "archive";
  /** A service record of an archive ({@code ServiceRecord}). */
  public static final String ARCHIVE_SERVICE = "archive.service";
  /** The last archive serial allocated in a committee, id = the 12-digit committee code. */
  public static final String ARCHIVE_SERIAL = "archive.serial";
  /** Claim: the archive of a citizen ID number, id = HMAC of the 18-character number. */
  public static final String CLAIM_CITIZEN_ID = "claim.citizen-id";
  /** Claim: the archive of a resident, id = the resident id. */
  public static final String CLAIM_RESIDENT_ARCHIVE = "claim.resident-archive";
  /** A household ({@code Household}). */
  public static final String HOUSEHOLD = "household";
  /** Claim: the household a resident currently belongs to, id = the resident id. */
  public static final String CLAIM_HOUSEHOLD_MEMBER = "claim.household-member";
  /** An enrolment in a chronic-disease programme ({@code Enrolment}), id = the enrolment id. */
  public static final String CHRONIC_ENROLMENT = "chronic.enrolment";
  /**
   * Claim: the active enrolment of an archive in a condition, id = the archive number, a full stop
   * and the condition's name (for example {@code 11010500100100001.HYPERTENSION}).
   */
  public static final String CLAIM_CHRONIC_ENROLMENT = "claim.chronic-enrolment";

  /** A sanitation campaign ({@code Campaign}), id = the campaign id; a community record (sensitivity 1). */
  public static final String SANITATION_CAMPAIGN = "sanitation.campaign";
  /** A sanitation activity ({@code Activity}), id = the activity id; a community record. */
  public static final String SANITATION_ACTIVITY = "sanitation.activity";
  /** A vector-density survey ({@code VectorSurvey}), id = the survey id; a community record. */
  public static final String SANITATION_VECTOR_SURVEY = "sanitation.vector-survey";
  /** A 门前三包 unit with its agreements ({@code FrontageUnit}); a community record. */
  public static final String SANITATION_FRONTAGE_UNIT = "sanitation.frontage-unit";
  /** A 门前三包 inspection with its notice ({@code FrontageInspection}); a community record. */
  public static final String SANITATION_FRONTAGE_INSPECTION = "sanitation.frontage-inspection";
  /** A health-education activity ({@code EducationActivity}); a community record. */
  public static final String EDUCATION_ACTIVITY = "education.activity";
  /** A vaccination record ({@code VaccinationRecord}), id = the record id. */
  public static final String IMMUNIZATION_RECORD = "immunization.record";
  /**
   * A follow-up visit of a chronic-disease enrolment ({@code FollowUpVisit}), id = the visit id;
   * indexed by {@code enrolment-date} (enrolment id, "/", ISO visit date), {@code enrolment-f2f}
   * (the same, face-to-face visits only) and {@code archive-date}.
   */
  public static final String CHRONIC_VISIT = "chronic.visit";
  /** A child's vaccination certificate ({@code VaccinationCertificate}), id = the archive number. */
  public static final String IMMUNIZATION_CERTIFICATE = "immunization.certificate";

  /**
   * A person's case in a key population ({@code PopulationCase}), id = the case id; indexed by
   * {@code archive}, {@code team} and {@code group}.
   */
  public static final String POPULATION_CASE = "population.case";

  /**
   * An infectious-disease case report ({@code CaseReport}), id = the report id; indexed by {@code
   * archive} and {@code diagnosed} (the ISO diagnosis day).
   */
  public static final String INFECTIOUS_CASE = "infectious.case";

  /**
   * A follow-up of an infectious-disease case ({@code HomeFollowUp}), id = the follow-up id; indexed
   * by {@code case} (the report id) and {@code date} (the ISO day).
   */
  public static final String INFECTIOUS_FOLLOW_UP = "infectious.follow-up";

  private Kinds() {}
}
