package io.github.weisheng.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArchiveClosureTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Test
  void eachReasonGivesItsStatus() {
    assertThat(ArchiveClosure.death(DAY, "肺癌").status()).isEqualTo(ArchiveStatus.DECEASED);
    assertThat(ArchiveClosure.transferOut(DAY, "外省", "已移交").status()).isEqualTo(ArchiveStatus.TRANSFERRED_OUT);
    assertThat(ArchiveClosure.lostToFollowUp(DAY, "多次联系未果").status()).isEqualTo(ArchiveStatus.LOST_TO_FOLLOW_UP);
    for (ClosureReason r : new ClosureReason[] {ClosureReason.REFUSED, ClosureReason.VOID, ClosureReason.OTHER}) {
      assertThat(ArchiveClosure.cancellation(r, DAY, "说明").status()).isEqualTo(ArchiveStatus.CANCELLED);
    }
  }

  @Test
  void eachReasonRequiresItsCircumstances() {
    assertThatThrownBy(() -> ArchiveClosure.transferOut(DAY, " ", "已移交"))
        .isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("closure.destination"));
    assertThatThrownBy(() -> ArchiveClosure.cancellation(ClosureReason.OTHER, DAY, "x".repeat(201)))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violates("form.text")).isTrue());
  }

  @Test
  void toStringHidesTheCauseOfDeathAndJsonRoundTrips() {
    ArchiveClosure death = ArchiveClosure.death(DAY, "肺癌");
    assertThat(death.toString()).doesNotContain("肺癌");
    JsonCodec json = JsonCodec.create();
    assertThat(json.read(json.write(death), ArchiveClosure.class)).isEqualTo(death);
  }
}
