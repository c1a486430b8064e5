package io.github.weisheng.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatchmentTest {
  private static final CommitteeCode C1 = CommitteeCode.parse("110105001001");
  private static final CommitteeCode C2 = CommitteeCode.parse("110105001002");
  private static final CommitteeCode C3 = CommitteeCode.parse("110105001003");
  private static final CommitteeCode TIANHE = CommitteeCode.parse("440106001001");

  @Test
  void coversItsCommittees() {
    Catchment catchment = Catchment.of(Set.of(C1, C2));
    assertThat(catchment.covers(C1)).isTrue();
    assertThat(catchment.covers(C2)).isTrue();
    assertThat(catchment.covers(C3)).isFalse();
    assertThat(catchment.isEmpty()).isFalse();
  }

  @Test
  void coversASubset() {
    Catchment big = Catchment.of(C1, C2, C3);
    assertThat(big.covers(Catchment.of(C1, C3))).isTrue();
    assertThat(big.covers(big)).isTrue();
    assertThat(big.covers(Catchment.empty())).isTrue();
    assertThat(big.covers(Catchment.of(C1, TIANHE))).isFalse();
    assertThat(Catchment.of(C1).covers(big)).isFalse();
    assertThat(Catchment.empty().covers(Catchment.empty())).isTrue();
  }

  @Test
  void committeesAreSortedAndUnmodifiable() {
    Catchment catchment = Catchment.of(TIANHE, C3, C1, C1);
    assertThat(catchment.committees()).containsExactly(C1, C3, TIANHE);
    assertThatThrownBy(() -> catchment.committees().add(C2))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(catchment).hasToString("Catchment[110105001001, 110105001003, 440106001001]");
  }

  @Test
  void aCopyIsTaken() {
    Set<CommitteeCode> committees = new HashSet<>(Set.of(C1));
    Catchment catchment = Catchment.of(committees);
    committees.add(C2);
    assertThat(catchment.covers(C2)).isFalse();
  }

  @Test
  void nullElementsAreRefused() {
    Set<CommitteeCode> withNull = new HashSet<>();
    withNull.add(null);
    assertThatThrownBy(() -> Catchment.of(withNull)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Catchment.of(C1, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void jsonIsAnArrayOfCodes() {
    JsonCodec json = JsonCodec.create();
    Catchment catchment = Catchment.of(C2, C1);
    assertThat(new String(json.write(catchment), StandardCharsets.UTF_8))
        .isEqualTo("[\"110105001001\",\"110105001002\"]");
    assertThat(json.read(json.write(catchment), Catchment.class)).isEqualTo(catchment);
    assertThat(json.read("[]".getBytes(StandardCharsets.UTF_8), Catchment.class))
        .isEqualTo(Catchment.empty());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Catchment.of(C1, C2), Catchment.of(Set.of(C2, C1)), Catchment.of(C1, C2, C1))
        .addEqualityGroup(Catchment.of(C1))
        .addEqualityGroup(Catchment.empty(), Catchment.of(), Catchment.of(Set.of()))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(CommitteeCode.class, C1);
    tester.testAllPublicStaticMethods(Catchment.class);
    tester.testAllPublicInstanceMethods(Catchment.of(C1));
  }
}
