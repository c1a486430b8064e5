package io.github.weisheng.population;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.archive.ArchiveNumber;
import io.github.weisheng.internal.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One pregnancy under maternal health management (孕产妇保健管理): the last menstrual period (末次月经)
 * the gestational windows count from, high-risk flags (高危因素, the host's codes: health data,
 * printed as {@code ***}), the services given, and the delivery: date, discharge (出院) and outcome
 * (妊娠结局).
 *
 * <p>Rules, every broken one at once: {@code maternal.delivery.beforeLmp} (field {@code
 * pregnancy.deliveredOn}); {@code maternal.discharge.beforeDelivery} and {@code
 * maternal.discharge.withoutDelivery} ({@code pregnancy.dischargedOn}); {@code
 * maternal.outcome.withoutDelivery} and {@code maternal.outcome.required} ({@code
 * pregnancy.outcome}: an outcome and its date go together); {@code maternal.visit.beforeLmp},
 * {@code maternal.visit.beforeDelivery} (a postpartum visit or the 42-day check before the
 * delivery, or with none recorded), {@code maternal.visit.afterDelivery} (an antenatal service
 * after it) ({@code pregnancy.visits[i].date}); {@code maternal.highRisk.code} ({@code
 * pregnancy.highRiskFlags}: 1–32 characters of {@code [A-Za-z0-9._-]}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePregnancy.class)
@JsonDeserialize(as = ImmutablePregnancy.class)
public abstract class Pregnancy {
  Pregnancy() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the woman's archive */
  public abstract ArchiveNumber archive();

  /** @return the first day of the last menstrual period (health data: printed as {@code ***}) */
  @Value.Redacted
  public abstract LocalDate lastMenstrualPeriod();

  /** @return the high-risk flags (高危因素), host codes; health data */
  @Value.Redacted
  public abstract Set<String> highRiskFlags();

  /** @return the services given, in any order */
  public abstract List<MaternalVisit> visits();

  /** @return the delivery or end of pregnancy date (分娩/终止妊娠日期), once it happened */
  public abstract Optional<LocalDate> deliveredOn();

  /** @return the discharge from the delivery hospital, when known */
  public abstract Optional<LocalDate> dischargedOn();

  /** @return the outcome, once delivered */
  public abstract Optional<PregnancyOutcome> outcome();

  /** @return whether any high-risk flag is set (高危孕产妇) */
  public boolean highRisk() {
    return !highRiskFlags().isEmpty();
  }

  /** @return the discharge date, or the delivery date when the discharge is unknown */
  public Optional<LocalDate> discharge() {
    return dischargedOn().or(this::deliveredOn);
  }

  /** @return whether the outcome is a live birth */
  public boolean liveBirth() {
    return outcome().filter(o -> o == PregnancyOutcome.LIVE_BIRTH).isPresent();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    LocalDate lmp = lastMenstrualPeriod();
    deliveredOn().ifPresent(d -> v.require(d.isAfter(lmp), "pregnancy.deliveredOn", "maternal.delivery.beforeLmp"));
    dischargedOn().ifPresent(d -> {
      v.require(deliveredOn().isPresent(), "pregnancy.dischargedOn", "maternal.discharge.withoutDelivery");
      deliveredOn().ifPresent(del -> v.require(!d.isBefore(del), "pregnancy.dischargedOn",
          "maternal.discharge.beforeDelivery"));
    });
    v.require(outcome().isEmpty() || deliveredOn().isPresent(), "pregnancy.outcome", "maternal.outcome.withoutDelivery");
    v.require(deliveredOn().isEmpty() || outcome().isPresent(), "pregnancy.outcome", "maternal.outcome.required");
    for (String flag : highRiskFlags()) {
      v.require(flag.matches("[A-Za-z0-9._-]{1,32}"), "pregnancy.highRiskFlags", "maternal.highRisk.code");
    }
    for (int i = 0; i < visits().size(); i++) {
      MaternalVisit visit = visits().get(i);
      String field = "pregnancy.visits[" + i + "].date";
      boolean afterLmp = !visit.date().isBefore(lmp);
      v.require(afterLmp, field, "maternal.visit.beforeLmp");
      if (afterLmp && !visit.service().antenatal()) {
        v.require(deliveredOn().filter(d -> !visit.date().isBefore(d)).isPresent(), field,
            "maternal.visit.beforeDelivery");
      }
      if (visit.service().antenatal()) {
        v.require(deliveredOn().filter(d -> visit.date().isAfter(d)).isEmpty(), field, "maternal.visit.afterDelivery");
      }
    }
    v.throwIfAny();
  }

  /** Builds {@link Pregnancy}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutablePregnancy.Builder {
    Builder() {}
  }
}
