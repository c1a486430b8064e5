package io.github.weisheng.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.weisheng.internal.Violations;
import io.github.weisheng.validation.RuleViolationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The service network (服务网络, 机构目录) a host configures: its {@link HealthCentre centres}, the
 * {@link HealthStation stations} under them and the area {@link Team teams} (片区/家庭医生团队), each
 * with the committees it serves. It answers who serves a committee and which committees a unit
 * covers, for example to give a staff member's {@code Principal} the scopes of their unit.
 *
 * <p>Checked once, when built; every problem is reported at once as a {@link
 * RuleViolationException} whose fields point at the offending entry ({@code
 * network.stations[2].catchment}):
 *
 * <ul>
 *   <li>{@code network.duplicateId}: an id is used by two units (centres, stations and teams share
 *       one namespace); reported at the later entry, argument: the path of the earlier one;
 *   <li>{@code network.unknownCentre}: a station names a centre that is not in the network;
 *   <li>{@code network.unknownUnit}: a team names a unit that is neither a centre nor a station;
 *   <li>{@code network.catchmentOutsideUnit}: a station's catchment is not inside its centre's, or a
 *       team's not inside its unit's; argument: how many committees lie outside;
 *   <li>{@code network.committeeClaimedTwice}: a centre's catchment holds committees an earlier
 *       centre already serves; arguments: how many, and the path of the earlier centre.
 * </ul>
 *
 * <p>When an id is duplicated, look-ups use its first entry. JSON: {@code {"centres":[…],
 * "stations":[…],"teams":[…]}}; reading JSON runs the same checks.
 *
 * @since 0.1.0
 */
public final class ServiceNetwork {
  private final List<HealthCentre> centres;
  private final List<HealthStation> stations;
  private final List<Team> teams;

  private final Map<OrgUnitId, HealthCentre> centresById;
  private final Map<OrgUnitId, HealthStation> stationsById;
  private final Map<OrgUnitId, Team> teamsById;
  private final Map<CommitteeCode, HealthCentre> centreByCommittee;

  private ServiceNetwork(
      List<HealthCentre> centres, List<HealthStation> stations, List<Team> teams) {
    this.centres = List.copyOf(centres);
    this.stations = List.copyOf(stations);
    this.teams = List.copyOf(teams);
    this.centresById = Collections.unmodifiableMap(firstById(this.centres, HealthCentre::id));
    this.stationsById = Collections.unmodifiableMap(firstById(this.stations, HealthStation::id));
    this.teamsById = Collections.unmodifiableMap(firstById(this.teams, Team::id));
    Map<CommitteeCode, HealthCentre> serving = new HashMap<>();
    for (HealthCentre centre : this.centres) {
      for (CommitteeCode committee : centre.catchment().committees()) {
        serving.putIfAbsent(committee, centre);
      }
    }
    this.centreByCommittee = Collections.unmodifiableMap(serving);
    validate();
  }

