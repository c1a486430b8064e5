package io.github.weisheng.sanitation;

import static io.github.weisheng.Fixtures.COMMITTEE_1;
import static io.github.weisheng.Fixtures.COMMITTEE_2;
import static io.github.weisheng.Fixtures.OTHER_STREET;
import static io.github.weisheng.Fixtures.TODAY;
import static io.github.weisheng.sanitation.SanitationTesting.dec;
import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.AccessDeniedException;
import io.github.weisheng.CommunityHealth;
import io.github.weisheng.Fixtures;
import io.github.weisheng.RecordNotFoundException;
import io.github.weisheng.Recorded;
import io.github.weisheng.StaleRecordException;
import io.github.weisheng.audit.StoreAuditSink;
import io.github.weisheng.chronic.ChronicCondition;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.internal.Kinds;
import io.github.weisheng.spi.access.Action;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.audit.AuditEvent;
import io.github.weisheng.spi.audit.Outcome;
import io.github.weisheng.spi.storage.RecordKey;
import io.github.weisheng.spi.storage.RecordStore;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoredRecord;
import io.github.weisheng.store.InMemoryRecordStore;
import io.github.weisheng.store.jdbc.JdbcRecordStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignServiceTest {
  private static final AreaScope STREET = AreaScope.parse("110105001");
  private static final AreaScope C1 = AreaScope.of(COMMITTEE_1);
  private static final AreaScope C2 = AreaScope.of(COMMITTEE_2);
  private static final LocalDate APRIL_10 = LocalDate.of(2026, 4, 10);

  private final RecordStore store = InMemoryRecordStore.create();
  private final CommunityHealth health = Fixtures.health(store);
  /** 公卫专干 of the street. */
  private final CampaignService officer = health.as(
      Principal.of("officer-li", Set.of("public-health-officer"), Set.of(STREET.value()))).campaigns();
  /** 居委会干部 of committee 1. */
  private final Principal cadrePrincipal = Principal.of("cadre-zhao", Set.of("committee-cadre"), Set.of(C1.value()));
  private final CampaignService cadre = health.as(cadrePrincipal).campaigns();
  private int ids;

  private Campaign streetMonth() {
    return Campaign.patrioticHealthMonth(2026).id(CampaignId.parse("phm-2026")).organiser("街道爱卫办").scope(STREET)
        .addGoal(CampaignGoal.total("清理卫生死角20处", Output.of(OutputKind.BLACK_SPOTS_CLEARED, 20))).build();
  }

  private Activity activity(AreaScope scope, LocalDate on, Output... outputs) {
    return Activity.builder().id(ActivityId.parse("a-" + ++ids)).campaign(CampaignId.parse("phm-2026")).heldOn(on)
        .place("小区及背街小巷").type(ActivityType.CLEAN_UP).organiser("居委会").scope(scope)
        .putParticipant(ParticipantKind.RESIDENTS, 20).addOutputs(outputs).build();
  }

  private long count(String kind) {
    try (Stream<StoredRecord> s = store.scan(kind, ScopeFilter.all())) {
      return s.count();
    }
  }

  private List<AuditEvent> audit(String kind) {
    JsonCodec json = JsonCodec.create();
    try (var s = store.scan(StoreAuditSink.KIND, ScopeFilter.all())) {
      return s.map(r -> json.read(r.body(), AuditEvent.class)).filter(e -> e.kind().equals(kind))
          .collect(Collectors.toList());
    }
  }

  @Test
  void theStreetPlansTheMonthAndACommitteeCadreRecordsItsActivitiesUnderIt() {
    Recorded<Campaign> planned = officer.plan(streetMonth());
    assertThat(planned.version()).isEqualTo(1);
    assertThat(planned.recordedBy()).isEqualTo("officer-li");
    // the cadre of committee 1 sees the street's campaign among those that concern it
    assertThat(cadre.campaigns(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .extracting(r -> r.value().id().value()).containsExactly("phm-2026");
    assertThat(cadre.campaigns(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31))).isEmpty();
    Recorded<Activity> recorded = cadre.record(activity(C1, APRIL_10, Output.of(OutputKind.BLACK_SPOTS_CLEARED, 12),
        Output.of(OutputKind.GARBAGE_REMOVED, "4.5")));
    assertThat(recorded.version()).isEqualTo(1);
    officer.record(activity(C2, APRIL_10.plusDays(1), Output.of(OutputKind.BLACK_SPOTS_CLEARED, 9)));

    StoredRecord stored = store.read(RecordKey.of(Kinds.SANITATION_ACTIVITY, "a-1")).orElseThrow();
    assertThat(stored.scope()).isEqualTo(C1.value());
    assertThat(cadre.findActivity(ActivityId.parse("a-1"))).map(Recorded::value).contains(recorded.value());

    // the street sees both activities and the goal met; the cadre its committee's share only
    CampaignProgress street = officer.progress(CampaignId.parse("phm-2026"));
    assertThat(street.goals().get(0).achieved()).isEqualTo(dec("21"));
    assertThat(street.goals().get(0).met()).isTrue();
    CampaignProgress committee = cadre.progress(CampaignId.parse("phm-2026"));
    assertThat(committee.goals().get(0).achieved()).isEqualTo(dec("12"));
    assertThat(committee.totals().activities()).extracting(ActivityId::value).containsExactly("a-1");
    assertThat(officer.activitiesOf(CampaignId.parse("phm-2026"))).extracting(r -> r.value().id().value())
        .containsExactly("a-1", "a-2");
    assertThat(cadre.activitiesOf(CampaignId.parse("phm-2026"))).hasSize(1);
    assertThatThrownBy(() -> officer.progress(CampaignId.parse("no-such")))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void totalsOfAnAreaAndPeriodMatchTheActivitiesBehindThem() {
    officer.plan(streetMonth());
    List<Activity> all = List.of(
        activity(C1, APRIL_10, Output.of(OutputKind.GARBAGE_REMOVED, 10), Output.of(OutputKind.RODENTICIDE_PLACED, 200)),
        activity(C1, APRIL_10.plusDays(5), Output.of(OutputKind.GARBAGE_REMOVED, "2.5")),
        activity(C2, APRIL_10.plusDays(6), Output.of(OutputKind.GARBAGE_REMOVED, 3)));
    all.forEach(officer::record);
    OutputTotals street = officer.totals(STREET, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
    assertThat(street).isEqualTo(OutputTotals.of(all));
    assertThat(street.amount(OutputKind.GARBAGE_REMOVED, OutputUnit.TONNE)).isEqualTo(dec("15.5"));
    OutputTotals firstWeek = cadre.totals(C1, APRIL_10, APRIL_10.plusDays(5));
    assertThat(firstWeek.amount(OutputKind.GARBAGE_REMOVED, OutputUnit.TONNE)).isEqualTo(dec("12.5"));
    assertThat(firstWeek.total(OutputKind.RODENTICIDE_PLACED, OutputUnit.BAG).orElseThrow().activities())
        .extracting(ActivityId::value).containsExactly("a-1");
    assertThat(cadre.totals(C1, APRIL_10, APRIL_10.minusDays(1)).totals()).isEmpty();
    assertThatThrownBy(() -> cadre.totals(STREET, APRIL_10, APRIL_10)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anActivityFallsInItsCampaignsPeriodAndAreaAndNotInTheFuture() {
    officer.plan(streetMonth());
    Principal county = Principal.of("county", Set.of("public-health-officer"), Set.of("110105"));
    CampaignService countyOfficer = health.as(county).campaigns();
    assertRules(() -> countyOfficer.record(activity(AreaScope.of(OTHER_STREET), LocalDate.of(2026, 5, 3))),
        "heldOn [activity.outsideCampaignPeriod]", "scope [activity.outsideCampaignScope]");
    assertRules(() -> cadre.record(Activity.builder().id(ActivityId.parse("x")).campaign(CampaignId.parse("nope"))
            .heldOn(TODAY.plusDays(1)).place("广场").type(ActivityType.PUBLICITY).organiser("居委会").scope(C1).build()),
        "heldOn [activity.inFuture]", "campaign [activity.campaignUnknown]");
    assertThat(count(Kinds.SANITATION_ACTIVITY)).isZero();
    // standalone activities need no campaign
    Activity standalone = Activity.builder().id(ActivityId.parse("fire-1")).heldOn(TODAY).place("居委会会议室")
        .type(ActivityType.FIRE_SAFETY_MEETING).organiser("居委会").scope(C1)
        .putParticipant(ParticipantKind.RESIDENTS, 35).build();
    assertThat(cadre.record(standalone).value()).isEqualTo(standalone);
  }

  @Test
  void idsAreUsedOnceAndAmendmentsKeepEveryVersion() {
    officer.plan(streetMonth());
    Activity first = activity(C1, APRIL_10, Output.of(OutputKind.ILLEGAL_ADS_REMOVED, 400));
    cadre.record(first);
    assertRules(() -> cadre.record(first), "id [sanitation.recordExists]");
    Activity corrected = Activity.builder().id(first.id()).campaign(CampaignId.parse("phm-2026")).heldOn(APRIL_10)
        .place("小区及背街小巷").type(ActivityType.CLEAN_UP).organiser("居委会").scope(C1)
        .addOutput(Output.of(OutputKind.ILLEGAL_ADS_REMOVED, 420)).build();
    Recorded<Activity> v2 = cadre.amend(corrected, 1);
    assertThat(v2.version()).isEqualTo(2);
    assertThatThrownBy(() -> cadre.amend(corrected, 1)).isInstanceOf(StaleRecordException.class);
    assertThat(cadre.activityHistory(first.id())).extracting(Recorded::value).containsExactly(first, corrected);
    // moving it to a committee outside the cadre's scope is refused, and nothing changes
    Activity moved = Activity.builder().id(first.id()).campaign(CampaignId.parse("phm-2026")).heldOn(APRIL_10)
        .place("别处").type(ActivityType.CLEAN_UP).organiser("居委会").scope(C2).build();
    assertThatThrownBy(() -> cadre.amend(moved, 2)).isInstanceOf(AccessDeniedException.class);
    assertThat(cadre.findActivity(first.id()).orElseThrow().version()).isEqualTo(2);
    assertThatThrownBy(() -> cadre.amend(activity(C1, APRIL_10), 1)).isInstanceOf(RecordNotFoundException.class);
    Campaign longer = Campaign.patrioticHealthMonth(2026).id(CampaignId.parse("phm-2026")).organiser("街道爱卫办")
        .scope(STREET).theme("文明健康，绿色环保").build();
    assertThat(officer.amend(longer, 1).value().theme()).contains("文明健康，绿色环保");
  }

  @Test
  void aCadreRecordsCampaignsButNeverReachesHealthData() {
    Campaign committeeDrive = Campaign.builder().id(CampaignId.parse("spring-pests")).type(CampaignType.FOUR_PESTS)
        .title("春季除四害").organiser("第一居委会").scope(C1).startsOn(LocalDate.of(2026, 3, 1))
        .endsOn(LocalDate.of(2026, 5, 31)).build();
    assertThat(cadre.plan(committeeDrive).version()).isEqualTo(1);
    assertThat(cadre.findCampaign(committeeDrive.id())).isPresent();
    // another committee's records and the street's are outside the cadre's scope
    assertThatThrownBy(() -> cadre.plan(Campaign.builder().id(CampaignId.parse("c2")).type(CampaignType.LOCAL)
        .title("环境整治").organiser("第二居委会").scope(C2).startsOn(TODAY).endsOn(TODAY).build()))
        .isInstanceOf(AccessDeniedException.class);
    // health data stays closed
    assertThatThrownBy(() -> health.as(cadrePrincipal).enrolments().inScope(ChronicCondition.HYPERTENSION))
        .isInstanceOf(AccessDeniedException.class);
    List<AuditEvent> events = audit(Kinds.SANITATION_CAMPAIGN);
    assertThat(events).extracting(AuditEvent::action, AuditEvent::outcome)
        .contains(org.assertj.core.groups.Tuple.tuple(Action.CREATE, Outcome.SUCCEEDED),
            org.assertj.core.groups.Tuple.tuple(Action.READ, Outcome.SUCCEEDED),
            org.assertj.core.groups.Tuple.tuple(Action.CREATE, Outcome.DENIED));
    assertThat(events).allSatisfy(e -> assertThat(e.principalId()).isEqualTo("cadre-zhao"));
  }

  @Test
  void surveysAreRecordedFoundByAreaAndPeriodAndGraded() {
    VectorSurvey survey = VectorSurvey.builder().id(SurveyId.parse("s-1")).surveyedOn(LocalDate.of(2026, 6, 1))
        .scope(C1).place("农贸市场")
        .addMeasurement(DensityMeasurement.ofRate(VectorIndicator.FLY_INDOOR_ROOMS, 22, 125))
        .addMeasurement(DensityMeasurement.ofRate(VectorIndicator.RAT_INDOOR_SIGNS, 1, 50))
        .build();
    assertThat(cadre.recordSurvey(survey).version()).isEqualTo(1);
    assertThat(officer.surveys(STREET, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1)))
        .extracting(Recorded::value).containsExactly(survey);
    assertThat(officer.surveys(STREET, LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 30))).isEmpty();
    VectorSurvey stored = cadre.findSurvey(survey.id()).orElseThrow().value();
    DensityGrading grading = DensityThresholds.defaults().grade(stored);
    assertThat(grading.levelOf(Pest.FLY)).contains(DensityLevel.BELOW_C);
    assertThat(grading.levelOf(Pest.RAT)).contains(DensityLevel.B);
    assertRules(() -> cadre.recordSurvey(VectorSurvey.builder().id(SurveyId.parse("s-2")).surveyedOn(TODAY.plusDays(1))
            .scope(C1).addMeasurement(DensityMeasurement.ofRate(VectorIndicator.FLY_INDOOR_ROOMS, 0, 10)).build()),
        "surveyedOn [vectorSurvey.inFuture]");
  }

  @Test
  void theSameTotalsFromTheEmbeddedH2Store(@TempDir Path folder) {
    try (JdbcRecordStore h2 = JdbcRecordStore.openH2File(folder)) {
      CommunityHealth onDisk = Fixtures.health(h2);
      CampaignService street = onDisk.as(
          Principal.of("officer-li", Set.of("public-health-officer"), Set.of(STREET.value()))).campaigns();
      street.plan(streetMonth());
      List<Activity> all = List.of(
          activity(C1, LocalDate.of(2026, 4, 1), Output.of(OutputKind.GARBAGE_REMOVED, 10)),
          activity(C2, LocalDate.of(2026, 4, 30), Output.of(OutputKind.GARBAGE_REMOVED, "2.5"),
              Output.of(OutputKind.BLACK_SPOTS_CLEARED, 20)),
          activity(C1, LocalDate.of(2026, 4, 15), Output.of(OutputKind.BLACK_SPOTS_CLEARED, 3)));
      all.forEach(street::record);
      assertThat(street.totals(STREET, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)))
          .isEqualTo(OutputTotals.of(all));
      assertThat(street.totals(C1, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 30)).activities())
          .extracting(ActivityId::value).containsExactly("a-3");
      assertThat(street.progress(CampaignId.parse("phm-2026")).goals().get(0).achieved()).isEqualTo(dec("23"));
      assertThat(street.activitiesOf(CampaignId.parse("phm-2026"))).extracting(r -> r.value().id().value())
          .containsExactly("a-1", "a-3", "a-2");
    }
  }
}
