package io.github.weisheng.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MembershipTest {
  private static final ResidentId LI = ResidentId.parse("li");
  private static final LocalDate MOVED_IN = LocalDate.of(2024, 3, 1);
  private static final LocalDate MOVED_OUT = LocalDate.of(2025, 2, 1);

  private static Membership closed() {
    return Membership.builder()
        .resident(LI)
        .relation(RelationToHead.SPOUSE)
        .from(MOVED_IN)
        .until(MOVED_OUT)
        .build();
  }

  @Test
  void activeFromTheDayOfMovingInUntilTheDayBeforeMovingOut() {
    Membership m = closed();
    assertThat(m.isActiveOn(MOVED_IN.minusDays(1))).isFalse();
    assertThat(m.isActiveOn(MOVED_IN)).isTrue();
    assertThat(m.isActiveOn(MOVED_OUT.minusDays(1))).isTrue();
    assertThat(m.isActiveOn(MOVED_OUT)).isFalse();
  }

  @Test
  void openMembershipIsActiveEverAfter() {
    Membership m = Membership.of(LI, RelationToHead.SON, MOVED_IN);
    assertThat(m.until()).isEmpty();
    assertThat(m.isActiveOn(LocalDate.of(2999, 12, 31))).isTrue();
    assertThat(m.isActiveOn(MOVED_IN.minusDays(1))).isFalse();
  }

  @Test
  void endedOnClosesTheMembership() {
    Membership m = Membership.of(LI, RelationToHead.SPOUSE, MOVED_IN).endedOn(MOVED_OUT);
    assertThat(m).isEqualTo(closed());
  }

  @Test
  void untilMustBeAfterFrom() {
    for (LocalDate until : new LocalDate[] {MOVED_IN, MOVED_IN.minusDays(1)}) {
      assertThatThrownBy(
              () ->
                  Membership.builder()
                      .resident(LI)
                      .relation(RelationToHead.SPOUSE)
                      .from(MOVED_IN)
                      .until(until)
                      .build())
          .isInstanceOfSatisfying(
              RuleViolationException.class,
              e -> {
                assertThat(e.violations()).hasSize(1);
                assertThat(e.violations().get(0).field()).isEqualTo("membership.until");
                assertThat(e.violations().get(0).rule()).isEqualTo("household.period");
                assertThat(e.getMessage(Locale.CHINESE)).contains("结束日期");
              });
    }
    assertThat(Membership.builder().resident(LI).relation(RelationToHead.SON).from(MOVED_IN)
            .until(MOVED_IN.plusDays(1)).build().isActiveOn(MOVED_IN))
        .isTrue();
  }

  @Test
  void builderIsStrict() {
    assertThatThrownBy(() -> Membership.builder().resident(LI).resident(LI))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Membership.builder().resident(LI).from(MOVED_IN).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("relation");
  }

  @Test
  void jsonRoundTrip() {
    JsonCodec codec = JsonCodec.create();
    for (Membership m : new Membership[] {closed(), Membership.of(LI, RelationToHead.SELF, MOVED_IN)}) {
      byte[] json = codec.write(m);
      assertThat(codec.read(json, Membership.class)).isEqualTo(m);
    }
    assertThat(new String(codec.write(closed()), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"resident\":\"li\",\"relation\":\"SPOUSE\",\"from\":\"2024-03-01\","
                + "\"until\":\"2025-02-01\"}");
  }

  @Test
  void jsonWithoutUntilIsAnOpenMembership() {
    byte[] json =
        "{\"resident\":\"li\",\"relation\":\"SON\",\"from\":\"2024-03-01\"}"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(JsonCodec.create().read(json, Membership.class))
        .isEqualTo(Membership.of(LI, RelationToHead.SON, MOVED_IN));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(closed(), closed())
        .addEqualityGroup(
            Membership.of(LI, RelationToHead.SPOUSE, MOVED_IN),
            Membership.of(LI, RelationToHead.SPOUSE, MOVED_IN))
        .addEqualityGroup(Membership.of(LI, RelationToHead.SON, MOVED_IN))
        .addEqualityGroup(Membership.of(ResidentId.parse("wang"), RelationToHead.SPOUSE, MOVED_IN))
        .addEqualityGroup(Membership.of(LI, RelationToHead.SPOUSE, MOVED_IN.plusDays(1)))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(ResidentId.class, LI)
        .setDefault(RelationToHead.class, RelationToHead.SON)
        .setDefault(LocalDate.class, MOVED_IN);
    tester.testAllPublicStaticMethods(Membership.class);
    tester.testAllPublicInstanceMethods(closed());
    tester.testAllPublicInstanceMethods(Membership.builder());
  }
}
