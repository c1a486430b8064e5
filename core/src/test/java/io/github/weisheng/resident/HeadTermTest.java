package io.github.weisheng.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HeadTermTest {
  private static final ResidentId ZHANG = ResidentId.parse("zhang");
  private static final LocalDate FROM = LocalDate.of(2024, 1, 10);
  private static final LocalDate UNTIL = LocalDate.of(2025, 2, 1);

  @Test
  void coversFromInclusiveToUntilExclusive() {
    HeadTerm term = HeadTerm.of(ZHANG, FROM).endedOn(UNTIL);
    assertThat(term.covers(FROM.minusDays(1))).isFalse();
    assertThat(term.covers(FROM)).isTrue();
    assertThat(term.covers(UNTIL.minusDays(1))).isTrue();
    assertThat(term.covers(UNTIL)).isFalse();
    assertThat(HeadTerm.of(ZHANG, FROM).covers(LocalDate.of(2999, 1, 1))).isTrue();
  }

  @Test
  void untilMustBeAfterFrom() {
    assertThatThrownBy(() -> HeadTerm.builder().head(ZHANG).from(FROM).until(FROM).build())
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.violations()).hasSize(1);
              assertThat(e.violations().get(0).field()).isEqualTo("headTerm.until");
              assertThat(e.violations().get(0).rule()).isEqualTo("household.period");
            });
  }

  @Test
  void jsonRoundTrip() {
    JsonCodec codec = JsonCodec.create();
    HeadTerm closed = HeadTerm.builder().head(ZHANG).from(FROM).until(UNTIL).build();
    HeadTerm open = HeadTerm.of(ZHANG, FROM);
    assertThat(codec.read(codec.write(closed), HeadTerm.class)).isEqualTo(closed);
    assertThat(codec.read(codec.write(open), HeadTerm.class)).isEqualTo(open);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(HeadTerm.of(ZHANG, FROM), HeadTerm.builder().head(ZHANG).from(FROM).build())
        .addEqualityGroup(HeadTerm.of(ZHANG, FROM).endedOn(UNTIL))
        .addEqualityGroup(HeadTerm.of(ZHANG, UNTIL))
        .addEqualityGroup(HeadTerm.of(ResidentId.parse("wang"), FROM))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(ResidentId.class, ZHANG)
        .setDefault(LocalDate.class, FROM);
    tester.testAllPublicStaticMethods(HeadTerm.class);
    tester.testAllPublicInstanceMethods(HeadTerm.of(ZHANG, FROM));
    tester.testAllPublicInstanceMethods(HeadTerm.builder());
  }
}
