package io.github.weisheng.org;

import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HealthStationTest {
  private static final Catchment CATCHMENT = Catchment.of(CommitteeCode.parse("440106001003"));

  private static HealthStation station(String id, String centre) {
    return HealthStation.builder()
        .id(OrgUnitId.of(id))
        .name("石牌社区卫生服务站")
        .centre(OrgUnitId.of(centre))
        .catchment(CATCHMENT)
        .build();
  }

  @Test
  void builtWithEveryAttribute() {
    HealthStation station = station("sp-station", "th-csc");
    assertThat(station.id()).isEqualTo(OrgUnitId.of("sp-station"));
    assertThat(station.name()).isEqualTo("石牌社区卫生服务站");
    assertThat(station.centre()).isEqualTo(OrgUnitId.of("th-csc"));
    assertThat(station.catchment()).isEqualTo(CATCHMENT);
  }

  @Test
  void everyAttributeIsRequired() {
    assertThatThrownBy(() -> HealthStation.builder().id(OrgUnitId.of("a")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("centre");
  }

  @Test
  void settingAnAttributeTwiceIsMisuse() {
    HealthStation.Builder builder = HealthStation.builder().centre(OrgUnitId.of("a"));
    assertThatThrownBy(() -> builder.centre(OrgUnitId.of("b")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void nameRule() {
    assertRules(
        "",
        () ->
            HealthStation.builder()
                .id(OrgUnitId.of("a"))
                .name("   ")
                .centre(OrgUnitId.of("c"))
                .catchment(CATCHMENT)
                .build(),
        "name [orgUnit.name]");
  }

  @Test
  void jsonRoundTrip() {
    JsonCodec json = JsonCodec.create();
    HealthStation station = station("sp-station", "th-csc");
    assertThat(new String(json.write(station), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"id\":\"sp-station\",\"name\":\"石牌社区卫生服务站\",\"centre\":\"th-csc\","
                + "\"catchment\":[\"440106001003\"]}");
    assertThat(json.read(json.write(station), HealthStation.class)).isEqualTo(station);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(station("s", "c"), station("s", "c"))
        .addEqualityGroup(station("s", "d"))
        .addEqualityGroup(station("t", "c"))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicInstanceMethods(HealthStation.builder());
  }
}
