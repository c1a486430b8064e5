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

class FollowUpVisitIdTest {

  @Test
  void randomIdsAreUuidsAndDiffer() {
    FollowUpVisitId a = FollowUpVisitId.random();
    assertThat(a.value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(FollowUpVisitId.random()).isNotEqualTo(a);
    assertThat(FollowUpVisitId.parse(a.value())).isEqualTo(a).hasToString(a.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "中文", "a/b"})
  void idsOfAnotherShapeAreRefused(String text) {
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class, () -> FollowUpVisitId.parse(text));
    assertThat(e.violations()).singleElement().hasToString("followUpVisitId [followUpVisitId.format]");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("1-64");
  }

  @Test
  void anIdHasAtMost64Characters() {
    assertThat(FollowUpVisitId.parse("x".repeat(64)).value()).hasSize(64);
    assertThat(catchThrowableOfType(RuleViolationException.class, () -> FollowUpVisitId.parse("x".repeat(65)))).isNotNull();
  }

  @Test
  void equalityOrderJsonAndNulls() {
    new EqualsTester()
        .addEqualityGroup(FollowUpVisitId.parse("e-1"), FollowUpVisitId.parse("e-1"))
        .addEqualityGroup(FollowUpVisitId.parse("e-2"))
        .testEquals();
    assertThat(FollowUpVisitId.parse("e-1")).isLessThan(FollowUpVisitId.parse("e-2"));
    JsonCodec json = JsonCodec.create();
    FollowUpVisitId id = FollowUpVisitId.parse("host.enrolment_42");
    assertThat(json.read(json.write(id), FollowUpVisitId.class)).isEqualTo(id);
    new NullPointerTester().testAllPublicStaticMethods(FollowUpVisitId.class);
  }
}
