package io.github.weisheng.immunization;

/**
 * The route of a vaccine (接种途径), §1 table "Route": it decides whether a live vaccine counts as
 * "injected" for the 28-day spacing rule (bOPV is oral, so it has no interval limit).
 *
 * @since 0.1.0
 */
public enum Route {
  /** 肌内注射 (IM). */
  INTRAMUSCULAR,
  /** 皮下注射 (SC). */
  SUBCUTANEOUS,
  /** 皮内注射 (ID). */
  INTRADERMAL,
  /** 口服 (oral). */
  ORAL;

  /** @return true for every route but oral */
  public boolean isInjected() {
    return this != ORAL;
  }
}
