package io.github.weisheng.org;

import static io.github.weisheng.testing.Checks.assertResolves;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.storage.ScopeFilter;
import io.github.weisheng.spi.storage.StoreException;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A network in 北京市朝阳区 (110105): street 001 has a centre with two stations and three teams;
 * street 002 has a centre with one team directly under it.
 */
class ServiceNetworkTest {
  private static final TownshipCode STREET_1 = TownshipCode.parse("110105001");
  private static final TownshipCode STREET_2 = TownshipCode.parse("110105002");

  private static CommitteeCode c1(int n) {
    return CommitteeCode.of(STREET_1, n);
  }

  private static CommitteeCode c2(int n) {
    return CommitteeCode.of(STREET_2, n);
  }

  private static OrgUnitId id(String token) {
    return OrgUnitId.of(token);
  }

  private static HealthCentre centre(String id, TownshipCode township, CommitteeCode... committees) {
    return HealthCentre.builder()
        .id(id(id))
        .name("社区卫生服务中心 " + id)
        .township(township)
        .catchment(Catchment.of(committees))
        .build();
  }

  private static HealthStation station(String id, String centre, CommitteeCode... committees) {
    return HealthStation.builder()
        .id(id(id))
        .name("社区卫生服务站 " + id)
        .centre(id(centre))
        .catchment(Catchment.of(committees))
        .build();
  }

  private static Team team(String id, String unit, CommitteeCode... committees) {
    return Team.builder()
        .id(id(id))
        .name("片区 " + id)
        .unit(id(unit))
        .catchment(Catchment.of(committees))
        .build();
  }

  private static final HealthCentre CENTRE_A = centre("csc-a", STREET_1, c1(1), c1(2), c1(3), c1(4), c1(101));
  private static final HealthCentre CENTRE_B = centre("csc-b", STREET_2, c2(1), c2(2));
  private static final HealthStation STATION_1 = station("st-1", "csc-a", c1(1), c1(2));
  private static final HealthStation STATION_2 = station("st-2", "csc-a", c1(3));
  private static final Team TEAM_1 = team("team-1", "st-1", c1(1));
  private static final Team TEAM_2 = team("team-2", "st-1", c1(1), c1(2));
  private static final Team TEAM_3 = team("team-3", "csc-a", c1(4), c1(101));
  private static final Team TEAM_B = team("team-b", "csc-b", c2(1), c2(2));

  private static ServiceNetwork network() {
    return ServiceNetwork.builder()
        .addCentre(CENTRE_A)
        .addCentre(CENTRE_B)
        .addAllStations(List.of(STATION_1, STATION_2))
        .addTeam(TEAM_1)
        .addTeam(TEAM_2)
        .addAllTeams(List.of(TEAM_3, TEAM_B))
        .build();
  }

  @Test
  void findsUnitsByIdAndKind() {
    ServiceNetwork network = network();
    assertThat(network.centre(id("csc-a"))).contains(CENTRE_A);
    assertThat(network.station(id("st-2"))).contains(STATION_2);
    assertThat(network.team(id("team-b"))).contains(TEAM_B);
    assertThat(network.centre(id("st-1"))).isEmpty();
    assertThat(network.station(id("csc-a"))).isEmpty();
    assertThat(network.team(id("nobody"))).isEmpty();
    assertThat(network.centres()).containsExactly(CENTRE_A, CENTRE_B);
    assertThat(network.stations()).containsExactly(STATION_1, STATION_2);
    assertThat(network.teams()).containsExactly(TEAM_1, TEAM_2, TEAM_3, TEAM_B);
    assertThat(network).hasToString("ServiceNetwork[2 centres, 2 stations, 4 teams]");
  }

  @Test
  void theCentreServingACommittee() {
    ServiceNetwork network = network();
    assertThat(network.centreServing(c1(2))).contains(CENTRE_A);
    assertThat(network.centreServing(c1(101))).contains(CENTRE_A);
    assertThat(network.centreServing(c2(2))).contains(CENTRE_B);
    assertThat(network.centreServing(c1(5))).isEmpty();
    assertThat(network.centreServing(CommitteeCode.parse("440106001001"))).isEmpty();
  }

