package io.github.weisheng.reporting;

import io.github.weisheng.spi.report.Inline;
import io.github.weisheng.spi.report.Paragraph;
import io.github.weisheng.spi.report.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The work summary's fixed wording in Chinese and English ({@code summary_zh.properties},
 * {@code summary_en.properties}): plain phrases, and sentences whose {@code {n}} places take inline
 * runs (figures), so numbers stay figures a renderer and a reader can find.
 */
final class Phrases {
  private static final Pattern PLACE = Pattern.compile("\\{(\\d+)}");
  private static final Properties ZH = load("zh");
  private static final Properties EN = load("en");

  private final Properties words;
  private final Locale locale;

  private Phrases(Properties words, Locale locale) {
    this.words = words;
    this.locale = locale;
  }

  static Phrases of(Locale locale) {
    return new Phrases(locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? EN : ZH, locale);
  }

  Locale locale() {
    return locale;
  }

  /** A phrase; its {@code {n}} places filled with text. */
  String text(String key, Object... arguments) {
    return arguments.length == 0 ? raw(key) : new MessageFormat(raw(key), Locale.ROOT).format(arguments);
  }

  /** A sentence whose {@code {n}} places are runs (figures or text). */
  Paragraph paragraph(String key, Inline... runs) {
    String pattern = raw(key);
    List<Inline> content = new ArrayList<>();
    Matcher m = PLACE.matcher(pattern);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        content.add(Text.of(pattern.substring(at, m.start())));
      }
      content.add(runs[Integer.parseInt(m.group(1))]);
      at = m.end();
    }
    if (at < pattern.length()) {
      content.add(Text.of(pattern.substring(at)));
    }
    return new Paragraph(content);
  }

  private String raw(String key) {
    String value = words.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("no summary phrase '" + key + "'");
    }
    return value;
  }

  private static Properties load(String language) {
    Properties properties = new Properties();
    try (InputStream in = Phrases.class.getResourceAsStream("summary_" + language + ".properties")) {
      if (in == null) {
        throw new IllegalStateException("summary_" + language + ".properties is missing");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
