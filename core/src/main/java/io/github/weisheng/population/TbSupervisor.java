package io.github.weisheng.population;

/**
 * Who supervises a tuberculosis patient's dosing (督导人员), §6.5 [C]: a medical worker preferred,
 * or a trained family member.
 *
 * @since 0.1.0
 */
public enum TbSupervisor {
  /** 医务人员. */
  MEDICAL_WORKER,
  /** 经培训的家属. */
  FAMILY_MEMBER
}
