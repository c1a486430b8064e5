package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityIdTest {

  @Test
  void randomIdsAreUuidsAndDiffer() {
    ActivityId a = ActivityId.random();
    assertThat(a.value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(ActivityId.random()).isNotEqualTo(a);
    assertThat(ActivityId.parse(a.value())).isEqualTo(a).hasToString(a.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "中文", "a/b"})
  void idsOfAnotherShapeAreRefused(String text) {
    assertRules(() -> ActivityId.parse(text), "activityId [activityId.format]");
  }

  @Test
  void anIdHasAtMost64Characters() {
    assertThat(ActivityId.parse("x".repeat(64)).value()).hasSize(64);
    assertRules(() -> ActivityId.parse("x".repeat(65)), "activityId [activityId.format]");
  }

  @Test
  void equalityOrderJsonAndNulls() {
    new EqualsTester()
        .addEqualityGroup(ActivityId.parse("e-1"), ActivityId.parse("e-1"))
        .addEqualityGroup(ActivityId.parse("e-2"))
        .testEquals();
    assertThat(ActivityId.parse("e-1")).isLessThan(ActivityId.parse("e-2"));
    JsonCodec json = JsonCodec.create();
    ActivityId id = ActivityId.parse("host.id_42");
    assertThat(json.write(id)).asString().isEqualTo("\"host.id_42\"");
    assertThat(json.read(json.write(id), ActivityId.class)).isEqualTo(id);
    new NullPointerTester().testAllPublicStaticMethods(ActivityId.class);
  }
}
