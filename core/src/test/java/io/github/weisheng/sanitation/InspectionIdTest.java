package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InspectionIdTest {

  @Test
  void randomIdsAreUuidsAndDiffer() {
    InspectionId a = InspectionId.random();
    assertThat(a.value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(InspectionId.random()).isNotEqualTo(a);
    assertThat(InspectionId.parse(a.value())).isEqualTo(a).hasToString(a.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "中文", "a/b"})
  void idsOfAnotherShapeAreRefused(String text) {
    assertRules(() -> InspectionId.parse(text), "inspectionId [inspectionId.format]");
  }

  @Test
  void anIdHasAtMost64Characters() {
    assertThat(InspectionId.parse("x".repeat(64)).value()).hasSize(64);
    assertRules(() -> InspectionId.parse("x".repeat(65)), "inspectionId [inspectionId.format]");
  }

  @Test
  void equalityOrderJsonAndNulls() {
    new EqualsTester()
        .addEqualityGroup(InspectionId.parse("e-1"), InspectionId.parse("e-1"))
        .addEqualityGroup(InspectionId.parse("e-2"))
        .testEquals();
    assertThat(InspectionId.parse("e-1")).isLessThan(InspectionId.parse("e-2"));
    JsonCodec json = JsonCodec.create();
    InspectionId id = InspectionId.parse("host.id_42");
    assertThat(json.write(id)).asString().isEqualTo("\"host.id_42\"");
    assertThat(json.read(json.write(id), InspectionId.class)).isEqualTo(id);
    new NullPointerTester().testAllPublicStaticMethods(InspectionId.class);
  }
}
