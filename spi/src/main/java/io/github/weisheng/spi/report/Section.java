package io.github.weisheng.spi.report;

import java.util.List;

/**
 * A numbered section: a heading, its body and its subsections. Renderers number the levels the way
 * official documents do (see {@link OfficialNumbering}): 一、 → （一） → 1. → （1）; the heading holds
 * the words only.
 *
 * @param heading the heading without its number, for example {@code 健康档案管理}
 * @param blocks the body, in order
 * @param subsections the subsections, in order
 * @since 0.1.0
 */
public record Section(String heading, List<Block> blocks, List<Section> subsections) {

  /** Checks and copies. */
  public Section {
    Texts.required(heading, "section.heading");
    blocks = Texts.copy(blocks, "section.blocks");
    subsections = Texts.copy(subsections, "section.subsections");
  }

  /**
   * Returns a section without subsections.
   *
   * @param heading the heading
   * @param blocks the body
   * @return the section
   */
  public static Section of(String heading, Block... blocks) {
    return new Section(heading, List.of(blocks), List.of());
  }

  /**
   * Returns a copy with subsections appended.
   *
   * @param more the subsections
   * @return the copy
   */
  public Section withSubsections(Section... more) {
    List<Section> all = new java.util.ArrayList<>(subsections);
    all.addAll(List.of(more));
    return new Section(heading, blocks, all);
  }

  /**
   * Returns how many levels this section spans: 1 without subsections, else one more than its
   * deepest subsection.
   *
   * @return the depth
   */
  public int depth() {
    return 1 + subsections.stream().mapToInt(Section::depth).max().orElse(0);
  }
}
