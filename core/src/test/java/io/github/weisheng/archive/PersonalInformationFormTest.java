package io.github.weisheng.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.weisheng.archive.PersonalInformationForm.BloodType;
import io.github.weisheng.archive.PersonalInformationForm.DiagnosedDisease;
import io.github.weisheng.archive.PersonalInformationForm.DrinkingWater;
import io.github.weisheng.archive.PersonalInformationForm.FamilyDisease;
import io.github.weisheng.archive.PersonalInformationForm.HistoryEvent;
import io.github.weisheng.archive.PersonalInformationForm.Occupation;
import io.github.weisheng.archive.PersonalInformationForm.PastDisease;
import io.github.weisheng.archive.PersonalInformationForm.PaymentMethod;
import io.github.weisheng.archive.PersonalInformationForm.Relative;
import io.github.weisheng.archive.PersonalInformationForm.RhNegative;
import io.github.weisheng.internal.JsonCodec;
import io.github.weisheng.validation.RuleViolationException;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalInformationFormTest {
  static PersonalInformationForm full() {
    return PersonalInformationForm.builder()
        .workUnit("某街道办事处")
        .contactName("李四")
        .contactPhone("13900000000")
        .bloodType(BloodType.O)
        .rhNegative(RhNegative.NO)
        .occupation(Occupation.PROFESSIONAL)
        .addPaymentMethod(PaymentMethod.URBAN_EMPLOYEE_INSURANCE)
        .addPastDisease(DiagnosedDisease.of(PastDisease.HYPERTENSION, YearMonth.of(2015, 3)))
        .addSurgery(HistoryEvent.of("阑尾切除术", YearMonth.of(1990, 7)))
        .putFamilyHistory(Relative.FATHER, Set.of(FamilyDisease.HYPERTENSION, FamilyDisease.STROKE))
        .drinkingWater(DrinkingWater.TAP_WATER)
        .build();
  }

  @Test
  void jsonRoundTripPreservesEveryField() {
    JsonCodec json = JsonCodec.create();
    PersonalInformationForm form = full();
    assertThat(json.read(json.write(form), PersonalInformationForm.class)).isEqualTo(form);
    assertThat(json.read(json.write(PersonalInformationForm.empty()), PersonalInformationForm.class))
        .isEqualTo(PersonalInformationForm.empty());
  }

  @Test
  void unknownBloodTypeIsTheDefaultAndEmptySetsMeanNone() {
    PersonalInformationForm empty = PersonalInformationForm.empty();
    assertThat(empty.bloodType()).isEqualTo(BloodType.UNKNOWN);
    assertThat(empty.bloodType().code()).isEqualTo(5);
    assertThat(empty.drugAllergies()).isEmpty();
  }

  @Test
  void formCodesAreThoseOnThePaperForm() {
    assertThat(FormCode.fromCode(BloodType.class, 4)).isEqualTo(BloodType.AB);
    assertThat(FormCode.fromCode(Occupation.class, 0)).isEqualTo(Occupation.MANAGER);
    assertThat(FormCode.fromCode(PastDisease.class, 7).chineseName()).isEqualTo("脑卒中");
    assertThat(FormCode.fromCode(ClosureReason.class, 6)).isEqualTo(ClosureReason.VOID);
    assertThatThrownBy(() -> FormCode.fromCode(BloodType.class, 6))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.violations().get(0).field()).isEqualTo("form.bloodType");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("not a code");
        });
  }

  @Test
  void freeTextIsBoundedAndEveryFailureIsReported() {
    assertThatThrownBy(() -> PersonalInformationForm.builder()
            .workUnit("x".repeat(101)).contactPhone("not a phone").addTrauma(HistoryEvent.of(" ", YearMonth.of(2000, 1)))
            .build())
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.field())
            .containsExactly("form.workUnit", "form.contactPhone", "form.traumas[0].name"));
  }

  @Test
  void toStringHidesNamesPhonesAndWorkplaces() {
    assertThat(full().toString()).doesNotContain("李四").doesNotContain("13900000000").doesNotContain("街道办事处")
        .doesNotContain("阑尾");
  }
}