  /**
   * Returns a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @JsonCreator
  private static ServiceNetwork fromJson(
      @JsonProperty("centres") @Nullable List<HealthCentre> centres,
      @JsonProperty("stations") @Nullable List<HealthStation> stations,
      @JsonProperty("teams") @Nullable List<Team> teams) {
    return new ServiceNetwork(
        centres == null ? List.of() : centres,
        stations == null ? List.of() : stations,
        teams == null ? List.of() : teams);
  }

  private static <T> Map<OrgUnitId, T> firstById(
      List<T> units, Function<T, OrgUnitId> id) {
    Map<OrgUnitId, T> byId = new LinkedHashMap<>();
    for (T unit : units) {
      byId.putIfAbsent(id.apply(unit), unit);
    }
    return byId;
  }

  private void validate() {
    Violations violations = new Violations();
    Map<OrgUnitId, String> firstPath = new HashMap<>();
    for (int i = 0; i < centres.size(); i++) {
      duplicate(firstPath, centres.get(i).id(), "network.centres[" + i + "]", violations);
    }
    for (int i = 0; i < stations.size(); i++) {
      duplicate(firstPath, stations.get(i).id(), "network.stations[" + i + "]", violations);
    }
    for (int i = 0; i < teams.size(); i++) {
      duplicate(firstPath, teams.get(i).id(), "network.teams[" + i + "]", violations);
    }

    for (int i = 0; i < stations.size(); i++) {
      HealthStation station = stations.get(i);
      String path = "network.stations[" + i + "]";
      HealthCentre centre = centresById.get(station.centre());
      if (centre == null) {
        violations.require(false, path + ".centre", "network.unknownCentre");
      } else {
        outside(centre.catchment(), station.catchment(), path + ".catchment", violations);
      }
    }

    for (int i = 0; i < teams.size(); i++) {
      Team team = teams.get(i);
      String path = "network.teams[" + i + "]";
      Optional<Catchment> unit = ownCatchment(team.unit(), false);
      if (unit.isEmpty()) {
        violations.require(false, path + ".unit", "network.unknownUnit");
      } else {
        outside(unit.get(), team.catchment(), path + ".catchment", violations);
      }
    }

    Map<CommitteeCode, Integer> claimedBy = new HashMap<>();
    for (int i = 0; i < centres.size(); i++) {
      int claimed = 0;
      int earlier = -1;
      for (CommitteeCode committee : centres.get(i).catchment().committees()) {
        Integer other = claimedBy.putIfAbsent(committee, i);
        if (other != null) {
          claimed++;
          earlier = earlier < 0 ? other : Math.min(earlier, other);
        }
      }
      violations.require(
          claimed == 0,
          "network.centres[" + i + "].catchment",
          "network.committeeClaimedTwice",
          claimed,
          "network.centres[" + earlier + "]");
    }
    violations.throwIfAny();
  }

  private static void duplicate(
      Map<OrgUnitId, String> firstPath, OrgUnitId id, String path, Violations violations) {
    String earlier = firstPath.putIfAbsent(id, path);
    if (earlier != null) {
      violations.require(false, path + ".id", "network.duplicateId", earlier);
    }
  }

  private static void outside(
      Catchment unit, Catchment part, String path, Violations violations) {
    long outside = part.committees().stream().filter(c -> !unit.covers(c)).count();
    violations.require(outside == 0, path, "network.catchmentOutsideUnit", outside);
  }

  /** The catchment of a centre or station (and, when {@code teams}, a team) with this id. */
  private Optional<Catchment> ownCatchment(OrgUnitId unit, boolean includeTeams) {
    HealthCentre centre = centresById.get(unit);
    if (centre != null) {
      return Optional.of(centre.catchment());
    }
    HealthStation station = stationsById.get(unit);
    if (station != null) {
      return Optional.of(station.catchment());
    }
    Team team = includeTeams ? teamsById.get(unit) : null;
    return team == null ? Optional.empty() : Optional.of(team.catchment());
  }

  /**
   * Returns the centres, in the order they were added.
   *
   * @return an unmodifiable list
   */
  @JsonProperty("centres")
  public List<HealthCentre> centres() {
    return centres;
  }

  /**
   * Returns the stations, in the order they were added.
   *
   * @return an unmodifiable list
   */
  @JsonProperty("stations")
  public List<HealthStation> stations() {
    return stations;
  }

  /**
   * Returns the teams, in the order they were added.
   *
   * @return an unmodifiable list
   */
  @JsonProperty("teams")
  public List<Team> teams() {
    return teams;
  }

  /**
   * Finds a centre by id.
   *
   * @param id the id
   * @return the centre, or empty when no centre has that id
   */
  public Optional<HealthCentre> centre(OrgUnitId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(centresById.get(id));
  }

  /**
   * Finds a station by id.
   *
   * @param id the id
   * @return the station, or empty when no station has that id
   */
  public Optional<HealthStation> station(OrgUnitId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(stationsById.get(id));
  }

  /**
   * Finds a team by id.
   *
   * @param id the id
   * @return the team, or empty when no team has that id
   */
  public Optional<Team> team(OrgUnitId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(teamsById.get(id));
  }

