package io.github.weisheng.sanitation;

import static io.github.weisheng.testing.Checks.assertRules;
import static io.github.weisheng.testing.Checks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.org.CountyCode;
import io.github.weisheng.org.TownshipCode;
import io.github.weisheng.testing.Checks;
import io.github.weisheng.validation.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AreaScopeTest {

  @Test
  void countyTownshipAndCommitteeScopesNestByPrefix() {
    AreaScope county = AreaScope.of(CountyCode.parse("110105"));
    AreaScope street = AreaScope.of(TownshipCode.parse("110105001"));
    AreaScope committee = AreaScope.of(CommitteeCode.parse("110105001002"));
    assertThat(county.covers(street)).isTrue();
    assertThat(street.covers(committee)).isTrue();
    assertThat(committee.covers(committee)).isTrue();
    assertThat(committee.covers(street)).isFalse();
    assertThat(AreaScope.parse("110105002").covers(committee)).isFalse();
    assertThat(street).hasToString("110105001");
    assertThat(county).isLessThan(street);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "11010", "1101050", "1101050010", "11010500100a", "110105001001001"})
  void otherShapesAreRefused(String text) {
    assertRules(() -> AreaScope.parse(text), "areaScope [areaScope.format]");
  }

  @Test
  void theCodesOwnRulesApply() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AreaScope.parse("110105001000"))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void valueJsonAndNulls() {
    new EqualsTester()
        .addEqualityGroup(AreaScope.parse("110105001"), AreaScope.of(TownshipCode.parse("110105001")))
        .addEqualityGroup(AreaScope.parse("110105"))
        .testEquals();
    AreaScope scope = AreaScope.parse("110105001002");
    assertThat(Checks.JSON.write(scope)).asString().isEqualTo("\"110105001002\"");
    assertThat(roundTrip(scope, AreaScope.class)).isEqualTo(scope);
    new NullPointerTester().testAllPublicStaticMethods(AreaScope.class);
  }
}
