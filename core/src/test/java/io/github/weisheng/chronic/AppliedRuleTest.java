package io.github.weisheng.chronic;

import static io.github.weisheng.testing.Checks.JSON;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AppliedRuleTest {

  @Test
  void keepsTheIdAndTheArgumentsAsText() {
    AppliedRule rule = AppliedRule.of("followUp.urgent.systolic", 180);
    assertThat(rule.rule()).isEqualTo("followUp.urgent.systolic");
    assertThat(rule.arguments()).containsExactly("180");
    assertThat(rule).hasToString("followUp.urgent.systolic[180]");
  }

  @Test
  void resolvesInBothLanguages() {
    AppliedRule rule = AppliedRule.of("hypertension.class.satisfied", 140, 90);
    assertThat(rule.message(Locale.ENGLISH)).isEqualTo(
        "blood pressure below the target 140/90 mmHg, no adverse drug reaction, no new or worse complication:"
            + " control satisfactory");
    assertThat(rule.message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("血压低于控制目标 140/90 mmHg，无药物不良反应，无新发或加重的并发症：控制满意");
  }

  @Test
  void anUnknownRuleReadsAsItsId() {
    assertThat(AppliedRule.of("no.such.rule").message(Locale.ENGLISH)).isEqualTo("no.such.rule");
  }

  @Test
  void jsonRoundTrip() {
    AppliedRule rule = AppliedRule.of("screening.raised.recheck", 1, 3, 14, 140, 90);
    assertThat(new String(JSON.write(rule), StandardCharsets.UTF_8))
        .isEqualTo("{\"rule\":\"screening.raised.recheck\",\"arguments\":[\"1\",\"3\",\"14\",\"140\",\"90\"]}");
    assertThat(roundTrip(rule)).isEqualTo(rule);
    assertThat(JSON.read("{\"rule\":\"risk.burden.none\"}".getBytes(StandardCharsets.UTF_8), AppliedRule.class))
        .isEqualTo(AppliedRule.of("risk.burden.none"));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(AppliedRule.of("a.b", 1), AppliedRule.of("a.b", "1"))
        .addEqualityGroup(AppliedRule.of("a.b", 2))
        .addEqualityGroup(AppliedRule.of("a.c", 1))
        .addEqualityGroup(AppliedRule.of("a.b"))
        .testEquals();
    assertThat(AppliedRule.of("a.b", 1, 2).arguments()).isEqualTo(List.of("1", "2"));
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(AppliedRule.class);
    new NullPointerTester().testAllPublicInstanceMethods(AppliedRule.of("a.b"));
  }
}
