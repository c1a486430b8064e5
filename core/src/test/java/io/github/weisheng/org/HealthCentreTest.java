package io.github.weisheng.org;

import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HealthCentreTest {
  private static final TownshipCode STREET = TownshipCode.parse("110105001");
  private static final Catchment CATCHMENT =
      Catchment.of(CommitteeCode.of(STREET, 1), CommitteeCode.of(STREET, 2));

  private static HealthCentre centre(String id, String name) {
    return HealthCentre.builder()
        .id(OrgUnitId.of(id))
        .name(name)
        .township(STREET)
        .catchment(CATCHMENT)
        .build();
  }

  @Test
  void builtWithEveryAttribute() {
    HealthCentre centre = centre("cyw-csc", "朝阳门社区卫生服务中心");
    assertThat(centre.id()).isEqualTo(OrgUnitId.of("cyw-csc"));
    assertThat(centre.name()).isEqualTo("朝阳门社区卫生服务中心");
    assertThat(centre.township()).isEqualTo(STREET);
    assertThat(centre.catchment()).isEqualTo(CATCHMENT);
    assertThat(centre).isInstanceOf(HealthCentre.class);
  }

  @Test
  void everyAttributeIsRequired() {
    assertThatThrownBy(() -> HealthCentre.builder().id(OrgUnitId.of("a")).name("中心").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("township")
        .hasMessageContaining("catchment");
  }

  @Test
  void settingAnAttributeTwiceIsMisuse() {
    HealthCentre.Builder builder = HealthCentre.builder().id(OrgUnitId.of("a"));
    assertThatThrownBy(() -> builder.id(OrgUnitId.of("b")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void nameRule() {
    assertRules("", () -> centre("a", " \t"), "name [orgUnit.name]");
    assertRules("", () -> centre("a", ""), "name [orgUnit.name]");
  }

  @Test
  void jsonRoundTrip() {
    JsonCodec json = JsonCodec.create();
    HealthCentre centre = centre("cyw-csc", "朝阳门社区卫生服务中心");
    assertThat(new String(json.write(centre), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"id\":\"cyw-csc\",\"name\":\"朝阳门社区卫生服务中心\",\"township\":\"110105001\","
                + "\"catchment\":[\"110105001001\",\"110105001002\"]}");
    assertThat(json.read(json.write(centre), HealthCentre.class)).isEqualTo(centre);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(centre("a", "甲中心"), centre("a", "甲中心"))
        .addEqualityGroup(centre("b", "甲中心"))
        .addEqualityGroup(centre("a", "乙中心"))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicInstanceMethods(HealthCentre.builder());
  }
}
