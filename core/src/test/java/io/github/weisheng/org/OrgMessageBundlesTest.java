package io.github.weisheng.org;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.weisheng.testing.BundleChecks;
import io.github.weisheng.testing.Checks;
import io.github.weisheng.validation.RuleViolationException;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The org bundles: both languages hold exactly the org rule ids, each a valid, resolving pattern. */
class OrgMessageBundlesTest {
  private static final Set<String> RULES =
      Set.of(
          "countyCode.format",
          "countyCode.province",
          "countyCode.level",
          "townshipCode.format",
          "townshipCode.number",
          "committeeCode.format",
          "committeeCode.number",
          "orgUnitId.format",
          "orgUnit.name",
          "network.duplicateId",
          "network.unknownCentre",
          "network.unknownUnit",
          "network.catchmentOutsideUnit",
          "network.committeeClaimedTwice");

  private static Properties load(String language) throws IOException {
    return BundleChecks.load("org", language);
  }

  @Test
  void bothLanguagesHoldExactlyTheOrgRules() throws IOException {
    assertThat(load("en").stringPropertyNames()).isEqualTo(RULES);
    assertThat(load("zh").stringPropertyNames()).isEqualTo(RULES);
  }

  @Test
  void chineseMessagesAreChinese() throws IOException {
    Properties zh = load("zh");
    for (String rule : RULES) {
      assertThat(zh.getProperty(rule)).as(rule).containsPattern("\\p{IsHan}");
      new MessageFormat(zh.getProperty(rule));
    }
  }

  @Test
  void everyRuleResolvesThroughTheViolation() {
    // The arguments each rule is thrown with.
    Map<String, Object[]> arguments =
        Map.of(
            "network.duplicateId", new Object[] {"network.centres[0]"},
            "network.catchmentOutsideUnit", new Object[] {2L},
            "network.committeeClaimedTwice", new Object[] {2, "network.centres[0]"});
    for (String rule : RULES) {
      Object[] args = arguments.getOrDefault(rule, new Object[] {1, 999});
      Checks.assertResolves(RuleViolationException.of("field", rule, args));
    }
  }
}
