package io.github.weisheng.education;

import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EducationActivityTypeTest {

  @Test
  void theSixTypesAndTheirCodes() {
    assertThat(EducationActivityType.values()).hasSize(6);
    for (EducationActivityType t : EducationActivityType.values()) {
      assertThat(EducationActivityType.fromCode(t.code())).isEqualTo(t);
      assertThat(t.code()).isEqualTo(t.ordinal() + 1);
    }
    assertThat(EducationActivityType.fromCode(5)).isEqualTo(EducationActivityType.LECTURE);
    assertRules(() -> EducationActivityType.fromCode(7), "type [educationActivity.typeCode]");
  }
}
