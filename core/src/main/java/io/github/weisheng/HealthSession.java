package io.github.weisheng;

import io.github.weisheng.access.Masking;
import io.github.weisheng.archive.ArchiveService;
import io.github.weisheng.archive.DynamicArchivePolicy;
import io.github.weisheng.chronic.ChronicCarePolicy;
import io.github.weisheng.chronic.EnrolmentService;
import io.github.weisheng.chronic.FollowUpService;
import io.github.weisheng.education.EducationService;
import io.github.weisheng.immunization.ImmunizationForecaster;
import io.github.weisheng.immunization.ImmunizationSchedule;
import io.github.weisheng.immunization.ImmunizationService;
import io.github.weisheng.infectious.InfectiousDiseaseService;
import io.github.weisheng.infectious.NotifiableDiseases;
import io.github.weisheng.internal.AggregateAccess;
import io.github.weisheng.internal.DefaultArchiveService;
import io.github.weisheng.internal.DefaultCampaignService;
import io.github.weisheng.internal.DefaultEducationService;
import io.github.weisheng.internal.DefaultEnrolmentService;
import io.github.weisheng.internal.DefaultFollowUpService;
import io.github.weisheng.internal.DefaultFrontageService;
import io.github.weisheng.internal.DefaultHouseholdService;
import io.github.weisheng.internal.DefaultImmunizationService;
import io.github.weisheng.internal.DefaultInfectiousDiseaseService;
import io.github.weisheng.internal.DefaultPopulationService;
import io.github.weisheng.internal.DefaultResidentService;
import io.github.weisheng.internal.Gate;
import io.github.weisheng.internal.IdentityKeys;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.internal.Records;
import io.github.weisheng.population.PopulationRules;
import io.github.weisheng.population.PopulationService;
import io.github.weisheng.resident.HouseholdService;
import io.github.weisheng.resident.ResidentService;
import io.github.weisheng.sanitation.CampaignService;
import io.github.weisheng.sanitation.FrontageService;
import io.github.weisheng.spi.access.AccessPolicy;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
import io.github.weisheng.spi.audit.AuditSink;
import io.github.weisheng.spi.storage.RecordStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Weisheng's use cases acting for one principal, from {@link CommunityHealth#as}. Every call is
 * checked by the access policy and audited under the principal's id. Cheap to create; thread-safe.
 *
 * @since 0.1.0
 */
public final class HealthSession {
  private final Principal principal;
  private final DefaultArchiveService archives;
  private final DefaultResidentService residents;
  private final DefaultHouseholdService households;
  private final DefaultEnrolmentService enrolments;
  private final DefaultCampaignService campaigns;
  private final DefaultFrontageService frontage;
  private final DefaultEducationService education;
  private final Records records;
  private final Gate gate;
  private final DefaultImmunizationService immunizations;
  private final DefaultFollowUpService followUps;

  HealthSession(
      Principal principal,
      RecordStore store,
      AccessPolicy policy,
      AuditSink audit,
      Clock clock,
      JsonCodec json,
      IdentityKeys identityKeys,
      DynamicArchivePolicy dynamicPolicy,
      Masking masking,
      ChronicCarePolicy chronicCarePolicy) {
    this.principal = principal;
    Gate gate = new Gate(principal, policy, audit, clock);
    Records records = new Records(store, json, gate);
    this.archives = new DefaultArchiveService(records, gate, identityKeys, dynamicPolicy);
    this.residents = new DefaultResidentService(records, gate, archives, masking);
    this.households = new DefaultHouseholdService(records, gate);
    this.enrolments = new DefaultEnrolmentService(records, gate);
    this.campaigns = new DefaultCampaignService(records, gate);
    this.frontage = new DefaultFrontageService(records, gate);
    this.education = new DefaultEducationService(records, gate);
    this.records = records;
    this.gate = gate;
    this.immunizations = new DefaultImmunizationService(records, gate, ImmunizationForecaster.defaults());
    this.followUps = new DefaultFollowUpService(records, gate, chronicCarePolicy);
  }

  /** @return who this session acts for */
  public Principal principal() {
    return principal;
  }

  /** @return the health-archive use cases */
  public ArchiveService archives() {
    return archives;
  }

  /** @return the resident-registry use cases */
  public ResidentService residents() {
    return residents;
  }

  /** @return the household (户) use cases of the resident registry */
  public HouseholdService households() {
    return households;
  }

  /** @return the chronic-disease enrolment (慢病建档/纳入管理) use cases */
  public EnrolmentService enrolments() {
    return enrolments;
  }

