package io.github.weisheng.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SexTest {
  @Test
  void codesAndNamesFollowGbT2261() {
    assertThat(Sex.UNKNOWN.code()).isEqualTo(0);
    assertThat(Sex.MALE.code()).isEqualTo(1);
    assertThat(Sex.FEMALE.code()).isEqualTo(2);
    assertThat(Sex.UNSTATED.code()).isEqualTo(9);
    assertThat(Sex.UNKNOWN.chineseName()).isEqualTo("未知的性别");
    assertThat(Sex.MALE.chineseName()).isEqualTo("男");
    assertThat(Sex.FEMALE.chineseName()).isEqualTo("女");
    assertThat(Sex.UNSTATED.chineseName()).isEqualTo("未说明的性别");
  }

  @ParameterizedTest
  @EnumSource(Sex.class)
  void fromCodeInvertsCode(Sex sex) {
    assertThat(Sex.fromCode(sex.code())).isSameAs(sex);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 3, 4, 8, 10, 12, Integer.MAX_VALUE})
  void otherCodesAreRejected(int code) {
    assertThatThrownBy(() -> Sex.fromCode(code))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.violations()).containsExactly(RuleViolation.of("sex", "sex.code"));
              assertThat(e.getMessage(Locale.ENGLISH)).isNotEqualTo("sex: sex.code");
              assertThat(e.getMessage(Locale.CHINESE)).contains("性别代码");
            });
  }

  @ParameterizedTest
  @EnumSource(Sex.class)
  void jsonIsTheConstantName(Sex sex) {
    JsonCodec codec = JsonCodec.create();
    byte[] json = codec.write(sex);
    assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("\"" + sex.name() + "\"");
    assertThat(codec.read(json, Sex.class)).isSameAs(sex);
  }
}
