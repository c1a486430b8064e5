package io.github.weisheng.org;

import static io.github.weisheng.org.OrgTesting.committees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.weisheng.internal.JsonCodec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CatchmentProperties {
  private static Gen<List<CommitteeCode>> committeeLists() {
    return lists().of(committees()).ofSizeBetween(0, 12);
  }

  @Test
  void coversIsSubset() {
    qt().forAll(committeeLists(), committeeLists())
        .checkAssert(
            (a, b) -> {
              Catchment x = Catchment.of(Set.copyOf(a));
              Catchment y = Catchment.of(Set.copyOf(b));
              assertThat(x.covers(y)).isEqualTo(new HashSet<>(a).containsAll(b));
              Set<CommitteeCode> union = new HashSet<>(a);
              union.addAll(b);
              Catchment both = Catchment.of(union);
              assertThat(both.covers(x)).isTrue();
              assertThat(both.covers(y)).isTrue();
              b.forEach(c -> assertThat(both.covers(c)).isTrue());
            });
  }

  @Test
  void jsonRoundTrip() {
    JsonCodec json = JsonCodec.create();
    qt().forAll(committeeLists())
        .checkAssert(
            list -> {
              Catchment catchment = Catchment.of(Set.copyOf(list));
              assertThat(json.read(json.write(catchment), Catchment.class)).isEqualTo(catchment);
            });
  }
}
