package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontageUnitIdTest {

  @Test
  void randomIdsAreUuidsAndDiffer() {
    FrontageUnitId a = FrontageUnitId.random();
    assertThat(a.value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(FrontageUnitId.random()).isNotEqualTo(a);
    assertThat(FrontageUnitId.parse(a.value())).isEqualTo(a).hasToString(a.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "中文", "a/b"})
  void idsOfAnotherShapeAreRefused(String text) {
    assertRules(() -> FrontageUnitId.parse(text), "frontageUnitId [frontageUnitId.format]");
  }

  @Test
  void anIdHasAtMost64Characters() {
    assertThat(FrontageUnitId.parse("x".repeat(64)).value()).hasSize(64);
    assertRules(() -> FrontageUnitId.parse("x".repeat(65)), "frontageUnitId [frontageUnitId.format]");
  }

  @Test
  void equalityOrderJsonAndNulls() {
    new EqualsTester()
        .addEqualityGroup(FrontageUnitId.parse("e-1"), FrontageUnitId.parse("e-1"))
        .addEqualityGroup(FrontageUnitId.parse("e-2"))
        .testEquals();
    assertThat(FrontageUnitId.parse("e-1")).isLessThan(FrontageUnitId.parse("e-2"));
    JsonCodec json = JsonCodec.create();
    FrontageUnitId id = FrontageUnitId.parse("host.id_42");
    assertThat(json.write(id)).asString().isEqualTo("\"host.id_42\"");
    assertThat(json.read(json.write(id), FrontageUnitId.class)).isEqualTo(id);
    new NullPointerTester().testAllPublicStaticMethods(FrontageUnitId.class);
  }
}
