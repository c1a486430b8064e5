package io.github.weisheng.education;

import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EducationActivityIdTest {

  @Test
  void randomIdsAreUuidsAndDiffer() {
    EducationActivityId a = EducationActivityId.random();
    assertThat(a.value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(EducationActivityId.random()).isNotEqualTo(a);
    assertThat(EducationActivityId.parse(a.value())).isEqualTo(a).hasToString(a.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "中文", "a/b"})
  void idsOfAnotherShapeAreRefused(String text) {
    assertRules(() -> EducationActivityId.parse(text), "educationActivityId [educationActivityId.format]");
  }

  @Test
  void anIdHasAtMost64Characters() {
    assertThat(EducationActivityId.parse("x".repeat(64)).value()).hasSize(64);
    assertRules(() -> EducationActivityId.parse("x".repeat(65)), "educationActivityId [educationActivityId.format]");
  }

  @Test
  void equalityOrderJsonAndNulls() {
    new EqualsTester()
        .addEqualityGroup(EducationActivityId.parse("e-1"), EducationActivityId.parse("e-1"))
        .addEqualityGroup(EducationActivityId.parse("e-2"))
        .testEquals();
    assertThat(EducationActivityId.parse("e-1")).isLessThan(EducationActivityId.parse("e-2"));
    JsonCodec json = JsonCodec.create();
    EducationActivityId id = EducationActivityId.parse("host.id_42");
    assertThat(json.write(id)).asString().isEqualTo("\"host.id_42\"");
    assertThat(json.read(json.write(id), EducationActivityId.class)).isEqualTo(id);
    new NullPointerTester().testAllPublicStaticMethods(EducationActivityId.class);
  }
}
