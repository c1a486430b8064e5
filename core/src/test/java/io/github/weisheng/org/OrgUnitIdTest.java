package io.github.weisheng.org;

import static io.github.weisheng.testing.Checks.assertRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrgUnitIdTest {
  @ParameterizedTest
  @ValueSource(strings = {"a", "chaoyang-csc", "110105.team_3", "A-Z.0_9"})
  void tokensAreAccepted(String token) {
    assertThat(OrgUnitId.of(token).value()).isEqualTo(token);
    assertThat(OrgUnitId.parse(new StringBuilder(token))).isEqualTo(OrgUnitId.of(token));
    assertThat(OrgUnitId.of(token)).hasToString(token);
  }

  @Test
  void sixtyFourCharactersAreTheLimit() {
    assertThat(OrgUnitId.of("x".repeat(64)).value()).hasSize(64);
    assertRules("x".repeat(65), () -> OrgUnitId.of("x".repeat(65)), "orgUnitId [orgUnitId.format]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "with space", "中心", "a/b", "a:b", "tab\there"})
  void formatRule(String token) {
    assertRules(token, () -> OrgUnitId.parse(token), "orgUnitId [orgUnitId.format]");
  }

  @Test
  void jsonIsTheToken() {
    JsonCodec json = JsonCodec.create();
    OrgUnitId id = OrgUnitId.of("chaoyang-csc");
    assertThat(new String(json.write(id), StandardCharsets.UTF_8)).isEqualTo("\"chaoyang-csc\"");
    assertThat(json.read(json.write(id), OrgUnitId.class)).isEqualTo(id);
  }

  @Test
  void ordersByToken() {
    assertThat(OrgUnitId.of("a")).isLessThan(OrgUnitId.of("b"));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(OrgUnitId.of("a"), OrgUnitId.parse("a"))
        .addEqualityGroup(OrgUnitId.of("A"))
        .addEqualityGroup(OrgUnitId.of("b"))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(OrgUnitId.class);
    new NullPointerTester().testAllPublicInstanceMethods(OrgUnitId.of("a"));
  }
}
