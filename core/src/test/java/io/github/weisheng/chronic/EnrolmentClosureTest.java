package io.github.weisheng.chronic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolation;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EnrolmentClosureTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Test
  void factoriesGiveTheirReasonsAndTheNotesTheyNeed() {
    assertThat(EnrolmentClosure.death(DAY).reason()).isEqualTo(EnrolmentClosureReason.DEATH);
    assertThat(EnrolmentClosure.death(DAY).note()).isEmpty();
    assertThat(EnrolmentClosure.movedOut(DAY).reason()).isEqualTo(EnrolmentClosureReason.MOVED_OUT);
    EnrolmentClosure lost = EnrolmentClosure.lostToFollowUp(DAY, "三次电话、两次入户均未联系上");
    assertThat(lost.reason()).isEqualTo(EnrolmentClosureReason.LOST_TO_FOLLOW_UP);
    assertThat(lost.note()).contains("三次电话、两次入户均未联系上");
    assertThat(EnrolmentClosure.other(DAY, "上级医院排除诊断").reason()).isEqualTo(EnrolmentClosureReason.OTHER);
    assertThat(lost.on()).isEqualTo(DAY);
  }

  @Test
  void aLossOrAnotherReasonMustSayWhyInUpTo200Characters() {
    assertThatThrownBy(() -> EnrolmentClosure.builder().reason(EnrolmentClosureReason.LOST_TO_FOLLOW_UP).on(DAY).build())
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
            .singleElement().hasToString("closure.note [enrolment.closure.noteRequired]"));
    assertThatThrownBy(() -> EnrolmentClosure.builder().reason(EnrolmentClosureReason.OTHER).on(DAY).build())
        .isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertThat(e.violates("enrolment.closure.noteRequired")).isTrue());
    assertThatThrownBy(() -> EnrolmentClosure.other(DAY, "  "))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violates("enrolment.text")).isTrue());
    assertThatThrownBy(() -> EnrolmentClosure.lostToFollowUp(DAY, "x".repeat(201)))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.violations()).extracting(RuleViolation::arguments).containsExactly(java.util.List.of(200));
          assertThat(e.getMessage(Locale.ENGLISH)).contains("1-200").doesNotContain("xxx");
        });
    assertThat(EnrolmentClosure.lostToFollowUp(DAY, "x".repeat(200)).note()).isPresent();
    // a death or a move may carry a note
    EnrolmentClosure moved = EnrolmentClosure.builder().reason(EnrolmentClosureReason.MOVED_OUT).on(DAY)
        .note("迁往上海市徐汇区").build();
    assertThat(moved.note()).isPresent();
  }

  @Test
  void vendorCodesAreOneTwoThreeAndNine() {
    assertThat(Arrays.stream(EnrolmentClosureReason.values()).map(r -> r.code() + " " + r.chineseName())
        .collect(Collectors.toList())).containsExactly("1 死亡", "2 迁出", "3 失访", "9 其他");
    for (EnrolmentClosureReason r : EnrolmentClosureReason.values()) {
      assertThat(EnrolmentClosureReason.fromCode(r.code())).isEqualTo(r);
    }
    // the archive's 4 拒绝 and 6 作废 have no programme equivalent
    for (int code : new int[] {0, 4, 6, 10}) {
      assertThatThrownBy(() -> EnrolmentClosureReason.fromCode(code))
          .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).singleElement()
              .hasToString("closure.reason [enrolment.closure.reasonCode]"));
    }
  }

  @Test
  void theNoteIsHiddenFromToStringAndEverythingRoundTripsThroughJson() {
    EnrolmentClosure lost = EnrolmentClosure.lostToFollowUp(DAY, "家属称已去外地打工");
    assertThat(lost.toString()).doesNotContain("外地").contains("LOST_TO_FOLLOW_UP");
    JsonCodec json = JsonCodec.create();
    for (EnrolmentClosure c : new EnrolmentClosure[] {
        lost, EnrolmentClosure.death(DAY), EnrolmentClosure.movedOut(DAY), EnrolmentClosure.other(DAY, "排除诊断")}) {
      assertThat(json.read(json.write(c), EnrolmentClosure.class)).isEqualTo(c);
    }
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(EnrolmentClosure.death(DAY), EnrolmentClosure.death(DAY))
        .addEqualityGroup(EnrolmentClosure.death(DAY.plusDays(1)))
        .addEqualityGroup(EnrolmentClosure.movedOut(DAY))
        .addEqualityGroup(EnrolmentClosure.other(DAY, "a"))
        .addEqualityGroup(EnrolmentClosure.other(DAY, "b"))
        .testEquals();
    NullPointerTester nulls = new NullPointerTester().setDefault(String.class, "说明").setDefault(LocalDate.class, DAY);
    nulls.testAllPublicStaticMethods(EnrolmentClosure.class);
    nulls.testAllPublicInstanceMethods(EnrolmentClosure.death(DAY));
  }
}
