package io.github.weisheng.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

  private static Properties load(String pkg, String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(
        "/io/github/weisheng/" + pkg + "/messages_" + language + ".properties")) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    }
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"validation", "org", "resident", "archive", "store", "chronic"})
  void everyRuleHasAnEnglishAndAChineseMessage(String pkg) throws IOException {
    Properties en = load(pkg, "en");
    Properties zh = load(pkg, "zh");
    assertThat(zh.keySet()).isEqualTo(en.keySet());
    for (Object key : en.keySet()) {
      assertThat(Messages.has((String) key)).isTrue();
      String chinese = zh.getProperty((String) key);
      assertThat(chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
          .as("Chinese message of %s", key).isTrue();
    }
  }

  @org.junit.jupiter.api.Test
  void aViolationNamesTheFieldThenTheRuleInTheReadersLanguage() {
    RuleViolation v = RuleViolation.of("archive.reason", "archive.reason", 200);
    assertThat(v.message(Locale.ENGLISH)).isEqualTo("archive.reason: must say why in 1-200 characters");
    assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("archive.reason: 须说明原因（1-200 个字符）");
    RuleViolationException e = new RuleViolationException(List.of(v, RuleViolation.of("x", "required")));
    assertThat(e.getMessage()).isEqualTo(
        "archive.reason: must say why in 1-200 characters; x: is required / archive.reason: 须说明原因（1-200 个字符）; x: 为必填项");
    assertThat(e.under("doc").violations()).extracting(RuleViolation::field).containsExactly("doc.archive.reason", "doc.x");
  }
}
