package io.github.weisheng.sanitation;

/**
 * The four pests (四害) of the Patriotic Health Campaign's 除四害, each with the national standard of
 * its density control levels (病媒生物密度控制水平, GB/T 27770–27773-2011, in force 2012-04-01;
 * immunization-sanitation-education-standards-privacy.md §3 [C: NWS, GB27770]).
 *
 * @since 0.1.0
 */
public enum Pest {
  /** 鼠: rats and mice, GB/T 27770-2011. */
  RAT("鼠", "GB/T 27770-2011"),
  /** 蚊: mosquitoes, GB/T 27771-2011. */
  MOSQUITO("蚊", "GB/T 27771-2011"),
  /** 蝇: flies, GB/T 27772-2011. */
  FLY("蝇", "GB/T 27772-2011"),
  /** 蟑螂 (蜚蠊): cockroaches, GB/T 27773-2011. */
  COCKROACH("蟑螂", "GB/T 27773-2011");

  private final String chineseName;
  private final String standard;

  Pest(String chineseName, String standard) {
    this.chineseName = chineseName;
    this.standard = standard;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }

  /** @return the standard of its control levels, for example {@code GB/T 27770-2011} */
  public String standard() {
    return standard;
  }
}