  /**
   * Finds the centre whose catchment holds a committee (at most one: the network is checked).
   *
   * @param committee the committee
   * @return the centre, or empty when no centre serves it
   */
  public Optional<HealthCentre> centreServing(CommitteeCode committee) {
    Objects.requireNonNull(committee, "committee");
    return Optional.ofNullable(centreByCommittee.get(committee));
  }

  /**
   * Tells whether a committee lies in the catchment of a centre, station or team.
   *
   * @param unit the id of a centre, station or team
   * @param committee the committee
   * @return true when it does; false when it does not or no unit has that id
   */
  public boolean isInCatchment(OrgUnitId unit, CommitteeCode committee) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(committee, "committee");
    return ownCatchment(unit, true).map(c -> c.covers(committee)).orElse(false);
  }

  /**
   * Returns the storage scopes of a unit: the twelve-digit codes of the committees in its
   * catchment, the scope strings records of those committees' residents are stored under, for a
   * staff member's {@code Principal}.
   *
   * @param unit the id of a centre, station or team
   * @return the scopes in code order; empty when the unit is unknown or serves no committee
   */
  public Set<String> scopesOf(OrgUnitId unit) {
    Objects.requireNonNull(unit, "unit");
    Set<String> scopes = new TreeSet<>();
    ownCatchment(unit, true)
        .ifPresent(c -> c.committees().forEach(committee -> scopes.add(committee.value())));
    return Collections.unmodifiableSet(scopes);
  }

  /**
   * Returns the teams whose catchment holds a committee.
   *
   * @param committee the committee
   * @return the teams, in the order they were added; empty when none
   */
  public List<Team> teamsServing(CommitteeCode committee) {
    Objects.requireNonNull(committee, "committee");
    List<Team> serving = new ArrayList<>();
    for (Team team : teams) {
      if (team.catchment().covers(committee)) {
        serving.add(team);
      }
    }
    return List.copyOf(serving);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ServiceNetwork n
        && centres.equals(n.centres)
        && stations.equals(n.stations)
        && teams.equals(n.teams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(centres, stations, teams);
  }

  /** Returns the number of units of each kind. */
  @Override
  public String toString() {
    return "ServiceNetwork[" + centres.size() + " centres, " + stations.size() + " stations, "
        + teams.size() + " teams]";
  }

  /**
   * Collects the units of a {@link ServiceNetwork}; {@link #build()} checks them all together.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<HealthCentre> centres = new ArrayList<>();
    private final List<HealthStation> stations = new ArrayList<>();
    private final List<Team> teams = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a centre.
     *
     * @param centre the centre
     * @return this builder
     */
    public Builder addCentre(HealthCentre centre) {
      centres.add(Objects.requireNonNull(centre, "centre"));
      return this;
    }

    /**
     * Adds centres.
     *
     * @param centres the centres
     * @return this builder
     */
    public Builder addAllCentres(Iterable<? extends HealthCentre> centres) {
      Objects.requireNonNull(centres, "centres").forEach(this::addCentre);
      return this;
    }

    /**
     * Adds a station.
     *
     * @param station the station
     * @return this builder
     */
    public Builder addStation(HealthStation station) {
      stations.add(Objects.requireNonNull(station, "station"));
      return this;
    }

    /**
     * Adds stations.
     *
     * @param stations the stations
     * @return this builder
     */
    public Builder addAllStations(Iterable<? extends HealthStation> stations) {
      Objects.requireNonNull(stations, "stations").forEach(this::addStation);
      return this;
    }

    /**
     * Adds a team.
     *
     * @param team the team
     * @return this builder
     */
    public Builder addTeam(Team team) {
      teams.add(Objects.requireNonNull(team, "team"));
      return this;
    }

    /**
     * Adds teams.
     *
     * @param teams the teams
     * @return this builder
     */
    public Builder addAllTeams(Iterable<? extends Team> teams) {
      Objects.requireNonNull(teams, "teams").forEach(this::addTeam);
      return this;
    }

    /**
     * Checks the units together and returns the network.
     *
     * @return the network
     * @throws RuleViolationException listing every problem found (see {@link ServiceNetwork})
     */
    public ServiceNetwork build() {
      return new ServiceNetwork(centres, stations, teams);
    }
  }
}
