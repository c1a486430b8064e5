package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CampaignIdTest {

  @Test
  void randomIdsAreUuidsAndDiffer() {
    CampaignId a = CampaignId.random();
    assertThat(a.value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(CampaignId.random()).isNotEqualTo(a);
    assertThat(CampaignId.parse(a.value())).isEqualTo(a).hasToString(a.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "中文", "a/b"})
  void idsOfAnotherShapeAreRefused(String text) {
    assertRules(() -> CampaignId.parse(text), "campaignId [campaignId.format]");
  }

  @Test
  void anIdHasAtMost64Characters() {
    assertThat(CampaignId.parse("x".repeat(64)).value()).hasSize(64);
    assertRules(() -> CampaignId.parse("x".repeat(65)), "campaignId [campaignId.format]");
  }

  @Test
  void equalityOrderJsonAndNulls() {
    new EqualsTester()
        .addEqualityGroup(CampaignId.parse("e-1"), CampaignId.parse("e-1"))
        .addEqualityGroup(CampaignId.parse("e-2"))
        .testEquals();
    assertThat(CampaignId.parse("e-1")).isLessThan(CampaignId.parse("e-2"));
    JsonCodec json = JsonCodec.create();
    CampaignId id = CampaignId.parse("host.id_42");
    assertThat(json.write(id)).asString().isEqualTo("\"host.id_42\"");
    assertThat(json.read(json.write(id), CampaignId.class)).isEqualTo(id);
    new NullPointerTester().testAllPublicStaticMethods(CampaignId.class);
  }
}
