package io.github.weisheng.reporting.render;

import java.util.Locale;

/**
 * The few fixed words renderers add to a document (a legend's "target", a chart table's "category"),
 * in the document's language: Chinese unless the document is in English.
 */
record Words(String keyFigures, String value, String category, String target, String chartData) {
  private static final Words CHINESE = new Words("主要数据", "数值", "类别", "目标", "图表数据");
  private static final Words ENGLISH = new Words("Key figures", "Value", "Category", "Target", "Chart data");

  static Words of(Locale locale) {
    return locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? ENGLISH : CHINESE;
  }
}
