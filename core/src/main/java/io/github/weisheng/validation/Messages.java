package io.github.weisheng.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The English and Chinese message bundles keyed by rule id, one pair per domain package
 * ({@code <package>/messages_en.properties} and {@code messages_zh.properties}, UTF-8); arguments in
 * {@link MessageFormat} syntax. Loaded once per class load; immutable afterwards.
 */
final class Messages {
  /** The packages that hold a bundle pair; a new domain package adds itself here. */
  private static final List<String> PACKAGES =
      List.of("validation", "org", "resident", "archive", "store", "chronic", "sanitation", "education",
          "immunization", "population", "infectious");

  private static final Properties EN = loadAll("en");
  private static final Properties ZH = loadAll("zh");

  private Messages() {}

  static String format(String key, List<?> args, Locale locale) {
    Properties bundle = "zh".equals(locale.getLanguage()) ? ZH : EN;
    String pattern = bundle.getProperty(key);
    if (pattern == null) {
      return key + (args.isEmpty() ? "" : " " + args);
    }
    return new MessageFormat(pattern, locale).format(args.toArray());
  }

  static boolean has(String key) {
    return EN.containsKey(key) && ZH.containsKey(key);
  }

  private static Properties loadAll(String language) {
    Properties properties = new Properties();
    for (String pkg : PACKAGES) {
      String name = "/io/github/weisheng/" + pkg + "/messages_" + language + ".properties";
      try (InputStream in = Messages.class.getResourceAsStream(name)) {
        if (in != null) {
          properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return properties;
  }
}
