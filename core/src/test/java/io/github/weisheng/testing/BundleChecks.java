package io.github.weisheng.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.validation.RuleText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The checks every package's message bundles pass, shared by each package's bundle test. */
public final class BundleChecks {
  private BundleChecks() {}

  /**
   * Loads one language's bundle of a package.
   *
   * @param pkg the package under {@code io.github.weisheng}, for example {@code education}
   * @param language {@code en} or {@code zh}
   * @return the bundle
   */
  public static Properties load(String pkg, String language) {
    Properties properties = new Properties();
    String name = "/io/github/weisheng/" + pkg + "/messages_" + language + ".properties";
    try (InputStream in = BundleChecks.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /**
   * Asserts both languages have the same keys, each resolves through {@link RuleText}, the Chinese
   * text is Chinese and differs from the English, and both texts use the same arguments.
   *
   * @param pkg the package
   */
  public static void assertLanguagesAgree(String pkg) {
    Properties en = load(pkg, "en");
    Properties zh = load(pkg, "zh");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(en.stringPropertyNames()).isNotEmpty();
    Object[] args = {"A1", "A2", "A3", "A4", "A5", "A6", "A7"};
    for (String rule : en.stringPropertyNames()) {
      assertThat(RuleText.exists(rule)).as(rule).isTrue();
      assertThat(zh.getProperty(rule)).as(rule).containsPattern("\\p{IsHan}");
      String enText = RuleText.format(rule, List.of(args), Locale.ENGLISH);
      String zhText = RuleText.format(rule, List.of(args), Locale.CHINESE);
      assertThat(enText).as(rule).doesNotContain("{").isNotEqualTo(rule);
      assertThat(zhText).as(rule).doesNotContain("{").isNotEqualTo(rule).isNotEqualTo(enText);
      for (Object a : args) {
        assertThat(enText.contains((String) a)).as(rule + " uses " + a + " in both languages")
            .isEqualTo(zhText.contains((String) a));
      }
    }
  }

  /**
   * Asserts every text of both languages is a valid {@link MessageFormat} pattern with no stray
   * single quote (which MessageFormat would swallow).
   *
   * @param pkg the package
   */
  public static void assertValidPatterns(String pkg) {
    for (String language : List.of("en", "zh")) {
      Properties bundle = load(pkg, language);
      for (String key : bundle.stringPropertyNames()) {
        String pattern = bundle.getProperty(key);
        new MessageFormat(pattern, Locale.ROOT);
        assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
      }
    }
  }
}
