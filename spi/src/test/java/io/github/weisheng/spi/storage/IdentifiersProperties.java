package io.github.weisheng.spi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The hand-written character checks of {@link Identifiers} accept exactly the strings of the
 * grammars they document, compared with the regular expressions themselves on random strings
 * drawn from the allowed characters, their neighbours and a few others, at and around the length
 * limits.
 */
class IdentifiersProperties {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9.-]{0,62}");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  /** The allowed characters, the ASCII neighbours of each range, and some that never are. */
  private static final String ALPHABET = "aAzZ09mQ5._:-/`{@[ \u00e9档\t";

  private static Gen<String> strings(int maxLength) {
    Gen<Character> c = integers().between(0, ALPHABET.length() - 1).map(ALPHABET::charAt);
    Gen<Character> plain = integers().between(0, 3).map(i -> "aZ9.".charAt(i));
    // mostly allowed characters, so that long accepted strings are drawn too
    Gen<Character> mixed = integers().between(0, 9).zip(c, plain, (i, odd, ok) -> i == 0 ? odd : ok);
    return lists().of(mixed).ofSizeBetween(0, maxLength)
        .map(l -> l.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  @Test
  void nameAcceptsExactlyItsGrammar() {
    qt().withExamples(5_000).forAll(strings(66)).checkAssert(s -> {
      if (NAME.matcher(s).matches()) {
        assertThat(Identifiers.name(s, "kind")).isSameAs(s);
      } else {
        assertThatThrownBy(() -> Identifiers.name(s, "kind"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("kind must match");
      }
    });
  }

  @Test
  void tokenAcceptsExactlyItsGrammar() {
    qt().withExamples(5_000).forAll(strings(131)).checkAssert(s -> {
      if (TOKEN.matcher(s).matches()) {
        assertThat(Identifiers.token(s, "id")).isSameAs(s);
      } else {
        assertThatThrownBy(() -> Identifiers.token(s, "id"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("id must be 1-128");
      }
    });
  }

  @Test
  void limitsAreExact() {
    assertThat(List.of("a".repeat(63), "z9.-")).allSatisfy(s -> assertThat(Identifiers.name(s, "k")).isEqualTo(s));
    assertThatThrownBy(() -> Identifiers.name("a".repeat(64), "k")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Identifiers.token("Z".repeat(128), "t")).hasSize(128);
    assertThatThrownBy(() -> Identifiers.token("Z".repeat(129), "t")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Identifiers.token("", "t")).isInstanceOf(IllegalArgumentException.class);
  }
}
