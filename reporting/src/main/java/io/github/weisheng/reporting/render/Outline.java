package io.github.weisheng.reporting.render;

import io.github.weisheng.spi.report.OfficialNumbering;
import io.github.weisheng.spi.report.Section;
import java.util.List;

/** Walks a document's sections in reading order with their level and official number. */
final class Outline {
  private Outline() {}

  /** What a renderer does at each section. */
  interface Visitor {
    /** Called before the section's body. */
    void enter(int level, String number, Section section);

    /** Called after the section's subsections. */
    default void leave(int level, Section section) {}
  }

  static void walk(List<Section> sections, Visitor visitor) {
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
