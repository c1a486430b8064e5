package io.github.weisheng.population;

/**
 * What the team does after a severe-mental-disorder follow-up (处置), §6.4 [C] unless marked.
 *
 * @since 0.1.0
 */
public enum SmiAction {
  /** 紧急转诊: refer at once (unstable). */
  URGENT_REFERRAL,
  /** 必要时报告公安: with police help if needed (unstable). */
  POLICE_IF_NEEDED,
  /** 联合随访: if not admitted, follow up with the psychiatrist, the residents' committee and the police (unstable). */
  JOINT_FOLLOW_UP,
  /** 调整治疗并观察: adjust and observe 2 weeks, refer if not stable (basically stable, [U]). */
  ADJUST_AND_OBSERVE,
  /** 常规随访: continue and follow up at the routine interval (stable). */
  ROUTINE_FOLLOW_UP
}
