package io.github.weisheng.org;

import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TeamTest {
  private static Team team(String id, String unit, String... committees) {
    CommitteeCode[] codes = new CommitteeCode[committees.length];
    for (int i = 0; i < committees.length; i++) {
      codes[i] = CommitteeCode.parse(committees[i]);
    }
    return Team.builder()
        .id(OrgUnitId.of(id))
        .name("第三片区")
        .unit(OrgUnitId.of(unit))
        .catchment(Catchment.of(codes))
        .build();
  }

  @Test
  void builtWithEveryAttribute() {
    Team team = team("team-3", "sp-station", "440106001003");
    assertThat(team.id()).isEqualTo(OrgUnitId.of("team-3"));
    assertThat(team.name()).isEqualTo("第三片区");
    assertThat(team.unit()).isEqualTo(OrgUnitId.of("sp-station"));
    assertThat(team.catchment().committees()).containsExactly(CommitteeCode.parse("440106001003"));
  }

  @Test
  void everyAttributeIsRequired() {
    assertThatThrownBy(() -> Team.builder().name("第三片区").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unit");
  }

  @Test
  void settingAnAttributeTwiceIsMisuse() {
    Team.Builder builder = Team.builder().name("一");
    assertThatThrownBy(() -> builder.name("二")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void nameRule() {
    assertRules(
        "",
        () ->
            Team.builder()
                .id(OrgUnitId.of("t"))
                .name("")
                .unit(OrgUnitId.of("u"))
                .catchment(Catchment.empty())
                .build(),
        "name [orgUnit.name]");
  }

  @Test
  void jsonRoundTrip() {
    JsonCodec json = JsonCodec.create();
    Team team = team("team-3", "sp-station", "440106001003", "440106001004");
    assertThat(new String(json.write(team), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"id\":\"team-3\",\"name\":\"第三片区\",\"unit\":\"sp-station\","
                + "\"catchment\":[\"440106001003\",\"440106001004\"]}");
    assertThat(json.read(json.write(team), Team.class)).isEqualTo(team);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(team("t", "u", "440106001003"), team("t", "u", "440106001003"))
        .addEqualityGroup(team("t", "u"))
        .addEqualityGroup(team("t", "v", "440106001003"))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicInstanceMethods(Team.builder());
  }
}
