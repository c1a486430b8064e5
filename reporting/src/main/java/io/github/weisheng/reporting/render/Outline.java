package io.github.weisheng.reporting.render;

import io.github.weisheng.spi.report.OfficialNumbering;
import io.github.weisheng.spi.report.Section;
import java.util.List;

/**
 * Walks a document's sections in reading order with their level and official number (一、 （一） 1.
 * （1）), so every renderer numbers alike.
 *
 * @since 0.1.0
 */
public final class Outline {
  private Outline() {}

  /**
   * What a renderer does at each section.
   *
   * @since 0.1.0
   */
  public interface Visitor {
    /**
     * Called before the section's subsections.
     *
     * @param level 1 for a top section
     * @param number the official number, for example {@code （二）}
     * @param section the section
     */
    void enter(int level, String number, Section section);

    /**
     * Called after the section's subsections.
     *
     * @param level the level
     * @param section the section
     */
    default void leave(int level, Section section) {}
  }

  /**
   * Walks sections, depth first.
   *
   * @param sections the top sections of a document
   * @param visitor what to do at each
   */
  public static void walk(List<Section> sections, Visitor visitor) {
    walk(sections, 1, visitor);
  }

  private static void walk(List<Section> sections, int level, Visitor visitor) {
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      visitor.enter(level, OfficialNumbering.label(level, i + 1), section);
      walk(section.subsections(), level + 1, visitor);
      visitor.leave(level, section);
    }
  }
}
