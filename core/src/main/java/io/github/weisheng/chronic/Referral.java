package io.github.weisheng.chronic;

/**
 * The referral a follow-up calls for (转诊). Ordered by urgency. Domain reference §3 and §4 [C].
 *
 * @since 0.1.0
 */
public enum Referral {
  /** No referral. */
  NONE,
  /** 转诊: refer (two consecutive unsatisfactory visits, an uncontrollable reaction, a new or worse complication); check within 2 weeks. */
  REFERRAL,
  /** 紧急转诊: refer urgently after first aid (very high BP or glucose, low glucose, a danger sign); check within 2 weeks. */
  URGENT
}
