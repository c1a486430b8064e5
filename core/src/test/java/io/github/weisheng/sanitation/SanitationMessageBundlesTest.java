package io.github.weisheng.sanitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.validation.RuleText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The sanitation bundles: every key has a valid text in both languages, with the same arguments. */
class SanitationMessageBundlesTest {

  static Properties load(String language) throws IOException {
    Properties properties = new Properties();
    String name = "/io/github/weisheng/sanitation/messages_" + language + ".properties";
    try (InputStream in = SanitationMessageBundlesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndEveryKeyResolves() throws IOException {
    Properties en = load("en");
    Properties zh = load("zh");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(en.stringPropertyNames()).hasSizeGreaterThan(15);
    for (String rule : en.stringPropertyNames()) {
      assertThat(RuleText.exists(rule)).as(rule).isTrue();
      assertThat(zh.getProperty(rule)).as(rule).containsPattern("\\p{IsHan}");
      Object[] args = {"A1", "A2", "A3", "A4", "A5", "A6", "A7"};
      String enText = RuleText.format(rule, List.of(args), Locale.ENGLISH);
      String zhText = RuleText.format(rule, List.of(args), Locale.CHINESE);
      assertThat(enText).as(rule).doesNotContain("{").isNotEqualTo(rule);
      assertThat(zhText).as(rule).doesNotContain("{").isNotEqualTo(rule);
      for (Object a : args) {
        assertThat(enText.contains((String) a)).as(rule + " uses " + a + " in both languages")
            .isEqualTo(zhText.contains((String) a));
      }
    }
  }

  @Test
  void everyTextIsAValidPatternWithoutStrayQuotes() throws IOException {
    for (String language : List.of("en", "zh")) {
      Properties bundle = load(language);
      for (String key : bundle.stringPropertyNames()) {
        String pattern = bundle.getProperty(key);
        new MessageFormat(pattern, Locale.ROOT);
        assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
      }
    }
  }
}
