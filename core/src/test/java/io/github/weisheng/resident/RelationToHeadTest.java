package io.github.weisheng.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolationException;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RelationToHeadTest {

  /** The GB/T 4761-2008 two-digit codes and names, as restated by the sources in the Javadoc. */
  @ParameterizedTest
  @CsvSource({
    "SELF, 02, 户主",
    "SPOUSE, 10, 配偶",
    "SON, 20, 子",
    "DAUGHTER, 30, 女",
    "GRANDCHILD, 40, 孙子、孙女或外孙子、外孙女",
    "PARENT, 50, 父母",
    "GRANDPARENT, 60, 祖父母或外祖父母",
    "SIBLING, 70, 兄、弟、姐、妹",
    "OTHER_RELATIVE, 97, 其他亲属",
    "NON_RELATIVE, 99, 非亲属"
  })
  void codesAndNamesFollowTheStandard(RelationToHead relation, String code, String name) {
    assertThat(relation.code()).isEqualTo(code);
    assertThat(relation.chineseName()).isEqualTo(name);
    assertThat(RelationToHead.ofCode(code)).isSameAs(relation);
  }

  @Test
  void codesAreUniqueTwoDigitNumbers() {
    assertThat(Arrays.stream(RelationToHead.values()).map(RelationToHead::code))
        .doesNotHaveDuplicates()
        .allMatch(c -> c.matches("[0-9]{2}"));
  }

  @ParameterizedTest
  @CsvSource({"01", "11", "80", "98", "2", "020", "''"})
  void ofCodeRejectsOtherCodes(String code) {
    assertThatThrownBy(() -> RelationToHead.ofCode(code))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.violations()).hasSize(1);
              assertThat(e.violations().get(0).field()).isEqualTo("relationToHead");
              assertThat(e.violations().get(0).rule()).isEqualTo("relationToHead.code");
              assertThat(e.getMessage(Locale.ENGLISH)).doesNotContain("relationToHead.code");
              assertThat(e.getMessage(Locale.CHINESE)).contains("家庭关系代码");
            });
  }

  @ParameterizedTest
  @EnumSource(RelationToHead.class)
  void jsonRoundTrip(RelationToHead relation) {
    JsonCodec codec = JsonCodec.create();
    assertThat(codec.read(codec.write(relation), RelationToHead.class)).isSameAs(relation);
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(RelationToHead.class);
  }
}
