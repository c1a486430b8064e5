package io.github.weisheng.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class OrgUnitIdProperties {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";

  private static Gen<String> tokens() {
    return strings()
        .betweenCodePoints(0, ALPHABET.length() - 1)
        .ofLengthBetween(1, 64)
        .map(s -> s.chars().mapToObj(i -> String.valueOf(ALPHABET.charAt(i))).reduce("", String::concat));
  }

  @Test
  void everyTokenRoundTrips() {
    JsonCodec json = JsonCodec.create();
    qt().forAll(tokens())
        .checkAssert(
            token -> {
              OrgUnitId id = OrgUnitId.parse(token);
              assertThat(id.value()).isEqualTo(token);
              assertThat(json.read(json.write(id), OrgUnitId.class)).isEqualTo(id);
            });
  }

  @Test
  void everythingElseIsRejected() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 80))
        .assuming(s -> !s.matches("[A-Za-z0-9._-]{1,64}"))
        .checkAssert(
            text -> {
              RuleViolationException e =
                  catchThrowableOfType(RuleViolationException.class, () -> OrgUnitId.parse(text));
              assertThat(e).isNotNull();
              assertThat(e.violations()).singleElement().hasToString("orgUnitId [orgUnitId.format]");
            });
  }
}