  /** @return the sanitation campaign, activity and vector-survey use cases (爱国卫生运动) */
  public CampaignService campaigns() {
    return campaigns;
  }

  /** @return the 门前三包 use cases */
  public FrontageService frontage() {
    return frontage;
  }

  /** @return the health-education use cases (健康教育) */
  public EducationService education() {
    return education;
  }

  /** @return the immunization (预防接种) use cases with the national schedule ({@link ImmunizationSchedule#defaults()}) */
  public ImmunizationService immunizations() {
    return immunizations;
  }

  /**
   * Returns the immunization use cases with a host's schedule (a provincial variant, non-programme
   * vaccines).
   *
   * @param schedule the schedule
   * @return the use cases
   */
  public ImmunizationService immunizations(ImmunizationSchedule schedule) {
    return new DefaultImmunizationService(records, gate, ImmunizationForecaster.of(schedule));
  }

  /** @return the key-population use cases (重点人群) with the national tables ({@link PopulationRules#defaults()}) */
  public PopulationService populations() {
    return new DefaultPopulationService(records, gate, PopulationRules.defaults());
  }

  /**
   * Returns the key-population use cases with a host's tables (provincial windows, intervals).
   *
   * @param rules the tables
   * @return the use cases
   */
  public PopulationService populations(PopulationRules rules) {
    return new DefaultPopulationService(records, gate, Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Returns the infectious-disease use cases (传染病报告和处理) with the default disease table and report
   * time limits ({@link NotifiableDiseases#defaults()}).
   *
   * @return the use cases
   */
  public InfectiousDiseaseService infectiousDiseases() {
    return new DefaultInfectiousDiseaseService(records, gate, NotifiableDiseases.defaults());
  }

  /**
   * Returns the infectious-disease use cases with a host's disease table (a disease added by a
   * notice, provincial limits).
   *
   * @param diseases the table
   * @return the use cases
   */
  public InfectiousDiseaseService infectiousDiseases(NotifiableDiseases diseases) {
    return new DefaultInfectiousDiseaseService(records, gate, Objects.requireNonNull(diseases, "diseases"));
  }

  /**
   * Tells whether the access policy would allow this principal an action, without auditing anything:
   * for deciding what to offer or show (a button, a drill-down's detail), never instead of calling
   * the use case, which checks and audits again.
   *
   * @param action the action
   * @param resource what it is about
   * @return true when allowed
   */
  public boolean permits(Action action, Resource resource) {
    return gate.permits(Objects.requireNonNull(action, "action"), Objects.requireNonNull(resource, "resource"));
  }

  /**
   * Runs an export (导出) of data out of the system: checks {@link Action#EXPORT} on {@code what},
   * runs the export only when allowed, and audits its outcome (succeeded, or failed with the
   * exception's type). A denied export writes nothing.
   *
   * @param what what is exported: a record kind (or a report's kind), the area's scope and the
   *     data's sensitivity (a de-identified report is {@link Sensitivity#DE_IDENTIFIED})
   * @param export the export, typically writing a file or a response stream
   * @throws IOException when the export fails to write
   * @throws AccessDeniedException when the policy refuses the export
   */
  public void export(Resource what, Export export) throws IOException {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(export, "export");
    try {
      gate.run(Action.EXPORT, what, () -> {
        try {
          export.run();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return null;
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** An export's work: writes the exported data somewhere outside Weisheng. */
  @FunctionalInterface
  public interface Export {
    /**
     * Writes the export.
     *
     * @throws IOException when writing fails
     */
    void run() throws IOException;
  }

  /**
   * Runs a computation of aggregate figures (统计) for this principal, for Weisheng's reporting
   * module: the computation is checked and audited as one {@link Action#REPORT} on {@code report},
   * and every read it makes through this session is checked and audited as a report on
   * de-identified data, so that a statistician or a supervising authority, who may see figures but
   * not personal rows, gets the figures; a write or export inside it is refused. The token is
   * internal (see {@link AggregateAccess}): hosts get aggregates through weisheng-reporting.
   *
   * @param access the reporting module's token
   * @param report the report: its kind, the area's scope and a de-identified sensitivity
   * @param computation the computation, run only when allowed
   * @param <T> the result
   * @return the computation's result
   */
  public <T> T aggregate(AggregateAccess access, Resource report, Supplier<T> computation) {
    Objects.requireNonNull(access, "access");
    return gate.aggregate(Objects.requireNonNull(report, "report"), Objects.requireNonNull(computation, "computation"));
  }

  /** @return the hypertension and type 2 diabetes follow-up (随访) use cases */
  public FollowUpService followUps() {
    return followUps;
  }
}
