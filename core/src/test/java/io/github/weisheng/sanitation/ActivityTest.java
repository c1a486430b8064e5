package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActivityTest {
  /** The seed's Patriotic Health Month clean-up of 银丰社区, as one activity. */
  static Activity yinfengCleanUp() {
    return Activity.builder().id(ActivityId.parse("a-1")).campaign(CampaignId.parse("phm-2026"))
        .heldOn(LocalDate.of(2026, 4, 12)).place("银丰社区各小区及背街小巷").type(ActivityType.CLEAN_UP)
        .organiser("银丰社区居委会").scope(AreaScope.parse("110105001001"))
        .putParticipant(ParticipantKind.UNITS, 4).putParticipant(ParticipantKind.RESIDENTS, 60)
        .putParticipant(ParticipantKind.CADRES, 10)
        .addOutput(Output.of(OutputKind.BLACK_SPOTS_CLEARED, 20))
        .addOutput(Output.of(OutputKind.GARBAGE_REMOVED, 10))
        .addOutput(Output.of(OutputKind.ILLEGAL_ADS_REMOVED, 400))
        .addOutput(Output.of(OutputKind.RODENTICIDE_PLACED, 200))
        .build();
  }

  @Test
  void anActivityHoldsParticipantsAndTypedOutputs() {
    Activity a = yinfengCleanUp();
    assertThat(a.participants(ParticipantKind.RESIDENTS)).isEqualTo(60);
    assertThat(a.participants(ParticipantKind.STAFF)).isZero();
    assertThat(a.outputs()).hasSize(4);
    assertThat(roundTrip(a, Activity.class)).isEqualTo(a);
    Activity noted = Activity.builder().id(ActivityId.parse("a-9")).heldOn(LocalDate.of(2026, 4, 12)).place("广场")
        .type(ActivityType.HOUSEHOLD_VISITS).organiser("居委会").scope(AreaScope.parse("110105001001"))
        .note("走访了独居老人李四家").build();
    assertThat(noted.toString()).doesNotContain("李四").contains("HOUSEHOLD_VISITS");
  }

  @Test
  void negativeParticipantsAndTwiceGivenOutputsAreRefused() {
    assertRules(() -> Activity.builder().id(ActivityId.parse("a")).heldOn(LocalDate.of(2026, 4, 1)).place("广场")
            .type(ActivityType.PUBLICITY).organiser("居委会").scope(AreaScope.parse("110105001001"))
            .putParticipant(ParticipantKind.RESIDENTS, -1)
            .addOutput(Output.of(OutputKind.LEAFLETS_DISTRIBUTED, 100))
            .addOutput(Output.of(OutputKind.LEAFLETS_DISTRIBUTED, 50))
            .addOutput(Output.of(OutputKind.LEAFLETS_DISTRIBUTED, java.math.BigDecimal.TEN, OutputUnit.BOOKLET))
            .note("x".repeat(201)).build(),
        "participants.RESIDENTS [activity.participants.negative]", "outputs[1] [activity.outputs.duplicate]",
        "note [sanitation.text]");
  }
}
