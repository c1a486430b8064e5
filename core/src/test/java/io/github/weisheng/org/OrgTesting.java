package io.github.weisheng.org;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Test support shared by the org and archive tests: generators. The JSON and rule checks are
 * {@link io.github.weisheng.testing.Checks}.
 */
public final class OrgTesting {
  /** The GB/T 2260 province codes. */
  public static final List<String> PROVINCES =
      List.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  private OrgTesting() {}

  /** Random valid county codes: any province, prefecture 00–99, county 01–99. */
  public static Gen<CountyCode> counties() {
    return Generate.pick(PROVINCES)
        .zip(
            integers().between(0, 99),
            integers().between(1, 99),
            (p, m, c) -> CountyCode.parse(p + Digits.pad(m, 2) + Digits.pad(c, 2)));
  }

  /** Random valid township codes. */
  public static Gen<TownshipCode> townships() {
    return counties().zip(integers().between(1, 999), TownshipCode::of);
  }

  /** Random valid committee codes. */
  public static Gen<CommitteeCode> committees() {
    return townships().zip(integers().between(1, 999), CommitteeCode::of);
  }

  /**
   * Random characters that are not ASCII digits: any UTF-16 unit, mixed with the look-alikes a
   * lenient parser might take for digits (full-width, Arabic-Indic, superscript) and separators.
   */
  public static Gen<Character> nonDigits() {
    Gen<Character> any =
        Generate.characters(0, 0xFFFF).assuming(c -> c < '0' || c > '9');
    Gen<Character> lookAlikes =
        Generate.pick(
            List.of('０', '１', '９', '٠', '٣', '²', '-', ' ', '\t', '.', '/', 'O', 'l', 'x', 'X'));
    return any.mix(lookAlikes, 50);
  }

  /** Strings of ASCII digits of any length in 0–maxLength except {@code length}. */
  public static Gen<String> digitsOfWrongLength(int length, int maxLength) {
    return strings()
        .betweenCodePoints('0', '9')
        .ofLengthBetween(0, maxLength)
        .assuming(s -> s.length() != length);
  }

  /** Replaces the character at {@code position % length} of {@code text}. */
  public static String replaceAt(String text, int position, char c) {
    int at = position % text.length();
    return text.substring(0, at) + c + text.substring(at + 1);
  }
}
