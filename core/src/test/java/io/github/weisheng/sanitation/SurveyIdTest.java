package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SurveyIdTest {

  @Test
  void randomIdsAreUuidsAndDiffer() {
    SurveyId a = SurveyId.random();
    assertThat(a.value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(SurveyId.random()).isNotEqualTo(a);
    assertThat(SurveyId.parse(a.value())).isEqualTo(a).hasToString(a.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "中文", "a/b"})
  void idsOfAnotherShapeAreRefused(String text) {
    assertRules(() -> SurveyId.parse(text), "surveyId [surveyId.format]");
  }

  @Test
  void anIdHasAtMost64Characters() {
    assertThat(SurveyId.parse("x".repeat(64)).value()).hasSize(64);
    assertRules(() -> SurveyId.parse("x".repeat(65)), "surveyId [surveyId.format]");
  }

  @Test
  void equalityOrderJsonAndNulls() {
    new EqualsTester()
        .addEqualityGroup(SurveyId.parse("e-1"), SurveyId.parse("e-1"))
        .addEqualityGroup(SurveyId.parse("e-2"))
        .testEquals();
    assertThat(SurveyId.parse("e-1")).isLessThan(SurveyId.parse("e-2"));
    JsonCodec json = JsonCodec.create();
    SurveyId id = SurveyId.parse("host.id_42");
    assertThat(json.write(id)).asString().isEqualTo("\"host.id_42\"");
    assertThat(json.read(json.write(id), SurveyId.class)).isEqualTo(id);
    new NullPointerTester().testAllPublicStaticMethods(SurveyId.class);
  }
}
