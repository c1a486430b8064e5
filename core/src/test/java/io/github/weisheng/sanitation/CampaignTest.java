package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CampaignTest {
  static final AreaScope STREET = AreaScope.parse("110105001");

  static Campaign month2026() {
    return Campaign.patrioticHealthMonth(2026).id(CampaignId.parse("phm-2026")).organiser("某街道爱卫办")
        .theme("文明健康，绿色环保").scope(STREET)
        .addGoal(CampaignGoal.total("清理卫生死角20处", Output.of(OutputKind.BLACK_SPOTS_CLEARED, 20)))
        .addGoal(CampaignGoal.coverage("入户宣传全覆盖", Output.of(OutputKind.HOUSEHOLDS_VISITED, 3354)))
        .build();
  }

  @Test
  void thePatrioticHealthMonthOfAYearIsAprilWithItsNumber() {
    Campaign c = month2026();
    assertThat(c.title()).isEqualTo("第38个爱国卫生月");
    assertThat(c.startsOn()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(c.endsOn()).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(c.covers(LocalDate.of(2026, 4, 30))).isTrue();
    assertThat(c.covers(LocalDate.of(2026, 5, 1))).isFalse();
    assertThat(c.goals()).hasSize(2);
    assertThat(roundTrip(c, Campaign.class)).isEqualTo(c);
  }

  @Test
  void aPatrioticHealthMonthOutsideAprilAndABackwardPeriodAreRefused() {
    assertRules(() -> Campaign.builder().id(CampaignId.parse("c")).type(CampaignType.PATRIOTIC_HEALTH_MONTH)
            .title("爱国卫生月").organiser("爱卫办").scope(STREET)
            .startsOn(LocalDate.of(2026, 4, 20)).endsOn(LocalDate.of(2026, 5, 10)).build(),
        "startsOn [campaign.patrioticHealthMonth.april]");
    assertRules(() -> Campaign.builder().id(CampaignId.parse("c")).type(CampaignType.FOUR_PESTS)
            .title("春季除四害").organiser(" ").scope(STREET)
            .startsOn(LocalDate.of(2026, 4, 20)).endsOn(LocalDate.of(2026, 4, 19)).build(),
        "endsOn [campaign.period]", "organiser [sanitation.text]");
    Campaign longDrive = Campaign.builder().id(CampaignId.parse("c")).type(CampaignType.NATIONAL_HEALTH_CITY)
        .title("创建国家卫生城市").organiser("区爱卫会").scope(AreaScope.parse("110105"))
        .startsOn(LocalDate.of(2025, 1, 1)).endsOn(LocalDate.of(2027, 12, 31)).build();
    assertThat(longDrive.goals()).isEmpty();
  }
}
