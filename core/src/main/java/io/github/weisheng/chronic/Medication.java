package io.github.weisheng.chronic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One drug on a follow-up's medication list (用药情况): its name, the dose and how often, as the
 * doctor writes them (for example 氨氯地平, {@code 5 mg}, {@code 每日1次}). Medication is a visit item
 * of the reference (domain reference §3 "Other visit items" [C]).
 *
 * <p>Rule {@code medication.text} (fields {@code medication.drug}, {@code medication.dose}, {@code
 * medication.frequency}): 1–{@value #MAX_TEXT} characters, not blank.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMedication.class)
@JsonDeserialize(as = ImmutableMedication.class)
public abstract class Medication {
  /** The longest drug name, dose or frequency. */
  public static final int MAX_TEXT = 100;

  Medication() {}

  /**
   * Returns a medication.
   *
   * @param drug the drug (药物名称)
   * @param dose the dose per intake (用量), for example {@code 5 mg}
   * @param frequency how often (用法), for example {@code 每日1次}
   * @return the medication
   * @throws io.github.weisheng.validation.RuleViolationException {@code medication.text}
   */
  public static Medication of(String drug, String dose, String frequency) {
    return ImmutableMedication.builder()
        .drug(Objects.requireNonNull(drug, "drug"))
        .dose(Objects.requireNonNull(dose, "dose"))
        .frequency(Objects.requireNonNull(frequency, "frequency"))
        .build();
  }

  /** @return the drug's name (药物名称) */
  public abstract String drug();

  /** @return the dose per intake (用量) */
  public abstract String dose();

  /** @return how often it is taken (用法) */
  public abstract String frequency();

  @Value.Check
  void check() {
    Violations v = new Violations();
    text(v, drug(), "medication.drug");
    text(v, dose(), "medication.dose");
    text(v, frequency(), "medication.frequency");
    v.throwIfAny();
  }

  private static void text(Violations v, String text, String field) {
    v.require(!text.isBlank() && text.length() <= MAX_TEXT, field, "medication.text", MAX_TEXT);
  }
}
