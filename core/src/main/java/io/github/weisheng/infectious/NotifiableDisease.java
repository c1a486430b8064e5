package io.github.weisheng.infectious;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.weisheng.internal.Violations;
import org.immutables.value.Value;

/**
 * A notifiable infectious disease (法定传染病) as a row of {@link NotifiableDiseases}: a stable code
 * (for example {@code HAND_FOOT_MOUTH}), its names, its class, and whether a class B disease is
 * managed as class A (按甲类管理: pulmonary anthrax, SARS …), which makes it reported as fast as class A.
 *
 * <p>Rules, every broken one at once: {@code notifiableDisease.code} (field {@code
 * notifiableDisease.code}: 1–40 characters of {@code [A-Z0-9_]}, starting with a letter), {@code
 * notifiableDisease.name} (both names 1–60 characters), {@code notifiableDisease.managedAsClassA}
 * (only a class B disease is managed as class A, 《传染病防治法》).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNotifiableDisease.class)
@JsonDeserialize(as = ImmutableNotifiableDisease.class)
public abstract class NotifiableDisease {
  NotifiableDisease() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a disease not managed as class A.
   *
   * @param code the code
   * @param chineseName the Chinese name
   * @param englishName the English name
   * @param notifiableClass the class
   * @return the disease
   */
  public static NotifiableDisease of(String code, String chineseName, String englishName,
      NotifiableClass notifiableClass) {
    return builder().code(code).chineseName(chineseName).englishName(englishName).notifiableClass(notifiableClass)
        .build();
  }

  /** @return the stable code, for example {@code HAND_FOOT_MOUTH} */
  public abstract String code();

  /** @return the Chinese name, for example {@code 手足口病} */
  public abstract String chineseName();

  /** @return the English name */
  public abstract String englishName();

  /** @return the class (甲/乙/丙类) */
  public abstract NotifiableClass notifiableClass();

  /** @return true for a class B disease managed as class A (按甲类管理) */
  @Value.Default
  public boolean managedAsClassA() {
    return false;
  }

  /** @return the class whose report time limit applies: class A when managed as class A */
  public NotifiableClass reportingClass() {
    return managedAsClassA() ? NotifiableClass.CLASS_A : notifiableClass();
  }

  @Value.Check
  void check() {
    new Violations()
        .require(code().matches("[A-Z][A-Z0-9_]{0,39}"), "notifiableDisease.code", "notifiableDisease.code", 40)
        .require(!chineseName().isBlank() && chineseName().length() <= 60 && !englishName().isBlank()
            && englishName().length() <= 60, "notifiableDisease.name", "notifiableDisease.name", 60)
        .require(!managedAsClassA() || notifiableClass() == NotifiableClass.CLASS_B, "notifiableDisease.managedAsClassA",
            "notifiableDisease.managedAsClassA")
        .throwIfAny();
  }

  /** Builds {@link NotifiableDisease}; setting an attribute twice is an {@link IllegalStateException}. */
  public static final class Builder extends ImmutableNotifiableDisease.Builder {
    Builder() {}
  }
}
