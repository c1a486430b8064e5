package io.github.weisheng.sanitation;

import io.github.weisheng.validation.RuleViolationException;
import java.util.Objects;

/**
 * A vector density control level (病媒生物密度控制水平) of GB/T 27770–27773-2011: A, B, C — C being
 * the minimum acceptable — and below C (不达标). Declared from best to worst, so the overall level of
 * a survey is the {@link #worse worst} of its indicators' levels (Xi'an: rats A outdoors and B
 * indoors, so B overall; immunization-sanitation-education-standards-privacy.md §3 [C: GB27770,
 * XA-R, XA-M]). The codes 01–04 are those of the 2023 township assessment interface [S: SAN].
 *
 * @since 0.1.0
 */
public enum DensityLevel {
  /** A 级. */
  A("01", "A级"),
  /** B 级. */
  B("02", "B级"),
  /** C 级: the minimum acceptable level (the National Health City requires C, [NWS]). */
  C("03", "C级"),
  /** 未达到 C 级 (coded D in [SAN]). */
  BELOW_C("04", "未达C级");

  private final String code;
  private final String chineseName;

  DensityLevel(String code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  /** @return the two-digit code, 01 = A to 04 = below C */
  public String code() {
    return code;
  }

  /** @return the Chinese name */
  public String chineseName() {
    return chineseName;
  }

  /** @return true for A, B and C: the density is under control (达标) */
  public boolean isAcceptable() {
    return this != BELOW_C;
  }

  /**
   * Returns the worse of two levels.
   *
   * @param other the other level
   * @return the worse one
   */
  public DensityLevel worse(DensityLevel other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Returns the level of a two-digit code.
   *
   * @param code 01, 02, 03 or 04
   * @return the level
   * @throws RuleViolationException {@code densityLevel.code} for another code
   */
  public static DensityLevel fromCode(String code) {
    Objects.requireNonNull(code, "code");
    for (DensityLevel level : values()) {
      if (level.code.equals(code)) {
        return level;
      }
    }
    throw RuleViolationException.of("densityLevel", "densityLevel.code");
  }
}
