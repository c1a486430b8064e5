package io.github.weisheng.sanitation;

import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;

/**
 * A unit of a measured {@link Output} (计量单位): the units that community work summaries count in
 * (immunization-sanitation-education-standards-privacy.md §3, "Figures that community summaries
 * report" [SUM]; ../shared/domain/README.md, sanitation campaigns). A unit of things (张, 处, 户 …)
 * takes whole numbers only; a unit of measure (吨, 米, 元 …) takes up to three decimals.
 *
 * @since 0.1.0
 */
public enum OutputUnit {
  /** 吨: tonnes. */
  TONNE("t", "吨", "t", false),
  /** 千克 (公斤): kilograms. */
  KILOGRAM("kg", "千克", "kg", false),
  /** 处: sites, spots. */
  SITE("site", "处", "sites", true),
  /** 张: sheets (ads, posters, certificates). */
  SHEET("sheet", "张", "sheets", true),
  /** 米: metres. */
  METRE("m", "米", "m", false),
  /** 袋: bags. */
  BAG("bag", "袋", "bags", true),
  /** 盒: boxes. */
  BOX("box", "盒", "boxes", true),
  /** 瓶: bottles. */
  BOTTLE("bottle", "瓶", "bottles", true),
  /** 户: households. */
  HOUSEHOLD("household", "户", "households", true),
  /** 家: shops, units (a count of establishments). */
  ESTABLISHMENT("establishment", "家", "establishments", true),
  /** 份: copies (leaflets, agreements, notices). */
  COPY("copy", "份", "copies", true),
  /** 本: booklets. */
  BOOKLET("booklet", "本", "booklets", true),
  /** 株: trees, plants. */
  PLANT("plant", "株", "plants", true),
  /** 亩: mu (666.7 m²). */
  MU("mu", "亩", "mu", false),
  /** 平方米: square metres. */
  SQUARE_METRE("m2", "平方米", "m²", false),
  /** 元: yuan. */
  YUAN("yuan", "元", "yuan", false),
  /** 条: banners, slogans. */
  STRIP("strip", "条", "items", true),
  /** 个: pieces, stalls. */
  PIECE("piece", "个", "pieces", true),
  /** 次: times, events. */
  TIME("time", "次", "times", true),
  /** 场: sessions, meetings. */
  SESSION("session", "场", "sessions", true),
  /** 期: issues (of a bulletin board). */
  ISSUE("issue", "期", "issues", true),
  /** 人: persons (never mixed with person-times). */
  PERSON("person", "人", "persons", true),
  /** 人次: person-times. */
  PERSON_TIME("person-time", "人次", "person-times", true);

  private final String code;
  private final String chineseSymbol;
  private final String englishSymbol;
  private final boolean wholeNumbers;

  OutputUnit(String code, String chineseSymbol, String englishSymbol, boolean wholeNumbers) {
    this.code = code;
    this.chineseSymbol = chineseSymbol;
    this.englishSymbol = englishSymbol;
    this.wholeNumbers = wholeNumbers;
  }

  /** @return the unit's code, for example {@code t} or {@code household} */
  public String code() {
    return code;
  }

  /** @return the Chinese symbol, for example 吨 */
  public String chineseSymbol() {
    return chineseSymbol;
  }

  /** @return the English symbol, for example {@code t} */
  public String englishSymbol() {
    return englishSymbol;
  }

  /** @return true when amounts in this unit are whole numbers (a count of things) */
  public boolean wholeNumbers() {
    return wholeNumbers;
  }

  /**
   * Returns the unit of a code.
   *
   * @param code the code
   * @return the unit
   * @throws RuleViolationException {@code output.unit.unknown} for another code
   */
  public static OutputUnit fromCode(String code) {
    Objects.requireNonNull(code, "code");
    for (OutputUnit unit : values()) {
      if (unit.code.equals(code)) {
        return unit;
      }
    }
    throw RuleViolationException.of("output.unit", "output.unit.unknown");
  }
}
