package io.github.weisheng.chronic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EnrolmentIdTest {

  @Test
  void randomIdsAreUuidsAndDiffer() {
    EnrolmentId a = EnrolmentId.random();
    assertThat(a.value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(EnrolmentId.random()).isNotEqualTo(a);
    assertThat(EnrolmentId.parse(a.value())).isEqualTo(a).hasToString(a.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "中文", "a/b"})
  void idsOfAnotherShapeAreRefused(String text) {
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class, () -> EnrolmentId.parse(text));
    assertThat(e.violations()).singleElement().hasToString("enrolmentId [enrolmentId.format]");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("1-64");
  }

  @Test
  void anIdHasAtMost64Characters() {
    assertThat(EnrolmentId.parse("x".repeat(64)).value()).hasSize(64);
    assertThat(catchThrowableOfType(RuleViolationException.class, () -> EnrolmentId.parse("x".repeat(65)))).isNotNull();
  }

  @Test
  void equalityOrderJsonAndNulls() {
    new EqualsTester()
        .addEqualityGroup(EnrolmentId.parse("e-1"), EnrolmentId.parse("e-1"))
        .addEqualityGroup(EnrolmentId.parse("e-2"))
        .testEquals();
    assertThat(EnrolmentId.parse("e-1")).isLessThan(EnrolmentId.parse("e-2"));
    JsonCodec json = JsonCodec.create();
    EnrolmentId id = EnrolmentId.parse("host.enrolment_42");
    assertThat(json.read(json.write(id), EnrolmentId.class)).isEqualTo(id);
    new NullPointerTester().testAllPublicStaticMethods(EnrolmentId.class);
  }
}
