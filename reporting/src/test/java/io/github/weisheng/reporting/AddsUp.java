package io.github.weisheng.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** The invariants every result keeps: rates within [0, 1], units adding up to their parent level and to the whole. */
final class AddsUp {
  private AddsUp() {}

  static void check(IndicatorResult result) {
    Rate whole = result.rate();
    assertThat(whole.numerator()).as(result.definition().id()).isBetween(0L, whole.denominator());
    whole.percent().ifPresent(p -> assertThat(p.doubleValue()).isBetween(0.0, 100.0));
    for (OrgLevel level : OrgLevel.values()) {
      Map<String, Rate> units = result.by(level);
      units.values().forEach(r -> assertThat(r.numerator()).isBetween(0L, r.denominator()));
      assertThat(units.values().stream().mapToLong(Rate::numerator).sum()).as("%s numerators at %s",
          result.definition().id(), level).isEqualTo(whole.numerator());
      assertThat(units.values().stream().mapToLong(Rate::denominator).sum()).as("%s denominators at %s",
          result.definition().id(), level).isEqualTo(whole.denominator());
    }
    for (Map.Entry<String, Rate> township : result.by(OrgLevel.TOWNSHIP).entrySet()) {
      long numerator = result.by(OrgLevel.COMMITTEE).entrySet().stream()
          .filter(e -> e.getKey().startsWith(township.getKey())).mapToLong(e -> e.getValue().numerator()).sum();
      assertThat(numerator).isEqualTo(township.getValue().numerator());
    }
  }
}
