package io.github.weisheng.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RuleTextTest {

  @Test
  void formatsARuleInTheReadersLanguage() {
    assertThat(RuleText.format("archive.reason", List.of(200), Locale.ENGLISH)).isEqualTo("must say why in 1-200 characters");
    assertThat(RuleText.format("archive.reason", List.of(200), Locale.SIMPLIFIED_CHINESE)).isEqualTo("须说明原因（1-200 个字符）");
  }

  @Test
  void anUnknownRuleIsItsId() {
    assertThat(RuleText.exists("no.such.rule")).isFalse();
    assertThat(RuleText.exists("archive.reason")).isTrue();
    assertThat(RuleText.format("no.such.rule", List.of(), Locale.ENGLISH)).isEqualTo("no.such.rule");
  }

  @Test
  void nulls() {
    new NullPointerTester().setDefault(Locale.class, Locale.ENGLISH).testAllPublicStaticMethods(RuleText.class);
  }
}
