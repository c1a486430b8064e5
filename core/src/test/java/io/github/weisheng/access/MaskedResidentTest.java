package io.github.weisheng.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.Fixtures;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.org.CommitteeCode;
import io.github.weisheng.resident.ResidentId;
import io.github.weisheng.resident.Sex;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaskedResidentTest {
  private static final ResidentId ID = ResidentId.parse("his-000123");

  private static MaskedResident.Builder row() {
    return MaskedResident.builder()
        .id(ID)
        .name("张*")
        .sex(Sex.FEMALE)
        .birthYear(1949)
        .citizenId("110105********002X")
        .phone("138****8000")
        .address("北京市朝阳区****")
        .committee(Fixtures.COMMITTEE_1);
  }

  private static MaskedResident row(
      ResidentId id, String name, Sex sex, int birthYear, Optional<String> citizenId,
      Optional<String> phone, String address, CommitteeCode committee) {
    return MaskedResident.builder().id(id).name(name).sex(sex).birthYear(birthYear)
        .citizenId(citizenId).phone(phone).address(address).committee(committee).build();
  }

  private final JsonCodec json = JsonCodec.create();

  @Test
  void jsonRoundTripsWithAndWithoutTheOptionalParts() {
    MaskedResident full = row().build();
    MaskedResident bare = row(ID, "张*", Sex.FEMALE, 1949, Optional.empty(), Optional.empty(),
        "****", Fixtures.COMMITTEE_1);
    assertThat(json.read(json.write(full), MaskedResident.class)).isEqualTo(full);
    assertThat(json.read(json.write(bare), MaskedResident.class)).isEqualTo(bare);
    assertThat(new String(json.write(full), StandardCharsets.UTF_8))
        .contains("\"birthYear\":1949")
        .contains("\"committee\":\"110105001001\"")
        .contains("\"id\":\"his-000123\"");
  }

  @Test
  void toStringRedactsEvenTheMaskedTexts() {
    assertThat(row().build().toString())
        .contains("his-000123")
        .contains("1949")
        .doesNotContain("张")
        .doesNotContain("110105********")
        .doesNotContain("138")
        .doesNotContain("朝阳区");
  }

  @Test
  void settingAnAttributeTwiceIsAnError() {
    assertThatThrownBy(() -> row().name("李*"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void missingAttributesAreAnError() {
    assertThatThrownBy(() -> MaskedResident.builder().id(ID).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void equalityIsByValue() {
    Optional<String> id = Optional.of("110105********002X");
    Optional<String> phone = Optional.of("138****8000");
    String address = "北京市朝阳区****";
    CommitteeCode c1 = Fixtures.COMMITTEE_1;
    new EqualsTester()
        .addEqualityGroup(row().build(), row(ID, "张*", Sex.FEMALE, 1949, id, phone, address, c1))
        .addEqualityGroup(row(ResidentId.parse("other"), "张*", Sex.FEMALE, 1949, id, phone, address, c1))
        .addEqualityGroup(row(ID, "李*", Sex.FEMALE, 1949, id, phone, address, c1))
        .addEqualityGroup(row(ID, "张*", Sex.MALE, 1949, id, phone, address, c1))
        .addEqualityGroup(row(ID, "张*", Sex.FEMALE, 1950, id, phone, address, c1))
        .addEqualityGroup(row(ID, "张*", Sex.FEMALE, 1949, Optional.empty(), phone, address, c1))
        .addEqualityGroup(row(ID, "张*", Sex.FEMALE, 1949, id, Optional.empty(), address, c1))
        .addEqualityGroup(row(ID, "张*", Sex.FEMALE, 1949, id, phone, "****", c1))
        .addEqualityGroup(row(ID, "张*", Sex.FEMALE, 1949, id, phone, address, Fixtures.COMMITTEE_2))
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(ResidentId.class, ID)
        .setDefault(CommitteeCode.class, Fixtures.COMMITTEE_1)
        .setDefault(MaskedResident.class, row().build());
    tester.testAllPublicStaticMethods(MaskedResident.class);
    tester.testAllPublicInstanceMethods(MaskedResident.builder());
    tester.testAllPublicInstanceMethods(row().build());
  }
}