  @Test
  void catchmentContainment() {
    ServiceNetwork network = network();
    assertThat(network.isInCatchment(id("csc-a"), c1(4))).isTrue();
    assertThat(network.isInCatchment(id("csc-a"), c2(1))).isFalse();
    assertThat(network.isInCatchment(id("st-1"), c1(2))).isTrue();
    assertThat(network.isInCatchment(id("st-1"), c1(3))).isFalse();
    assertThat(network.isInCatchment(id("st-2"), c1(3))).isTrue();
    assertThat(network.isInCatchment(id("team-1"), c1(1))).isTrue();
    assertThat(network.isInCatchment(id("team-1"), c1(2))).isFalse();
    assertThat(network.isInCatchment(id("team-b"), c2(2))).isTrue();
    assertThat(network.isInCatchment(id("nobody"), c1(1))).isFalse();
  }

  @Test
  void teamsServingACommittee() {
    ServiceNetwork network = network();
    assertThat(network.teamsServing(c1(1))).containsExactly(TEAM_1, TEAM_2);
    assertThat(network.teamsServing(c1(2))).containsExactly(TEAM_2);
    assertThat(network.teamsServing(c1(101))).containsExactly(TEAM_3);
    assertThat(network.teamsServing(c1(3))).isEmpty();
  }

  @Test
  void scopesAreTheTwelveDigitCodesOfTheCatchment() {
    ServiceNetwork network = network();
    assertThat(network.scopesOf(id("st-1"))).containsExactly("110105001001", "110105001002");
    assertThat(network.scopesOf(id("team-3"))).containsExactly("110105001004", "110105001101");
    assertThat(network.scopesOf(id("csc-b"))).containsExactly("110105002001", "110105002002");
    assertThat(network.scopesOf(id("nobody"))).isEmpty();
  }

