package io.github.weisheng.chronic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.weisheng.internal.JsonCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class IcdCodeProperties {

  /** Codes of every shape: any capital letter, two digits, and no subdivision or one of 1–4 digits. */
  static Gen<String> texts() {
    Gen<String> category = integers().between('A', 'Z').zip(integers().between(0, 99),
        (letter, number) -> (char) letter.intValue() + String.format("%02d", number));
    Gen<String> subdivision = integers().between(0, 4).zip(integers().between(0, 9_999), (length, digits) ->
        length == 0 ? "" : "." + String.format("%04d", digits).substring(4 - length));
    return category.zip(subdivision, String::concat);
  }

  static Gen<IcdCode> codes() {
    return texts().map(IcdCode::parse);
  }

  @Test
  void parseOfValueIsTheSameCode() {
    qt().forAll(texts()).checkAssert(text -> {
      IcdCode code = IcdCode.parse(text);
      assertThat(code.value()).isEqualTo(text);
      assertThat(IcdCode.parse(code.value())).isEqualTo(code);
      assertThat(code.category().value()).isEqualTo(text.substring(0, 3));
      assertThat(code.subdivision().map(s -> code.category().value() + "." + s).orElse(code.category().value()))
          .isEqualTo(text);
    });
  }

  @Test
  void jsonRoundTrip() {
    JsonCodec json = JsonCodec.create();
    qt().forAll(codes()).checkAssert(code -> assertThat(json.read(json.write(code), IcdCode.class)).isEqualTo(code));
  }

  @Test
  void aCodeLiesWithinItselfAndItsCategoryAndComesNoEarlierThanIt() {
    qt().forAll(codes()).checkAssert(code -> {
      assertThat(code.isWithin(code, code)).isTrue();
      assertThat(code.isWithin(code.category(), code.category())).isTrue();
      assertThat(code.compareTo(code.category())).isNotNegative();
      // the category lies within the code's one-code range only when it is the code
      assertThat(code.category().isWithin(code, code)).isEqualTo(code.isCategory());
    });
  }

  /**
   * A small universe of codes: letters A and B, categories 00, 01 and 99, subdivisions of one or two
   * digits from 0, 5 and 9 — small enough to check every range against every code.
   */
  private static List<IcdCode> universe() {
    List<String> subdivisions = new ArrayList<>(List.of(""));
    for (String d : List.of("0", "5", "9")) {
      subdivisions.add("." + d);
      for (String e : List.of("0", "5", "9")) {
        subdivisions.add("." + d + e);
      }
    }
    List<IcdCode> codes = new ArrayList<>();
    for (String category : List.of("A00", "A01", "A99", "B00", "B01", "B99")) {
      for (String subdivision : subdivisions) {
        codes.add(IcdCode.parse(category + subdivision));
      }
    }
    return codes;
  }

  /** The code itself and every code of the universe it denotes (its subdivisions). */
  private static List<IcdCode> denoted(IcdCode code, List<IcdCode> universe) {
    String key = code.value().replace(".", "");
    return universe.stream().filter(u -> u.value().replace(".", "").startsWith(key)).collect(Collectors.toList());
  }

  /** A code at the finest level lies in a range when it lies between the ends, or inside the last one. */
  private static boolean between(IcdCode u, IcdCode first, IcdCode last) {
    String key = u.value().replace(".", "");
    String to = last.value().replace(".", "");
    return key.compareTo(first.value().replace(".", "")) >= 0 && (key.compareTo(to) <= 0 || key.startsWith(to));
  }

  @Test
  void isWithinAgreesWithABruteForceScanOfEveryRangeOfASmallUniverse() {
    List<IcdCode> universe = universe();
    int within = 0;
    for (IcdCode first : universe) {
      for (IcdCode last : universe) {
        if (first.compareTo(last) > 0) {
          continue;
        }
        for (IcdCode code : universe) {
          boolean expected = denoted(code, universe).stream().allMatch(u -> between(u, first, last));
          assertThat(code.isWithin(first, last)).as("%s within %s-%s", code, first, last).isEqualTo(expected);
          within += expected ? 1 : 0;
        }
      }
    }
    // the scan saw both answers many times
    assertThat(within).isBetween(10_000, universe.size() * universe.size() * universe.size() / 2);
  }

  @Test
  void aSubdivisionOfACodeWithinARangeIsWithinItToo() {
    List<IcdCode> universe = universe();
    Gen<IcdCode> pick = integers().between(0, universe.size() - 1).map(universe::get);
    qt().forAll(pick, pick, pick, integers().between(0, 9))
        .checkAssert((x, y, c, digit) -> {
          IcdCode first = x.compareTo(y) <= 0 ? x : y;
          IcdCode last = x.compareTo(y) <= 0 ? y : x;
          IcdCode finer = IcdCode.parse(c.value() + (c.isCategory() ? "." : "") + digit);
          if (c.isWithin(first, last)) {
            assertThat(finer.isWithin(first, last)).isTrue();
            assertThat(c.compareTo(first)).isNotNegative();
          }
        });
  }

  @Test
  void orderIsConsistentWithEquality() {
    qt().forAll(codes(), codes()).checkAssert((x, y) -> {
      assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
      assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
    });
  }
}
