package io.github.weisheng.immunization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A vaccination record (接种记录) as written on the vaccination certificate and card (预防接种证/卡):
 * whose archive, the product, the dose number as recorded, the date, lot (批号), site (部位), route,
 * the administering institution (接种单位) and any adverse reaction (疑似预防接种异常反应). Issue 5
 * "Vaccination records". Evaluation uses {@link #toDose()}; the recorded dose number is what the
 * clinic wrote and is not trusted by evaluation.
 *
 * <p>Rules, reported with the field path given: {@code vaccinationRecord.doseNumber}: {@code
 * vaccinationRecord.doseNumber.range} (1–10); {@code vaccinationRecord.lot}, {@code .site}, {@code
 * .institution}, {@code .adverseReaction}: {@code vaccinationRecord.text} (1–200 characters, not
 * blank).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVaccinationRecord.class)
@JsonDeserialize(as = ImmutableVaccinationRecord.class)
public abstract class VaccinationRecord {
  /** The longest text attribute. */
  public static final int MAX_TEXT = 200;

  VaccinationRecord() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the record's id */
  public abstract VaccinationRecordId id();

  /** @return the child's health archive */
  public abstract ArchiveNumber archive();

  /** @return the product code of the schedule, for example {@code MMR} */
  public abstract String product();

  /** @return the dose number as recorded (剂次) */
  public abstract int doseNumber();

  /** @return the date given (接种日期) */
  public abstract LocalDate date();

  /** @return the lot number (疫苗批号) */
  public abstract String lot();

  /** @return the site (接种部位), for example 左上臂 */
  public abstract String site();

  /** @return the route (接种途径) */
  public abstract Route route();

  /** @return the administering institution (接种单位) */
  public abstract String institution();

  /** @return the adverse reaction (疑似预防接种异常反应), if any (health data: printed as {@code ***}) */
  @Value.Redacted
  public abstract Optional<String> adverseReaction();

  /** @return the dose as evaluation sees it */
  public AdministeredDose toDose() {
    return AdministeredDose.of(product(), date());
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.require(doseNumber() >= 1 && doseNumber() <= 10, "vaccinationRecord.doseNumber",
        "vaccinationRecord.doseNumber.range", 1, 10);
    text(v, lot(), "vaccinationRecord.lot");
    text(v, site(), "vaccinationRecord.site");
    text(v, institution(), "vaccinationRecord.institution");
    adverseReaction().ifPresent(a -> text(v, a, "vaccinationRecord.adverseReaction"));
    v.throwIfAny();
  }

  private static void text(Violations v, String text, String field) {
    v.require(!text.isBlank() && text.length() <= MAX_TEXT, field, "vaccinationRecord.text", MAX_TEXT);
  }

  /** Builds {@link VaccinationRecord}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableVaccinationRecord.Builder {
    Builder() {}
  }
}
