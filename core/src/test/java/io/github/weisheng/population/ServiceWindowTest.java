package io.github.weisheng.population;

import static io.github.weisheng.population.PopulationTesting.d;
import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class ServiceWindowTest {
  @Test
  void withinSevenDaysOfDischargeDaySevenCountsDayEightIsLate() {
    ServiceWindow w = ServiceWindow.daysAfter(d("2026-03-10"), 0, 0, 7);
    assertThat(w.contains(d("2026-03-10"))).isTrue();
    assertThat(w.contains(d("2026-03-17"))).isTrue();
    assertThat(w.contains(d("2026-03-18"))).isFalse();
    assertThat(w.status(d("2026-03-18"))).isEqualTo(WindowStatus.CLOSED);
    assertThat(w.daysLate(d("2026-03-18"))).isEqualTo(1);
    assertThat(w.status(d("2026-03-09"))).isEqualTo(WindowStatus.NOT_YET_OPEN);
    assertThat(w.daysLate(d("2026-03-09"))).isZero();
  }

  @Test
  void beforeWeekThirteenWeekTwelvePlusSixCountsThirteenPlusZeroIsLate() {
    ServiceWindow w = ServiceWindow.gestationalWeeks(d("2026-01-01"), 0, 12);
    assertThat(w.opens()).isEqualTo(d("2026-01-01"));
    assertThat(w.closes()).isEqualTo(d("2026-01-01").plusDays(90));
    assertThat(w.contains(d("2026-01-01").plusDays(90))).isTrue();
    assertThat(w.contains(d("2026-01-01").plusDays(91))).isFalse();
  }

  @Test
  void gestationalWeeksSixteenToTwenty() {
    ServiceWindow w = ServiceWindow.gestationalWeeks(d("2026-01-01"), 16, 20);
    assertThat(w.opens()).isEqualTo(d("2026-01-01").plusDays(112));
    assertThat(w.due()).isEqualTo(w.opens());
    assertThat(w.closes()).isEqualTo(d("2026-01-01").plusDays(146));
  }

  @Test
  void ageInMonthsFollowsTheCalendar() {
    ServiceWindow w = ServiceWindow.atAgeInMonths(d("2026-01-31"), 1, 3, 5);
    assertThat(w.due()).isEqualTo(d("2026-02-28"));
    assertThat(w.opens()).isEqualTo(d("2026-02-25"));
    assertThat(w.closes()).isEqualTo(d("2026-03-05"));
  }

  @Test
  void invalidWindowsAreRejected() {
    assertRules(() -> ServiceWindow.of(d("2026-01-02"), d("2026-01-01"), d("2026-01-03")),
        "serviceWindow [serviceWindow.order]");
    assertRules(() -> ServiceWindow.of(d("2026-01-01"), d("2026-01-03"), d("2026-01-02")),
        "serviceWindow [serviceWindow.order]");
    assertRules(() -> ServiceWindow.daysAfter(d("2026-01-01"), 3, 0, 7), "serviceWindow [serviceWindow.order]");
    assertRules(() -> ServiceWindow.gestationalWeeks(d("2026-01-01"), 20, 16), "serviceWindow [serviceWindow.order]");
    assertRules(() -> ServiceWindow.gestationalWeeks(d("2026-01-01"), -1, 16), "serviceWindow [serviceWindow.order]");
    assertRules(() -> ServiceWindow.atAgeInMonths(d("2026-01-01"), -1, 0, 0), "serviceWindow [serviceWindow.order]");
    assertRules(() -> ServiceWindow.atAgeInMonths(d("2026-01-01"), 3, -1, 0), "serviceWindow [serviceWindow.order]");
  }

  @Test
  void jsonEqualityToStringNulls() {
    ServiceWindow w = ServiceWindow.daysAfter(d("2026-01-01"), 0, 0, 7);
    assertThat(roundTrip(w, ServiceWindow.class)).isEqualTo(w);
    assertThat(w).hasToString("[2026-01-01 .. 2026-01-08], due 2026-01-01");
    new EqualsTester()
        .addEqualityGroup(w, ServiceWindow.of(d("2026-01-01"), d("2026-01-01"), d("2026-01-08")))
        .addEqualityGroup(ServiceWindow.daysAfter(d("2026-01-01"), 0, 1, 7))
        .addEqualityGroup(ServiceWindow.daysAfter(d("2026-01-01"), 0, 0, 8))
        .addEqualityGroup(ServiceWindow.of(d("2025-12-31"), d("2026-01-01"), d("2026-01-08")))
        .testEquals();
    new NullPointerTester().setDefault(java.time.LocalDate.class, d("2026-01-01"))
        .testAllPublicStaticMethods(ServiceWindow.class);
    new NullPointerTester().testAllPublicInstanceMethods(w);
  }
}
