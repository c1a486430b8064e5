package io.github.weisheng.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.weisheng.chronic.AppliedRule;
import io.github.weisheng.org.CommitteeCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorResultTest {
  private static final IndicatorDefinition MANAGED = new IndicatorDefinition("hypertension.standard-management-rate",
      "高血压患者规范管理率", "hypertension patients managed to standard", "按照规范要求进行高血压患者健康管理的人数",
      "年内已管理的高血压患者人数", Counting.PERSONS, "archives-chronic-populations.md §3 [C]");
  private static final ReportingPeriod YEAR = ReportingPeriod.year(2026);
  private static final CommitteeCode A1 = CommitteeCode.parse("110105001001");
  private static final CommitteeCode A2 = CommitteeCode.parse("110105001002");
  private static final CommitteeCode B1 = CommitteeCode.parse("110105002001");
  private static final AppliedRule THREE_VISITS = AppliedRule.of("test.visits", 3);

  @Test
  void aHandBuiltPopulation() {
    List<IndicatorMember> members = List.of(
        IndicatorMember.counted("e1", A1),
        IndicatorMember.counted("e2", A1),
        IndicatorMember.notCounted("e3", A1, List.of(THREE_VISITS)),
        IndicatorMember.counted("e4", A2),
        IndicatorMember.notCounted("e5", B1, List.of(THREE_VISITS)));
    IndicatorResult result = IndicatorResult.ofMembers(MANAGED, YEAR, members);
    assertThat(result.rate()).isEqualTo(Rate.of(3, 5));
    assertThat(result.rate().percent()).hasValueSatisfying(p -> assertThat(p.toPlainString()).isEqualTo("60.0"));
    assertThat(result.by(OrgLevel.COMMITTEE)).containsExactly(
        Map.entry("110105001001", Rate.of(2, 3)), Map.entry("110105001002", Rate.of(1, 1)),
        Map.entry("110105002001", Rate.of(0, 1)));
    assertThat(result.by(OrgLevel.TOWNSHIP)).containsExactly(
        Map.entry("110105001", Rate.of(3, 4)), Map.entry("110105002", Rate.of(0, 1)));
    assertThat(result.by(OrgLevel.COUNTY)).containsExactly(Map.entry("110105", Rate.of(3, 5)));
    assertThat(result.notCounted()).extracting(IndicatorMember::ref).containsExactly("e3", "e5");
    assertThat(result.notCounted().get(0).reasons()).containsExactly(THREE_VISITS);
  }

  @Test
  void aHostSuppliedPopulationIsTheDenominator() {
    IndicatorResult archived = IndicatorResult.ofPopulation(MANAGED, YEAR,
        List.of(IndicatorMember.counted("a1", A1), IndicatorMember.counted("a2", A1), IndicatorMember.counted("a3", B1)),
        Map.of(A1, 4L, A2, 3L, B1, 1L));
    assertThat(archived.rate()).isEqualTo(Rate.of(3, 8));
    assertThat(archived.by(OrgLevel.COMMITTEE)).containsEntry("110105001002", Rate.of(0, 3));
    assertThat(archived.by(OrgLevel.TOWNSHIP)).containsEntry("110105001", Rate.of(2, 7));
  }

  @Test
  void aNumeratorBeyondItsPopulationIsRefused() {
    assertThatThrownBy(() -> IndicatorResult.ofPopulation(MANAGED, YEAR,
            List.of(IndicatorMember.counted("a1", A1), IndicatorMember.counted("a2", A1)), Map.of(A1, 1L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("population");
    assertThatThrownBy(() -> IndicatorResult.ofPopulation(MANAGED, YEAR,
            List.of(IndicatorMember.counted("a1", B1)), Map.of(A1, 5L)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMemberNotCountedMustSayWhy() {
    assertThatThrownBy(() -> IndicatorMember.notCounted("e", A1, List.of()))
        .hasMessageContaining("indicatorMember.reasons");
    assertThatThrownBy(() -> new IndicatorMember("e", A1, true, List.of(THREE_VISITS)))
        .hasMessageContaining("indicatorMember.reasons");
  }

  @Test
  void unitsAddUpToTheirParentAndRatesStayWithinZeroAndOne() {
    CommitteeCode[] committees = {A1, A2, B1, CommitteeCode.parse("110106001001")};
    qt().forAll(lists().of(integers().between(0, 7)).ofSizeBetween(0, 60)).checkAssert(codes -> {
      List<IndicatorMember> members = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        int code = codes.get(i);
        CommitteeCode committee = committees[code % committees.length];
        members.add(code < 4 ? IndicatorMember.counted("m" + i, committee)
            : IndicatorMember.notCounted("m" + i, committee, List.of(THREE_VISITS)));
      }
      IndicatorResult result = IndicatorResult.ofMembers(MANAGED, YEAR, members);
      for (OrgLevel level : OrgLevel.values()) {
        Map<String, Rate> units = result.by(level);
        assertThat(units.values().stream().mapToLong(Rate::numerator).sum()).isEqualTo(result.rate().numerator());
        assertThat(units.values().stream().mapToLong(Rate::denominator).sum()).isEqualTo(result.rate().denominator());
        units.values().forEach(rate -> assertThat(rate.numerator()).isBetween(0L, rate.denominator()));
      }
    });
  }
}
