package io.github.weisheng.spi.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A renderer-neutral report (报告), such as a work summary (工作总结): a title, subtitle lines (org
 * unit, period, date), key figures shown up front, and numbered sections at most {@value
 * OfficialNumbering#LEVELS} levels deep.
 *
 * @param title the title, for example {@code 南大街社区卫生服务站2026年工作总结}
 * @param subtitles lines under the title, may be none
 * @param locale the language the words are in (renderers take their own fixed words, such as a
 *     table's "target" legend, in it)
 * @param keyFigures figures shown before the first section, may be none; a key figure may be without a
 *     value ({@link Figure#noValue}), which every renderer shows reading {@value Figure#NO_VALUE}, never 0
 * @param sections the sections
 * @since 0.1.0
 */
public record ReportDocument(
    String title, List<String> subtitles, Locale locale, List<Figure> keyFigures, List<Section> sections) {

  /** Checks and copies; sections may nest at most four levels. */
  public ReportDocument {
    Texts.required(title, "report.title");
    subtitles = Texts.copy(subtitles, "report.subtitles");
    Objects.requireNonNull(locale, "report.locale");
    keyFigures = Texts.copy(keyFigures, "report.keyFigures");
    sections = Texts.copy(sections, "report.sections");
    if (sections.size() > 99 || sections.stream().anyMatch(s -> s.depth() > OfficialNumbering.LEVELS)) {
      throw new IllegalArgumentException(
          "report.sections must nest at most 4 levels of at most 99 / 章节最多四级、每级最多 99 个");
    }
  }

  /**
   * Returns a document.
   *
   * @param title the title
   * @param subtitles the lines under it
   * @param locale the language
   * @param keyFigures the key figures
   * @param sections the sections
   * @return the document
   */
  public static ReportDocument of(
      String title, List<String> subtitles, Locale locale, List<Figure> keyFigures, List<Section> sections) {
    return new ReportDocument(title, subtitles, locale, keyFigures, sections);
  }
}
