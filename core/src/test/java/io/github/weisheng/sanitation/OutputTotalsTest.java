package io.github.weisheng.sanitation;

import static io.github.weisheng.sanitation.SanitationTesting.dec;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputTotalsTest {
  private static Activity activity(String id, String scope, LocalDate on, Output... outputs) {
    return Activity.builder().id(ActivityId.parse(id)).heldOn(on).place("小区").type(ActivityType.CLEAN_UP)
        .organiser("居委会").scope(AreaScope.parse(scope)).addOutputs(outputs)
        .putParticipant(ParticipantKind.RESIDENTS, 10).build();
  }

  @Test
  void handWorkedTotalsKeepUnitsApartAndNameTheActivitiesBehind() {
    LocalDate day = LocalDate.of(2026, 4, 10);
    Activity a = activity("a-1", "110105001001", day, Output.of(OutputKind.GARBAGE_REMOVED, "4.5"),
        Output.of(OutputKind.RODENTICIDE_PLACED, 120));
    Activity b = activity("a-2", "110105001002", day.plusDays(1), Output.of(OutputKind.GARBAGE_REMOVED, "5.5"),
        Output.of(OutputKind.RODENTICIDE_PLACED, 80),
        Output.of(OutputKind.RODENTICIDE_PLACED, dec("2.5"), OutputUnit.KILOGRAM));
    Activity c = activity("a-3", "110105002001", day.plusDays(30), Output.of(OutputKind.GARBAGE_REMOVED, 5));
    OutputTotals all = OutputTotals.of(List.of(c, b, a));
    assertThat(all.amount(OutputKind.GARBAGE_REMOVED, OutputUnit.TONNE)).isEqualTo(dec("15"));
    assertThat(all.amount(OutputKind.RODENTICIDE_PLACED, OutputUnit.BAG)).isEqualTo(dec("200"));
    assertThat(all.amount(OutputKind.RODENTICIDE_PLACED, OutputUnit.KILOGRAM)).isEqualTo(dec("2.5"));
    assertThat(all.amount(OutputKind.MONEY_SPENT, OutputUnit.YUAN)).isZero();
    assertThat(all.total(OutputKind.GARBAGE_REMOVED, OutputUnit.TONNE).orElseThrow().activities())
        .extracting(ActivityId::value).containsExactly("a-1", "a-2", "a-3");
    assertThat(all.participants()).containsEntry(ParticipantKind.RESIDENTS, 30L);
    assertThat(all.activityCount()).isEqualTo(3);
    assertThat(all.totals()).extracting(t -> t.kind().code() + " " + t.unit())
        .containsExactly("garbage-removed TONNE", "rodenticide-placed BAG", "rodenticide-placed KILOGRAM");

    OutputTotals street = OutputTotals.ofArea(AreaScope.parse("110105001"), day, day.plusDays(1), List.of(a, b, c));
    assertThat(street.amount(OutputKind.GARBAGE_REMOVED, OutputUnit.TONNE)).isEqualTo(dec("10"));
    OutputTotals firstDay = OutputTotals.ofArea(AreaScope.parse("110105"), day, day, List.of(a, b, c));
    assertThat(firstDay.activities()).extracting(ActivityId::value).containsExactly("a-1");
    assertThat(roundTrip(all, OutputTotals.class)).isEqualTo(all);
    assertThat(OutputTotals.of(List.of()).totals()).isEmpty();
  }

  @Test
  void anActivityCountsOnceEvenWhenGivenTwice() {
    Activity a = activity("a-1", "110105001001", LocalDate.of(2026, 4, 1), Output.of(OutputKind.BLACK_SPOTS_CLEARED, 3));
    assertThat(OutputTotals.of(List.of(a, a)).amount(OutputKind.BLACK_SPOTS_CLEARED, OutputUnit.SITE)).isEqualTo(dec("3"));
  }
}
