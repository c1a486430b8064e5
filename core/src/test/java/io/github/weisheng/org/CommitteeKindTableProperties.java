package io.github.weisheng.org;

import static io.github.weisheng.org.OrgTesting.committees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.weisheng.internal.JsonCodec;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CommitteeKindTableProperties {
  private static final Gen<CommitteeKind> KINDS = Generate.enumValues(CommitteeKind.class);

  @Test
  void anOverrideDecidesInsideItsRangeAndChangesNothingOutside() {
    qt().forAll(integers().between(1, 999), integers().between(0, 998), KINDS, committees())
        .checkAssert(
            (first, span, kind, committee) -> {
              int last = Math.min(999, first + span);
              CommitteeKindTable before = CommitteeKindTable.defaults();
              CommitteeKindTable after = before.with(first, last, kind);
              int number = committee.committeeNumber();
              CommitteeKind expected =
                  number >= first && number <= last ? kind : before.kindOf(committee);
              assertThat(after.kindOf(committee)).isEqualTo(expected);
            });
  }

  @Test
  void overridingTheWholeRangeGivesOneKind() {
    qt().forAll(KINDS, committees())
        .checkAssert(
            (kind, committee) ->
                assertThat(CommitteeKindTable.defaults().with(1, 999, kind).kindOf(committee))
                    .isEqualTo(kind));
  }

  @Test
  void jsonRoundTrip() {
    JsonCodec json = JsonCodec.create();
    qt().forAll(integers().between(1, 999), integers().between(0, 50), KINDS)
        .checkAssert(
            (first, span, kind) -> {
              CommitteeKindTable table =
                  CommitteeKindTable.defaults().with(first, Math.min(999, first + span), kind);
              assertThat(json.read(json.write(table), CommitteeKindTable.class)).isEqualTo(table);
            });
  }
}
