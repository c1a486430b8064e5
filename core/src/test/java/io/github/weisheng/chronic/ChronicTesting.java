package io.github.weisheng.chronic;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Test support of the chronic package: values and generators. The JSON and rule checks are
 * {@link io.github.weisheng.testing.Checks}.
 */
final class ChronicTesting {
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private ChronicTesting() {}

  static BloodPressure bp(int systolic, int diastolic) {
    return BloodPressure.of(systolic, diastolic);
  }

  static FastingGlucose fpg(String value) {
    return FastingGlucose.of(new BigDecimal(value));
  }

  static AppliedRule rule(String id, Object... arguments) {
    return AppliedRule.of(id, arguments);
  }

  // ---- generators

  /** Valid readings over the whole plausible range. */
  static Gen<BloodPressure> bloodPressures() {
    return in -> {
      int diastolic = Generate.range(BloodPressure.MIN_DIASTOLIC, BloodPressure.MAX_DIASTOLIC).generate(in);
      int systolic = Generate.range(Math.max(BloodPressure.MIN_SYSTOLIC, diastolic + 1), BloodPressure.MAX_SYSTOLIC)
          .generate(in);
      return BloodPressure.of(systolic, diastolic);
    };
  }

  /** Valid readings near the clinical thresholds (100–200 / 60–120), where the rules change. */
  static Gen<BloodPressure> clinicalBloodPressures() {
    return in -> {
      int diastolic = Generate.range(60, 120).generate(in);
      int systolic = Generate.range(Math.max(100, diastolic + 1), 200).generate(in);
      return BloodPressure.of(systolic, diastolic);
    };
  }

  /** Valid fasting glucose readings, 1.0–40.0 mmol/L. */
  static Gen<FastingGlucose> glucoses() {
    return Generate.range(10, 400).map(tenths -> FastingGlucose.of(BigDecimal.valueOf(tenths, 1)));
  }

  static Gen<LocalDate> dates() {
    return Generate.range(0, 3650).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
  }

  static <E extends Enum<E>> Gen<Set<E>> subsets(Class<E> type) {
    E[] all = type.getEnumConstants();
    return Generate.range(0, (1 << all.length) - 1).map(mask -> {
      Set<E> set = EnumSet.noneOf(type);
      for (int i = 0; i < all.length; i++) {
        if ((mask & (1 << i)) != 0) {
          set.add(all[i]);
        }
      }
      return set;
    });
  }

  /** Findings over every input, danger signs mostly absent so that the other rules show. */
  static Gen<HypertensionFindings> hypertensionFindings() {
    Gen<Set<HypertensionDangerSign>> signs = subsets(HypertensionDangerSign.class)
        .mix(Generate.constant(Set.of()), 80);
    return in -> HypertensionFindings.builder()
        .visitDate(dates().generate(in))
        .age(Generate.range(0, 150).generate(in))
        .bloodPressure(bloodPressures().mix(clinicalBloodPressures(), 70).generate(in))
        .adverseReaction(Generate.enumValues(AdverseReaction.class).generate(in))
        .complication(Generate.enumValues(ComplicationChange.class).generate(in))
        .addAllDangerSigns(signs.generate(in))
        .pregnantOrLactating(Generate.booleans().generate(in))
        .lowerTargetIndicated(Generate.booleans().generate(in))
        .build();
  }

  static Gen<DiabetesFindings> diabetesFindings() {
    Gen<Set<DiabetesDangerSign>> signs = subsets(DiabetesDangerSign.class).mix(Generate.constant(Set.of()), 80);
    return in -> {
      DiabetesFindings.Builder b = DiabetesFindings.builder()
          .visitDate(dates().generate(in))
          .fastingGlucose(glucoses().generate(in))
          .adverseReaction(Generate.enumValues(AdverseReaction.class).generate(in))
          .complication(Generate.enumValues(ComplicationChange.class).generate(in))
          .addAllDangerSigns(signs.generate(in));
      if (Generate.booleans().generate(in)) {
        b.bloodPressure(clinicalBloodPressures().generate(in));
      }
      return b.build();
    };
  }

  /** Every consistent previous visit. */
  static Gen<PreviousVisit> previousVisits() {
    return in -> {
      int pick = Generate.range(0, 4).generate(in);
      int streak = Generate.range(0, 5).generate(in);
      return switch (pick) {
        case 0 -> PreviousVisit.none();
        case 1 -> PreviousVisit.of(VisitClassification.SATISFIED, 0);
        case 2 -> PreviousVisit.of(VisitClassification.UNSATISFIED, Math.max(1, streak));
        case 3 -> PreviousVisit.of(VisitClassification.ADVERSE_REACTION, streak);
        default -> PreviousVisit.of(VisitClassification.COMPLICATION, streak);
      };
    };
  }

  static Gen<ControlTargets> targetTables() {
    return Generate.pick(List.of(
        ControlTargets.bphs2017(), ControlTargets.primaryCare2020(), ControlTargets.primaryCare2025()));
  }
}
