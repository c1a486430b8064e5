package io.github.weisheng.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.spi.storage.StoreException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitteeKindTableTest {
  private static final TownshipCode STREET = TownshipCode.parse("110105001");

  private static CommitteeKind kind(CommitteeKindTable table, int number) {
    return table.kindOf(CommitteeCode.of(STREET, number));
  }

  @ParameterizedTest
  @CsvSource({
    "1, RESIDENTS_COMMITTEE",
    "50, RESIDENTS_COMMITTEE",
    "99, RESIDENTS_COMMITTEE",
    "100, UNCLASSIFIED",
    "101, VILLAGERS_COMMITTEE",
    "199, VILLAGERS_COMMITTEE",
    "200, UNCLASSIFIED",
    "500, UNCLASSIFIED",
    "900, UNCLASSIFIED",
    "901, OTHER",
    "999, OTHER"
  })
  void defaultRangesOfSegmentThree(int number, CommitteeKind expected) {
    assertThat(kind(CommitteeKindTable.defaults(), number)).isEqualTo(expected);
  }

  @Test
  void aHostCanOverrideARange() {
    // A host whose villages run 101-299: extend the villagers' range.
    CommitteeKindTable table =
        CommitteeKindTable.defaults().with(200, 299, CommitteeKind.VILLAGERS_COMMITTEE);
    assertThat(kind(table, 250)).isEqualTo(CommitteeKind.VILLAGERS_COMMITTEE);
    assertThat(kind(table, 300)).isEqualTo(CommitteeKind.UNCLASSIFIED);
    assertThat(kind(table, 5)).isEqualTo(CommitteeKind.RESIDENTS_COMMITTEE);
    // The defaults are unchanged.
    assertThat(kind(CommitteeKindTable.defaults(), 250)).isEqualTo(CommitteeKind.UNCLASSIFIED);
  }

  @Test
  void anOverrideInsideARangeSplitsIt() {
    CommitteeKindTable table = CommitteeKindTable.defaults().with(50, 59, CommitteeKind.OTHER);
    assertThat(kind(table, 49)).isEqualTo(CommitteeKind.RESIDENTS_COMMITTEE);
    assertThat(kind(table, 50)).isEqualTo(CommitteeKind.OTHER);
    assertThat(kind(table, 59)).isEqualTo(CommitteeKind.OTHER);
    assertThat(kind(table, 60)).isEqualTo(CommitteeKind.RESIDENTS_COMMITTEE);
    assertThat(table)
        .hasToString(
            "CommitteeKindTable{001-049=RESIDENTS_COMMITTEE, 050-059=OTHER, 060-099=RESIDENTS_COMMITTEE,"
                + " 101-199=VILLAGERS_COMMITTEE, 901-999=OTHER}");
  }

  @Test
  void unclassifiedRemovesNumbers() {
    CommitteeKindTable table = CommitteeKindTable.defaults().with(901, 999, CommitteeKind.UNCLASSIFIED);
    assertThat(kind(table, 901)).isEqualTo(CommitteeKind.UNCLASSIFIED);
    assertThat(table).isEqualTo(CommitteeKindTable.empty()
        .with(1, 99, CommitteeKind.RESIDENTS_COMMITTEE)
        .with(101, 199, CommitteeKind.VILLAGERS_COMMITTEE));
  }

  @Test
  void theEmptyTableClassifiesNothing() {
    assertThat(kind(CommitteeKindTable.empty(), 1)).isEqualTo(CommitteeKind.UNCLASSIFIED);
    assertThat(kind(CommitteeKindTable.empty(), 999)).isEqualTo(CommitteeKind.UNCLASSIFIED);
  }

  @Test
  void badRangesAreIllegalArguments() {
    CommitteeKindTable table = CommitteeKindTable.defaults();
    assertThatThrownBy(() -> table.with(0, 10, CommitteeKind.OTHER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> table.with(10, 1000, CommitteeKind.OTHER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> table.with(20, 10, CommitteeKind.OTHER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonMapsRangesToKinds() {
    JsonCodec json = JsonCodec.create();
    String expected =
        "{\"001-099\":\"RESIDENTS_COMMITTEE\",\"101-199\":\"VILLAGERS_COMMITTEE\",\"901-999\":\"OTHER\"}";
    assertThat(new String(json.write(CommitteeKindTable.defaults()), StandardCharsets.UTF_8))
        .isEqualTo(expected);
    CommitteeKindTable custom =
        CommitteeKindTable.defaults().with(500, 500, CommitteeKind.VILLAGERS_COMMITTEE);
    assertThat(new String(json.write(custom), StandardCharsets.UTF_8)).contains("\"500\":");
    assertThat(json.read(json.write(custom), CommitteeKindTable.class)).isEqualTo(custom);
    assertThat(json.read("{}".getBytes(StandardCharsets.UTF_8), CommitteeKindTable.class))
        .isEqualTo(CommitteeKindTable.empty());
  }

  @Test
  void jsonWithABadRangeKeyIsRefused() {
    JsonCodec json = JsonCodec.create();
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"1-99\":\"OTHER\"}".getBytes(StandardCharsets.UTF_8),
                    CommitteeKindTable.class))
        .isInstanceOf(StoreException.class);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            CommitteeKindTable.defaults(),
            CommitteeKindTable.empty()
                .with(901, 999, CommitteeKind.OTHER)
                .with(1, 49, CommitteeKind.RESIDENTS_COMMITTEE)
                .with(101, 199, CommitteeKind.VILLAGERS_COMMITTEE)
                .with(50, 99, CommitteeKind.RESIDENTS_COMMITTEE))
        .addEqualityGroup(CommitteeKindTable.empty())
        .addEqualityGroup(CommitteeKindTable.defaults().with(100, 100, CommitteeKind.OTHER))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(CommitteeKindTable.class);
    new NullPointerTester().testAllPublicInstanceMethods(CommitteeKindTable.defaults());
  }
}
