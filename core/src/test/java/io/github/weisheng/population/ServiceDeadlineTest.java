package io.github.weisheng.population;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ServiceDeadlineTest {
  private static final LocalDateTime NOTIFIED = LocalDateTime.parse("2026-03-01T09:00");
  private static final ServiceDeadline SEVENTY_TWO = ServiceDeadline.within(NOTIFIED, 72);

  @Test
  void seventyTwoHoursIsOnTimeOneMinuteLaterIsLate() {
    assertThat(SEVENTY_TWO.deadline()).isEqualTo(LocalDateTime.parse("2026-03-04T09:00"));
    assertThat(SEVENTY_TWO.isMetBy(LocalDateTime.parse("2026-03-04T09:00"))).isTrue();
    assertThat(SEVENTY_TWO.isMetBy(LocalDateTime.parse("2026-03-04T09:01"))).isFalse();
    assertThat(SEVENTY_TWO.status(LocalDateTime.parse("2026-03-04T09:01"))).isEqualTo(WindowStatus.CLOSED);
    assertThat(SEVENTY_TWO.isMetBy(NOTIFIED)).isTrue();
    assertThat(SEVENTY_TWO.isMetBy(NOTIFIED.minusMinutes(1))).isFalse();
    assertThat(SEVENTY_TWO.status(NOTIFIED.minusMinutes(1))).isEqualTo(WindowStatus.NOT_YET_OPEN);
    assertThat(SEVENTY_TWO.status(NOTIFIED.plusHours(1))).isEqualTo(WindowStatus.OPEN);
  }

  @Test
  void atLeastOneHour() {
    assertRules(() -> ServiceDeadline.within(NOTIFIED, 0), "serviceDeadline.hours [serviceDeadline.hours]");
  }

  @Test
  void jsonEqualityToStringNulls() {
    assertThat(roundTrip(SEVENTY_TWO, ServiceDeadline.class)).isEqualTo(SEVENTY_TWO);
    assertThat(SEVENTY_TWO).hasToString("2026-03-01T09:00 + 72 h");
    new EqualsTester().addEqualityGroup(SEVENTY_TWO, ServiceDeadline.within(NOTIFIED, 72))
        .addEqualityGroup(ServiceDeadline.within(NOTIFIED, 48))
        .addEqualityGroup(ServiceDeadline.within(NOTIFIED.plusHours(1), 72))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(ServiceDeadline.class);
    new NullPointerTester().testAllPublicInstanceMethods(SEVENTY_TWO);
  }
}