  @Test
  void scopesGiveAPrincipalAccessToItsCommitteesOnly() {
    ServiceNetwork network = network();
    Principal doctor = Principal.of("doc-7", Set.of("family-doctor"), network.scopesOf(id("team-2")));
    // A record of a resident of committee 001 is stored under that committee's scope.
    assertThat(doctor.covers(c1(1).value())).isTrue();
    assertThat(doctor.covers(c1(3).value())).isFalse();
    ScopeFilter filter = ScopeFilter.within(network.scopesOf(id("st-2")));
    assertThat(filter.matches(c1(3).value())).isTrue();
    assertThat(filter.matches(c1(1).value())).isFalse();
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    ServiceNetwork.Builder builder =
        ServiceNetwork.builder()
            .addCentre(CENTRE_A)
            // centres[1] claims committee 001-002 of street 1, already centre A's
            .addCentre(centre("csc-c", STREET_1, c1(2), c1(9), c1(1)))
            .addStation(STATION_1)
            // stations[1]: unknown centre
            .addStation(station("st-x", "csc-zzz", c1(1)))
            // stations[2]: catchment has two committees outside centre A's
            .addStation(station("st-3", "csc-a", c1(1), c1(7), c1(8)))
            // stations[3]: an id already used by centres[0]
            .addStation(station("csc-a", "csc-a", c1(1)))
            // teams[0]: a unit that does not exist
            .addTeam(team("team-x", "st-zzz", c1(1)))
            // teams[1]: outside its station's catchment
            .addTeam(team("team-y", "st-1", c1(1), c1(4)))
            // teams[2]: a team cannot belong to a team
            .addTeam(team("team-z", "team-y", c1(1)))
            // teams[3]: an id already used by stations[0]
            .addTeam(team("st-1", "csc-a", c1(1)));
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class, builder::build);
    assertThat(e).isNotNull();
    assertThat(e.violations())
        .extracting(RuleViolation::toString)
        .containsExactly(
            "network.stations[3].id [network.duplicateId]",
            "network.teams[3].id [network.duplicateId]",
            "network.stations[1].centre [network.unknownCentre]",
            "network.stations[2].catchment [network.catchmentOutsideUnit]",
            "network.teams[0].unit [network.unknownUnit]",
            "network.teams[1].catchment [network.catchmentOutsideUnit]",
            "network.teams[2].unit [network.unknownUnit]",
            "network.centres[1].catchment [network.committeeClaimedTwice]");
    assertThat(e.violations().get(0).arguments()).containsExactly("network.centres[0]");
    assertThat(e.violations().get(1).arguments()).containsExactly("network.stations[0]");
    assertThat(e.violations().get(3).arguments()).containsExactly(2L);
    assertThat(e.violations().get(7).arguments()).containsExactly(2, "network.centres[0]");
    assertResolves(e);
    assertThat(e.violations().get(3).message(Locale.ENGLISH))
        .isEqualTo(
            "network.stations[2].catchment: 2 committee(s) lie outside the catchment of the unit it"
                + " belongs to");
    assertThat(e.violations().get(7).message(Locale.CHINESE))
        .isEqualTo("network.centres[1].catchment: 有 2 个村/居委会已属于 network.centres[0] 的辖区");
    assertThat(e.violations().get(0).message(Locale.CHINESE))
        .isEqualTo("network.stations[3].id: 该标识已被 network.centres[0] 使用");
    assertThat(e.violations().get(2).message(Locale.ENGLISH))
        .isEqualTo("network.stations[1].centre: names a health centre that is not in the network");
    assertThat(e.violations().get(4).message(Locale.CHINESE))
        .isEqualTo("network.teams[0].unit: 所属机构既不是服务网络中的社区卫生服务中心，也不是社区卫生服务站");
  }

  @Test
  void duplicateCentreIdsAreReportedAndTheFirstIsUsed() {
    RuleViolationException e =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                ServiceNetwork.builder()
                    .addCentre(CENTRE_B)
                    .addCentre(centre("csc-b", STREET_2))
                    .build());
    assertThat(e.violations())
        .extracting(RuleViolation::toString)
        .containsExactly("network.centres[1].id [network.duplicateId]");
  }

  @Test
  void emptyCatchmentsAndAnEmptyNetworkAreAllowed() {
    ServiceNetwork empty = ServiceNetwork.builder().build();
    assertThat(empty.centres()).isEmpty();
    assertThat(empty.centreServing(c1(1))).isEmpty();
    ServiceNetwork network =
        ServiceNetwork.builder()
            .addCentre(centre("new-csc", STREET_1))
            .addStation(station("new-st", "new-csc"))
            .addTeam(team("new-team", "new-st"))
            .build();
    assertThat(network.scopesOf(id("new-team"))).isEmpty();
  }

  @Test
  void theBuildIsACopy() {
    ServiceNetwork.Builder builder = ServiceNetwork.builder().addCentre(CENTRE_A);
    ServiceNetwork first = builder.build();
    builder.addCentre(CENTRE_B);
    assertThat(first.centres()).containsExactly(CENTRE_A);
    assertThatThrownBy(() -> first.centres().add(CENTRE_B))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void jsonRoundTrip() {
    JsonCodec json = JsonCodec.create();
    ServiceNetwork network = network();
    String text = new String(json.write(network), StandardCharsets.UTF_8);
    assertThat(text).startsWith("{\"centres\":[{\"id\":\"csc-a\"");
    assertThat(json.read(json.write(network), ServiceNetwork.class)).isEqualTo(network);
    assertThat(json.read("{}".getBytes(StandardCharsets.UTF_8), ServiceNetwork.class))
        .isEqualTo(ServiceNetwork.builder().build());
  }

  @Test
  void jsonOfABrokenNetworkIsRefused() {
    JsonCodec json = JsonCodec.create();
    String text =
        "{\"stations\":[{\"id\":\"s\",\"name\":\"站\",\"centre\":\"nowhere\",\"catchment\":[]}]}";
    assertThatThrownBy(
            () -> json.read(text.getBytes(StandardCharsets.UTF_8), ServiceNetwork.class))
        .isInstanceOf(StoreException.class);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(network(), network())
        .addEqualityGroup(ServiceNetwork.builder().addCentre(CENTRE_A).build())
        .addEqualityGroup(ServiceNetwork.builder().build())
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(OrgUnitId.class, id("csc-a"))
            .setDefault(CommitteeCode.class, c1(1));
    tester.testAllPublicInstanceMethods(network());
    tester.testAllPublicInstanceMethods(ServiceNetwork.builder());
  }
}
