package io.github.weisheng.archive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A health-archive number (健康档案编号, 健康档案编码): seventeen digits, the twelve-digit {@link
 * CommitteeCode} of the resident's committee (county 6 + township 3 + committee 3) followed by a
 * five-digit serial number the creating institution allocates in order of creation, for example
 * {@code 11010100100100042}.
 *
 * <p>Source: archives-chronic-populations.md §1.1: segments 1, 2 and 4 [C] gov.cn 2011; segment 3
 * ranges [S]; "no check digit" is [U], so none is computed or checked here. The number is an
 * identifier, not personal data, so {@link #toString()} shows it. It is stored with all seventeen
 * digits; {@link #shortForm()} is only the box some paper forms print.
 *
 * <p>Rules, reported under the field {@code archiveNumber}:
 *
 * <ul>
 *   <li>{@code archiveNumber.format}: exactly seventeen ASCII digits;
 *   <li>the committee-code rules on digits 1–12 ({@code countyCode.province}, {@code
 *       countyCode.level}, {@code townshipCode.number}, {@code committeeCode.number}, see {@link
 *       CommitteeCode});
 *   <li>{@code archiveNumber.serial}: the serial number is 00001–99999.
 * </ul>
 *
 * <p>Numbers compare by their digits: by committee code, then by serial, so within one committee
 * the order is the order of creation.
 *
 * @since 0.1.0
 */
public final class ArchiveNumber implements Comparable<ArchiveNumber> {
  private static final String FIELD = "archiveNumber";
  private static final int MIN_SERIAL = 1;
  private static final int MAX_SERIAL = 99_999;

  private final CommitteeCode committee;
  private final int serial;
  private final String value;

  private ArchiveNumber(CommitteeCode committee, int serial) {
    this.committee = committee;
    this.serial = serial;
    String digits = Integer.toString(serial);
    this.value = committee.value() + "0".repeat(5 - digits.length()) + digits;
  }

  /**
   * Returns the archive number of a committee's serial.
   *
   * @param committee the committee of the resident's registered residence
   * @param serial the serial number, 1–99999
   * @return the archive number
   * @throws RuleViolationException {@code archiveNumber.serial} when the serial is out of range
   */
  public static ArchiveNumber of(CommitteeCode committee, int serial) {
    Objects.requireNonNull(committee, "committee");
    if (serial < MIN_SERIAL || serial > MAX_SERIAL) {
      throw RuleViolationException.of(FIELD, "archiveNumber.serial", MIN_SERIAL, MAX_SERIAL);
    }
    return new ArchiveNumber(committee, serial);
  }

  /**
   * Parses an archive number of seventeen ASCII digits; no spaces or separators are accepted.
   *
   * @param text the number, for example {@code 11010100100100042}
   * @return the archive number
   * @throws RuleViolationException when a rule above is broken (every broken rule is reported)
   */
  public static ArchiveNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (!isDigits(text)) {
      throw RuleViolationException.of(FIELD, "archiveNumber.format");
    }
    List<RuleViolation> violations = new ArrayList<>();
    @Nullable CommitteeCode committee = null;
    try {
      committee = CommitteeCode.parse(text.subSequence(0, 12));
    } catch (RuleViolationException e) {
      for (RuleViolation v : e.violations()) {
        violations.add(RuleViolation.of(FIELD, v.rule(), v.arguments().toArray()));
      }
    }
    int serial = Integer.parseInt(text.subSequence(12, 17).toString());
    if (serial < MIN_SERIAL) {
      violations.add(RuleViolation.of(FIELD, "archiveNumber.serial", MIN_SERIAL, MAX_SERIAL));
    }
    if (committee == null || !violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    return new ArchiveNumber(committee, serial);
  }

  private static boolean isDigits(CharSequence text) {
    if (text.length() != 17) {
      return false;
    }
    for (int i = 0; i < 17; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static ArchiveNumber fromJson(String value) {
    return parse(value);
  }

  /**
   * Returns the committee whose code makes digits 1–12.
   *
   * @return the committee code
   */
  public CommitteeCode committee() {
    return committee;
  }

  /**
   * Returns the serial number, digits 13–17.
   *
   * @return 1–99999
   */
  public int serial() {
    return serial;
  }

  /**
   * Returns the seventeen digits.
   *
   * @return the number, for example {@code 11010100100100042}
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Returns the short number printed in the 编号 box of paper forms, pattern "□□□-□□□□□": the
   * committee number (digits 10–12), a hyphen, and the five-digit serial, for example {@code
   * 001-00042}. Paper forms vary (some print "□□-□□□□□"; archives-chronic-populations.md §1.1),
   * the short form does not identify an archive outside its township, and archives are stored
   * and looked up by the full {@link #value()}.
   *
   * @return the short form
   */
  public String shortForm() {
    return value.substring(9, 12) + "-" + value.substring(12);
  }

  /**
   * Orders numbers by their digits: by committee code, then by serial.
   *
   * @param other another number
   * @return the comparison of the digit strings
   */
  @Override
  public int compareTo(ArchiveNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ArchiveNumber a && value.equals(a.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the seventeen digits: an archive number is an identifier, not personal data. */
  @Override
  public String toString() {
    return value;
  }
}
