package io.github.weisheng.resident;

/**
 * The kind of an identity number that {@link CitizenId} accepts; all but {@link #LEGACY_15} share
 * the 18-character layout and the ISO 7064 MOD 11-2 check character of GB 11643-1999.
 *
 * <p>Source: shared/domain/archives-chronic-populations.md §2.1 (citizen ID, legacy number,
 * residence permits) and §2.2 (foreign permanent-resident ID).
 *
 * @since 0.1.0
 */
public enum CitizenIdKind {
  /**
   * 公民身份号码, GB 11643-1999: 18 characters, first digit 1–8 (a GB/T 2260 address code) [C].
   */
  CITIZEN,
  /**
   * 旧版15位身份证号码, GB 11643-1989: 15 digits (address, YYMMDD, sequence), no check character;
   * {@link CitizenId#toEighteen()} converts it [C].
   */
  LEGACY_15,
  /**
   * 港澳台居民居住证号码: the citizen layout with address code 810000 (Hong Kong), 820000 (Macau) or
   * 830000 (Taiwan) and the same check character [S].
   */
  RESIDENCE_PERMIT,
  /**
   * 外国人永久居留身份证号码 (2023 form, issued from 2023-12-01): 18 characters, first digit 9, then the
   * 2-digit province code of the accepting authority and a 3-digit nationality code, then the
   * birth date, a sequence and the same MOD 11-2 check character [C] (layout after the 9: [S]).
   */
  FOREIGN_PERMANENT_RESIDENT
}
