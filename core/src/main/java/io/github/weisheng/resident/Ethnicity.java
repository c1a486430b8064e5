package io.github.weisheng.resident;

import io.github.weisheng.validation.RuleViolationException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Ethnicity (民族): the 56 nationalities of China with the numeric and letter codes of
 * GB/T 3304-1991 <i>中国各民族名称的罗马字母拼写法和代码</i>.
 *
 * <p>Naming convention: each constant is the standard's own romanization (罗马字母拼写法) in upper
 * case, so {@code ZANG} (藏族), {@code CHOSEN} (朝鲜族), {@code MAN} (满族) and {@code RUSS} (俄罗斯族)
 * rather than the English exonyms; {@link #romanization()} gives the spelling as printed.
 * The constants are declared in numeric-code order, 01 汉族 to 56 基诺族.
 *
 * <p>Source: the table of GB 3304-91 restated at
 * https://zh.wikisource.org/wiki/中国各民族名称的罗马字母拼写法和代码 [C]; the same codes appear in
 * independent vendor code tables [S]. The archive form records 民族 as 1 汉族 / 2 少数民族 with the
 * full name written out (shared/domain/archives-chronic-populations.md §1.2). JSON form: the
 * constant name ({@code "HAN"}).
 *
 * @since 0.1.0
 */
public enum Ethnicity {
  /** 汉族, Han. */
  HAN("01", "汉族", "Han", "HA"),
  /** 蒙古族, Mongol. */
  MONGOL("02", "蒙古族", "Mongol", "MG"),
  /** 回族, Hui. */
  HUI("03", "回族", "Hui", "HU"),
  /** 藏族, Zang. */
  ZANG("04", "藏族", "Zang", "ZA"),
  /** 维吾尔族, Uygur. */
  UYGUR("05", "维吾尔族", "Uygur", "UG"),
  /** 苗族, Miao. */
  MIAO("06", "苗族", "Miao", "MH"),
  /** 彝族, Yi. */
  YI("07", "彝族", "Yi", "YI"),
  /** 壮族, Zhuang. */
  ZHUANG("08", "壮族", "Zhuang", "ZH"),
  /** 布依族, Buyei. */
  BUYEI("09", "布依族", "Buyei", "BY"),
  /** 朝鲜族, Chosen. */
  CHOSEN("10", "朝鲜族", "Chosen", "CS"),
  /** 满族, Man. */
  MAN("11", "满族", "Man", "MA"),
  /** 侗族, Dong. */
  DONG("12", "侗族", "Dong", "DO"),
  /** 瑶族, Yao. */
  YAO("13", "瑶族", "Yao", "YA"),
  /** 白族, Bai. */
  BAI("14", "白族", "Bai", "BA"),
  /** 土家族, Tujia. */
  TUJIA("15", "土家族", "Tujia", "TJ"),
  /** 哈尼族, Hani. */
  HANI("16", "哈尼族", "Hani", "HN"),
  /** 哈萨克族, Kazak. */
  KAZAK("17", "哈萨克族", "Kazak", "KZ"),
  /** 傣族, Dai. */
  DAI("18", "傣族", "Dai", "DA"),
  /** 黎族, Li. */
  LI("19", "黎族", "Li", "LI"),
  /** 傈僳族, Lisu. */
  LISU("20", "傈僳族", "Lisu", "LS"),
  /** 佤族, Va. */
  VA("21", "佤族", "Va", "VA"),
  /** 畲族, She. */
  SHE("22", "畲族", "She", "SH"),
  /** 高山族, Gaoshan. */
  GAOSHAN("23", "高山族", "Gaoshan", "GS"),
  /** 拉祜族, Lahu. */
  LAHU("24", "拉祜族", "Lahu", "LH"),
  /** 水族, Sui. */
  SUI("25", "水族", "Sui", "SU"),
  /** 东乡族, Dongxiang. */
  DONGXIANG("26", "东乡族", "Dongxiang", "DX"),
  /** 纳西族, Naxi. */
  NAXI("27", "纳西族", "Naxi", "NX"),
  /** 景颇族, Jingpo. */
  JINGPO("28", "景颇族", "Jingpo", "JP"),
  /** 柯尔克孜族, Kirgiz. */
  KIRGIZ("29", "柯尔克孜族", "Kirgiz", "KG"),
  /** 土族, Tu. */
  TU("30", "土族", "Tu", "TU"),
  /** 达斡尔族, Daur. */
  DAUR("31", "达斡尔族", "Daur", "DU"),
  /** 仫佬族, Mulao. */
  MULAO("32", "仫佬族", "Mulao", "ML"),
  /** 羌族, Qiang. */
  QIANG("33", "羌族", "Qiang", "QI"),
  /** 布朗族, Blang. */
  BLANG("34", "布朗族", "Blang", "BL"),
  /** 撒拉族, Salar. */
  SALAR("35", "撒拉族", "Salar", "SL"),
  /** 毛南族, Maonan. */
  MAONAN("36", "毛南族", "Maonan", "MN"),
  /** 仡佬族, Gelao. */
  GELAO("37", "仡佬族", "Gelao", "GL"),
  /** 锡伯族, Xibe. */
  XIBE("38", "锡伯族", "Xibe", "XB"),
  /** 阿昌族, Achang. */
  ACHANG("39", "阿昌族", "Achang", "AC"),
  /** 普米族, Pumi. */
  PUMI("40", "普米族", "Pumi", "PM"),
  /** 塔吉克族, Tajik. */
  TAJIK("41", "塔吉克族", "Tajik", "TA"),
  /** 怒族, Nu. */
  NU("42", "怒族", "Nu", "NU"),
  /** 乌孜别克族, Uzbek. */
  UZBEK("43", "乌孜别克族", "Uzbek", "UZ"),
  /** 俄罗斯族, Russ. */
  RUSS("44", "俄罗斯族", "Russ", "RS"),
  /** 鄂温克族, Ewenki. */
  EWENKI("45", "鄂温克族", "Ewenki", "EW"),
  /** 德昂族, Deang; 崩龙族 in older tables. */
  DEANG("46", "德昂族", "Deang", "DE"),
  /** 保安族, Bonan. */
  BONAN("47", "保安族", "Bonan", "BN"),
  /** 裕固族, Yugur. */
  YUGUR("48", "裕固族", "Yugur", "YG"),
  /** 京族, Gin. */
  GIN("49", "京族", "Gin", "GI"),
  /** 塔塔尔族, Tatar. */
  TATAR("50", "塔塔尔族", "Tatar", "TT"),
  /** 独龙族, Derung. */
  DERUNG("51", "独龙族", "Derung", "DR"),
  /** 鄂伦春族, Oroqen. */
  OROQEN("52", "鄂伦春族", "Oroqen", "OR"),
  /** 赫哲族, Hezhen. */
  HEZHEN("53", "赫哲族", "Hezhen", "HZ"),
  /** 门巴族, Monba. */
  MONBA("54", "门巴族", "Monba", "MB"),
  /** 珞巴族, Lhoba. */
  LHOBA("55", "珞巴族", "Lhoba", "LB"),
  /** 基诺族, Jino. */
  JINO("56", "基诺族", "Jino", "JN");

  private static final Map<String, Ethnicity> BY_CODE = new HashMap<>();
  private static final Map<String, Ethnicity> BY_LETTER_CODE = new HashMap<>();

  static {
    for (Ethnicity e : values()) {
      BY_CODE.put(e.code, e);
      BY_LETTER_CODE.put(e.letterCode, e);
    }
  }

  private final String code;
  private final String chineseName;
  private final String romanization;
  private final String letterCode;

  Ethnicity(String code, String chineseName, String romanization, String letterCode) {
    this.code = code;
    this.chineseName = chineseName;
    this.romanization = romanization;
    this.letterCode = letterCode;
  }

  /**
   * Returns the GB/T 3304 numeric code (数字代码).
   *
   * @return two digits, {@code "01"} to {@code "56"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the Chinese name (民族名称).
   *
   * @return for example {@code 汉族}
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Returns the GB/T 3304 romanization (罗马字母拼写法).
   *
   * @return for example {@code Han}
   */
  public String romanization() {
    return romanization;
  }

  /**
   * Returns the GB/T 3304 letter code (字母代码).
   *
   * @return two upper-case Latin letters, for example {@code HA}
   */
  public String letterCode() {
    return letterCode;
  }

  /**
   * Returns the ethnicity with a GB/T 3304 numeric code.
   *
   * @param twoDigits {@code "01"} to {@code "56"}, always two digits
   * @return the ethnicity
   * @throws RuleViolationException field {@code ethnicity}, rule {@code ethnicity.code}, for any
   *     other text
   */
  public static Ethnicity fromCode(String twoDigits) {
    Objects.requireNonNull(twoDigits, "twoDigits");
    Ethnicity e = BY_CODE.get(twoDigits);
    if (e == null) {
      throw RuleViolationException.of("ethnicity", "ethnicity.code");
    }
    return e;
  }

  /**
   * Returns the ethnicity with a GB/T 3304 letter code.
   *
   * @param letterCode two upper-case letters, for example {@code HA}
   * @return the ethnicity
   * @throws RuleViolationException field {@code ethnicity}, rule {@code ethnicity.letterCode}, for
   *     any other text (lower case included)
   */
  public static Ethnicity fromLetterCode(String letterCode) {
    Objects.requireNonNull(letterCode, "letterCode");
    Ethnicity e = BY_LETTER_CODE.get(letterCode);
    if (e == null) {
      throw RuleViolationException.of("ethnicity", "ethnicity.letterCode");
    }
    return e;
  }
}
