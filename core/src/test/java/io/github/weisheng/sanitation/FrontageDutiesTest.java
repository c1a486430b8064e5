package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontageDutiesTest {

  @Test
  void theTwoCommonWordingsAndAHostsOwn() {
    assertThat(FrontageDuties.hygieneGreeningOrder().duties()).extracting(FrontageDuty::name)
        .containsExactly("包卫生", "包绿化", "包秩序");
    assertThat(FrontageDuties.townscapeCleanlinessFacilities().duties()).extracting(FrontageDuty::name)
        .containsExactly("包市容秩序", "包环境卫生", "包设施绿化");
    FrontageDuties local = FrontageDuties.of(FrontageDuty.of("clean", "包清扫保洁", "每日清扫门前"),
        FrontageDuty.of("order", "包秩序", "不占道经营"), FrontageDuty.of("snow", "包除雪", "雪后及时清雪"));
    assertThat(local.find("snow")).isPresent();
    assertThat(local.find("greening")).isEmpty();
    assertThat(roundTrip(local, FrontageDuties.class)).isEqualTo(local);
  }

  @Test
  void exactlyThreeDistinctDuties() {
    FrontageDuty a = FrontageDuty.of("a", "包卫生", "x");
    assertRules(() -> FrontageDuties.of(a, a, FrontageDuty.of("b", "包绿化", "y")),
        "duties [frontageDuties.duplicate]");
    assertRules(() -> ImmutableFrontageDuties.builder().addDuties(a).build(), "duties [frontageDuties.three]");
  }
}
